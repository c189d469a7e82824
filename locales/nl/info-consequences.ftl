# Page: what happens if a change is reported late or not at all.

info-consequences-title = Wat gebeurt er als u iets te laat of niet doorgeeft?
info-consequences-nav = Als het misgaat
info-consequences-summary = Wij vertellen u vooraf eerlijk wat er gebeurt als u iets niet of te laat doorgeeft.
info-consequences-short-1 = Kreeg u te veel bijstand? Dan kunnen wij dat terugvragen.
info-consequences-short-2 = Soms krijgt u een waarschuwing of een boete.
info-consequences-short-3 = Werkt u niet mee? Dan kan uw bijstand een tijd lager worden.
info-consequences-short-4 = Hebt u een fout gemaakt? Vertel het ons nu. Zelf een fout herstellen telt mee.

# Recalculation and paying back
info-consequences-repay-heading = Te veel bijstand terugbetalen
info-consequences-repay-p1 = Geeft u een verandering te laat of niet door? Dan krijgt u misschien te veel bijstand. Wij rekenen uw bijstand dan opnieuw uit.
info-consequences-repay-p2 = Het bedrag dat u te veel kreeg, kunnen wij terugvragen. Dit heet terugvordering. Dat moet niet altijd. Wij kunnen ook minder terugvragen, of niets, als dat eerlijker is. Krijgt u geldzorgen door het terugbetalen? Vertel het ons. Dan zoeken wij samen naar een oplossing.
info-consequences-repay-p3 = Geeft u een verandering op tijd door? Dan blijft het bedrag klein en krijgt u geen boete. Soms moet u toch iets terugbetalen. Bijvoorbeeld omdat wij uw inkomen pas achteraf kunnen uitrekenen.

info-consequences-suspend-heading = Papieren niet op tijd gestuurd
info-consequences-suspend-p1 = Vragen wij u om informatie of papieren? Stuur die dan op tijd. Anders kunnen wij de betaling van uw bijstand een tijd stoppen. Dit heet opschorting.
info-consequences-suspend-p2 = U krijgt dan een brief met een nieuwe datum. Stuurt u de papieren vóór die datum? Dan betalen wij uw bijstand weer uit. Stuurt u ze niet? Dan kan uw bijstand helemaal stoppen.

# Warning and fine (the amounts are national law)
info-consequences-fine-heading = Een waarschuwing of een boete
info-consequences-fine-p1 = Is het de eerste keer en gaat het om een klein bedrag? Dan kunt u een waarschuwing krijgen in plaats van een boete.
info-consequences-fine-p2 = Anders kunt u een boete krijgen. Hoe hoog die is, hangt af van deze dingen:
info-consequences-fine-li1 = het bedrag dat u te veel kreeg: de boete is 25, 50, 75 of 100 procent daarvan;
info-consequences-fine-li2 = hoeveel u het te verwijten valt: een vergissing weegt minder zwaar dan opzet;
info-consequences-fine-li3 = uw situatie: wij kijken altijd naar wat er bij u speelt.
info-consequences-fine-p3 = Krijgt u binnen vijf jaar opnieuw een boete? Dan kan die hoger zijn, tot 150 procent.
info-consequences-fine-p4 = Gaat het om veel geld en deed iemand het met opzet? Dan kunnen wij dat melden bij het Openbaar Ministerie. Dat gebeurt alleen bij ernstige fraude.

# Lowering of the benefit when not cooperating
info-consequences-lower-heading = Lagere bijstand als u niet meewerkt
info-consequences-lower-p1 = Komt u niet naar afspraken? Of doet u niet mee aan wat wij over werk hebben afgesproken? Dan kan uw bijstand een tijd lager worden. Dit heet een verlaging.
info-consequences-lower-p2 = Wij kijken eerst naar uw situatie. Hebt u een goede reden? Vertel het ons. Dan houden wij daar rekening mee.

info-consequences-rights-heading = Uw rechten: uw kant vertellen en bezwaar maken
info-consequences-rights-p1 = Voordat wij u een boete geven, mag u eerst uw kant van het verhaal vertellen. Wij luisteren daar echt naar.
info-consequences-rights-p2 = Bent u het niet eens met een besluit van ons? Dan kunt u bezwaar maken. Dat doet u binnen 6 weken. Die 6 weken beginnen op de dag nadat wij het besluit hebben verstuurd. In de brief staat hoe dat gaat.

# The way out
info-consequences-fix-heading = Een fout gemaakt? Vertel het ons nu
info-consequences-fix-p1 = Iedereen maakt wel eens een fout. Hebt u een fout gemaakt? Vertel het ons nu. Zelf een fout herstellen telt mee.
info-consequences-fix-p2 = Wij weten dat fouten meestal per ongeluk gebeuren. Daarom kijken wij altijd naar uw situatie.
info-consequences-fix-p3 = Hebt u geldzorgen of schulden? Wij helpen u graag. Kijk op de pagina over hulp.
