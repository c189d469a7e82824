# Staff area: the text editor. Only staff of the municipality see these texts.

staff-home-texts-link = Teksten aanpassen
staff-texts-title = Teksten
staff-texts-intro = Hier past u de teksten van de website aan, in elke taal. Wat u publiceert, zien inwoners meteen.
staff-texts-languages-link = Per taal: wat ontbreekt of verouderd is, downloaden en uploaden
staff-texts-back-to-list = Alle teksten
staff-texts-back-to-text = Terug naar de tekst
staff-texts-search-label = Zoek een tekst
staff-texts-search-hint = Zoek op een woord uit de tekst of op de naam van de tekst.
staff-texts-search-button = Zoeken
staff-texts-filtered = U ziet alleen de teksten met de status “{ $status }” in het { $language }.
staff-texts-show-all = Toon alle teksten
staff-texts-results = { $count ->
        [one] { $count } tekst gevonden
       *[other] { $count } teksten gevonden
    }
staff-texts-group-count = { $count ->
        [one] { $count } tekst
       *[other] { $count } teksten
    }
staff-texts-col-text = Tekst
staff-texts-draft = concept
staff-texts-unknown-person = onbekend

staff-texts-status-original = Origineel
staff-texts-status-translated = Vertaald
staff-texts-status-edited = Aangepast
staff-texts-status-outdated = Verouderd
staff-texts-status-missing = Ontbreekt

staff-texts-group-info = Informatiepagina: { $page }
staff-texts-group-info-common = Informatiepagina’s: vaste teksten
staff-texts-group-dates = Datums en maanden
staff-texts-group-notice = Formulier: wijziging doorgeven
staff-texts-group-pages = Overige pagina’s
staff-texts-group-report = Startpagina: wijziging doorgeven
staff-texts-group-selfcheck = Check: vragen, antwoorden en uitkomsten
staff-texts-group-selfcheck-page = Check: knoppen en uitleg
staff-texts-group-shell = Rond elke pagina: kop, voettekst en taalkeuze
staff-texts-group-start = Startpagina
staff-texts-group-glossary = Woordenlijst

staff-texts-languages-title = Teksten per taal
staff-texts-languages-intro = Per taal ziet u hoeveel teksten zijn aangepast, verouderd zijn of ontbreken. Een vertaling is verouderd als de Nederlandse tekst is veranderd. Download een taal als bestand voor een vertaler en upload het bestand daarna weer.
staff-texts-col-language = Taal
staff-texts-col-total = Teksten
staff-texts-col-files = Bestand
staff-texts-source-language = (brontaal)
staff-texts-export = Downloaden
staff-texts-import-link = Uploaden
staff-texts-imported = { $count ->
        [one] { $count } tekst is gepubliceerd.
       *[other] { $count } teksten zijn gepubliceerd.
    }

staff-texts-edit-title = { $id } – { $language }
staff-texts-status = Status: { $status }
staff-texts-history-link = Geschiedenis
staff-texts-source-heading = De Nederlandse tekst
staff-texts-value-label = Tekst in het { $language }
staff-texts-value-hint = Schrijf **zo** voor nadruk en [linktekst](/nl/help) voor een link. Laat waarden zoals { "{ $phone }" } precies staan.
staff-texts-draft-saved-by = Concept opgeslagen door { $name } op { $date }.
staff-texts-publish = Publiceren
staff-texts-preview-button = Voorbeeld bekijken
staff-texts-save-draft = Concept opslaan
staff-texts-outdated-explain = De Nederlandse tekst is veranderd nadat deze vertaling is gemaakt. Pas de vertaling aan, of laat weten dat ze nog klopt.
staff-texts-confirm = De vertaling klopt nog
staff-texts-done-draft = Het concept is opgeslagen. Inwoners zien het nog niet.
staff-texts-done-published = De tekst is gepubliceerd. Inwoners zien hem nu.
staff-texts-done-confirmed = U heeft bevestigd dat de vertaling nog klopt.
staff-texts-done-reverted = De eerdere versie is teruggezet. Inwoners zien hem nu.

staff-texts-error-empty = Vul de tekst in
staff-texts-error-too-long = De tekst mag niet meer dan { $max } tekens hebben
staff-texts-error-too-deep = De tekst heeft te veel accolades {"{"} binnen elkaar. Er mogen er hoogstens { $max } binnen elkaar staan.
staff-texts-error-too-many-braces = De tekst heeft te veel accolades {"{"} en haakjes (. Er mogen er hoogstens { $max } in staan.
staff-texts-error-syntax = De tekst heeft een fout in de opmaak ({ $detail }). Kijk vooral naar de accolades {"{"} en {"}"}.
staff-texts-error-wrong-message = De tekst moet precies één tekst zijn, met de naam { $id }
staff-texts-error-dropped-variable = De waarde { $variable } ontbreekt. Zet die terug, want de Nederlandse tekst gebruikt hem.
staff-texts-error-unknown-variable = De waarde { $variable } bestaat niet in de Nederlandse tekst. Haal hem weg.
staff-texts-error-html = HTML kan niet in een tekst ({ $snippet }). Gebruik **nadruk** of [linktekst](/nl/help).
staff-texts-error-unsafe-address = Een adres met { $snippet } is niet toegestaan
staff-texts-error-image = Een afbeelding kan niet in een tekst
staff-texts-error-link-target = Een link moet naar een pagina van deze website gaan (zoals /nl/help) of beginnen met https://, mailto: of tel: en niet met { $target }
staff-texts-error-emphasis = Sluit de nadruk af met **
staff-texts-error-unchanged = De tekst is niet veranderd

staff-texts-readability-heading = Taalniveau B1
staff-texts-readability-b1 = Deze tekst is waarschijnlijk taalniveau B1.
staff-texts-readability-not-b1 = Deze tekst is waarschijnlijk moeilijker dan B1. Maak zinnen korter en kies gewone woorden.
staff-texts-readability-sentences = { $sentences } zinnen, gemiddeld { $average } woorden per zin (B1: hoogstens { $max-average }), langste zin { $longest } woorden (B1: hoogstens { $max-sentence }).
staff-texts-readability-score = Leesbaarheid (Flesch-Douma): { $score }. Voor B1 is { $min } of hoger goed.
staff-texts-readability-long-sentences = Deze zinnen zijn te lang:
staff-texts-readability-long-words = Lange woorden. Is er een korter of bekender woord?
staff-texts-live-hint-figures = De cijfers over het taalniveau en het voorbeeld veranderen terwijl u typt.
staff-texts-live-hint = Het voorbeeld verandert terwijl u typt.

staff-texts-preview-heading = Voorbeeld op een telefoon
staff-texts-preview-text-only = Deze tekst staat niet op één vaste pagina. U ziet hier alleen de tekst.
staff-texts-preview-unavailable = Er is geen voorbeeld, want de tekst heeft een fout.

staff-texts-history-title = Geschiedenis van { $id } – { $language }
staff-texts-history-empty = Deze tekst is nog niet aangepast. Inwoners zien de oorspronkelijke tekst.
staff-texts-history-entry = { $kind } op { $date } door { $name }
staff-texts-history-kind-publish = Gepubliceerd
staff-texts-history-kind-revert = Teruggezet
staff-texts-history-kind-import = Geüpload
staff-texts-history-before = Ervoor
staff-texts-history-after = Erna
staff-texts-history-removed = weggehaald
staff-texts-history-added = toegevoegd
staff-texts-history-current = Dit is de tekst die inwoners nu zien.
staff-texts-history-restore = Deze versie terugzetten
staff-texts-history-restore-shipped = De oorspronkelijke tekst terugzetten

staff-texts-import-title = Teksten uploaden – { $language }
staff-texts-import-intro = Plak hier de inhoud van een bestand dat u eerder heeft gedownload. Elke tekst wordt gecontroleerd. Als alles goed is, worden de veranderde teksten gepubliceerd.
staff-texts-import-label = Inhoud van het .ftl-bestand
staff-texts-import-hint = Regels die met # beginnen, tellen niet mee.
staff-texts-import-button = Controleren en publiceren
staff-texts-import-unknown = Deze tekst bestaat niet in de Nederlandse teksten
staff-texts-error-formatting-not-shown = Vet en links werken alleen in de lopende tekst van een informatiepagina. Hier zien bewoners de tekens ** of [ ]( ). Haal ze weg.
