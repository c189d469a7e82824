# Page: what happens if a change is reported late or not at all.

info-consequences-title = Wat gebeurt er als u iets te laat of niet doorgeeft?
info-consequences-nav = Als het misgaat
info-consequences-summary = Wij vertellen u vooraf eerlijk wat er gebeurt als u iets niet of te laat doorgeeft.
info-consequences-short-1 = Kreeg u te veel bijstand? Dan betaalt u dat terug.
info-consequences-short-2 = Soms krijgt u een waarschuwing of een boete.
info-consequences-short-3 = Werkt u niet mee? Dan kan uw bijstand een tijd lager worden.
info-consequences-short-4 = Hebt u een fout gemaakt? Vertel het ons nu. Zelf een fout herstellen telt mee.

# Paying back
info-consequences-repay-heading = Te veel bijstand terugbetalen
info-consequences-repay-p1 = Geeft u een verandering te laat of niet door? Dan krijgt u misschien te veel bijstand. Wij rekenen dan uw bijstand opnieuw uit.
info-consequences-repay-p2 = Het bedrag dat u te veel kreeg, betaalt u terug. Dit heet terugvordering. Wij maken samen met u een regeling die u kunt betalen.

# Warning and fine
info-consequences-fine-heading = Een waarschuwing of een boete
info-consequences-fine-p1 = Is het de eerste keer en gaat het om een klein bedrag? Dan krijgt u meestal een waarschuwing.
info-consequences-fine-p2 = Anders kunt u een boete krijgen. Hoe hoog die is, hangt af van hoeveel u het te verwijten valt:
info-consequences-fine-li1 = u wist het echt niet: geen boete of een lage boete;
info-consequences-fine-li2 = u had het kunnen weten: 25 of 50 procent van het bedrag;
info-consequences-fine-li3 = u deed het met opzet: 75 of 100 procent van het bedrag.
info-consequences-fine-p3 = Gebeurt het binnen vijf jaar opnieuw? Dan kan de boete hoger zijn, tot 150 procent.
info-consequences-fine-p4 = Bij een groot bedrag en opzet kan de gemeente het melden bij het Openbaar Ministerie.

# Lowering when not cooperating
info-consequences-lower-heading = Lagere bijstand als u niet meewerkt
info-consequences-lower-p1 = Komt u niet naar afspraken? Of doet u niet mee aan wat wij hebben afgesproken over werk? Dan kan uw bijstand een tijd lager worden. Dit heet een verlaging.
info-consequences-lower-p2 = Wij praten eerst met u. Is er een goede reden? Dan houden wij daar rekening mee.

# The way out
info-consequences-fix-heading = Een fout gemaakt? Vertel het ons nu
info-consequences-fix-p1 = Iedereen maakt wel eens een fout. Vertel het ons zo snel mogelijk. Zelf een fout herstellen telt mee.
info-consequences-fix-p2 = Wij kijken altijd naar uw situatie. Wij vragen ons ook af of wij zelf duidelijk genoeg waren.
info-consequences-fix-p3 = Hebt u geldzorgen of schulden? Wij helpen u graag. Kijk op de pagina over hulp.
