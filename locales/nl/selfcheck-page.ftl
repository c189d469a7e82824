# The self-check pages around the questions: start, steps, results.
# The questions and outcomes themselves are in selfcheck.ftl.

selfcheck-page-title = Wat moet ik doorgeven?
selfcheck-page-summary = Beantwoord een paar vragen over uw leven. U ziet dan wat u moet doorgeven, wanneer en hoe.
selfcheck-page-intro = Beantwoord een paar korte vragen over uw leven. Daarna ziet u wat u moet doorgeven. U ziet ook wanneer en hoe.
selfcheck-page-trust = Dit is geen controle. U geeft hier nog niets door. De vragen helpen u om fouten te voorkomen.
selfcheck-page-time = Het duurt ongeveer 5 minuten.
selfcheck-page-start = Start de vragen
selfcheck-progress = Vraag { $current } van ongeveer { $total }
selfcheck-next = Volgende
selfcheck-back = Terug
selfcheck-start-again = Opnieuw beginnen
selfcheck-error-summary-title = Er is een probleem
selfcheck-error-prefix = Fout:
selfcheck-broken-link = Deze link werkt niet meer. Begin de vragen opnieuw.
selfcheck-person-number = Persoon { $number }
selfcheck-people-rows-hint = Vul voor iedere persoon één regel in. Laat de andere regels leeg.
selfcheck-euro = Bedrag in euro

# Results
selfcheck-result-title = Uw persoonlijke lijst
selfcheck-result-intro = Dit moet u doen na uw antwoorden van { $today }. Begin bovenaan.
selfcheck-result-group-high = Doe dit eerst
selfcheck-result-group-normal = Doe dit op tijd
selfcheck-result-group-low = Goed om te weten
selfcheck-kind-report = Doorgeven
selfcheck-kind-no-need = Niet doorgeven
selfcheck-kind-ask-us = Vraag het ons
selfcheck-label-how = Hoe geeft u het door?
selfcheck-label-documents = Wat stuurt u mee?
selfcheck-label-why = Waarom is dit belangrijk?
selfcheck-read-more = Meer uitleg:
selfcheck-your-answers = Uw antwoorden
selfcheck-change = Wijzig
selfcheck-change-hidden = uw antwoord op: { $question }
selfcheck-share-heading = Bewaar dit resultaat
selfcheck-share-text = Met deze link ziet u dit resultaat later terug. In de link staan alleen uw antwoorden. Er staat geen naam of BSN in.
selfcheck-share-link = Link naar dit resultaat
selfcheck-print = Print deze lijst
selfcheck-doubt = Twijfelt u? Bel ons: { $phone }. Of mail naar { $email }.
selfcheck-report-now-heading = Geef het nu door
selfcheck-report-now-text = U kunt deze veranderingen meteen online doorgeven. Wat u moet doorgeven, staat dan al klaar.
selfcheck-report-now-link = Geef deze veranderingen door
