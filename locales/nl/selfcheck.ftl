# The self-check: what must I report? Questions, answers and outcomes.
# The ids come from content/selfcheck.toml. Figures are always variables.

# Shared parts
selfcheck-answer-yes = Ja
selfcheck-answer-no = Nee
selfcheck-period-from = Van
selfcheck-period-to = Tot en met
selfcheck-people-count = Om hoeveel mensen gaat het?
selfcheck-person-age = Leeftijd
selfcheck-person-birth-month = Maand en jaar van geboorte
selfcheck-amount-hint = Vul een bedrag in euro in, bijvoorbeeld 150 of 150,50.
selfcheck-date-hint = Weet u de precieze dag niet? Kies dan de dag die er het dichtst bij ligt.
selfcheck-several-hint = U kunt meer dan één antwoord kiezen.
selfcheck-deadline = Geef dit uiterlijk { $deadline } door.
selfcheck-deadline-passed = Deze datum is voorbij: { $deadline }. Geef het nu door. Dat is altijd beter dan niet doorgeven.
selfcheck-no-deadline = Geef dit zo snel mogelijk door.
selfcheck-nothing-stored = Wij bewaren uw antwoorden niet. Ze staan alleen in het adres van deze pagina.

# Field errors
selfcheck-error-unknown-question = Deze vraag kennen wij niet. Begin de vragen opnieuw.
selfcheck-error-empty = Geef een antwoord op deze vraag.
selfcheck-error-too-long = Dit antwoord is te lang. Maak het korter.
selfcheck-error-unknown-option = Kies een van de antwoorden.
selfcheck-error-date = Vul een datum in die bestaat, bijvoorbeeld 3 maart 2026.
selfcheck-error-amount = Vul een bedrag in, bijvoorbeeld 150 of 150,50.
selfcheck-error-amount-negative = Vul een bedrag in zonder min-teken.
selfcheck-error-amount-too-large = Dit bedrag is te hoog. Kijk of u het goed hebt ingevuld.
selfcheck-error-number = Vul een heel getal in, bijvoorbeeld 7.
selfcheck-error-period-from = Vul de eerste dag in.
selfcheck-error-period-to = Vul de laatste dag in.
selfcheck-error-period-order = De laatste dag ligt vóór de eerste dag. Kijk of u de datums goed hebt ingevuld.
selfcheck-error-people-count = Vul voor iedere persoon een gegeven in.
selfcheck-error-age = Vul een leeftijd in jaren in, bijvoorbeeld 22.
selfcheck-error-birth-month = Vul een maand en een jaar in die al geweest zijn, bijvoorbeeld 05-2008.

# Life areas
selfcheck-life-areas = Wat is er gebeurd, of wat gaat er gebeuren?
selfcheck-life-areas-hint = Kies alles wat bij u past. Daarna stellen wij alleen de vragen die erbij horen.
selfcheck-life-areas-work = Werk of inkomen
selfcheck-life-areas-household = Gezin of wonen
selfcheck-life-areas-money = Geld of bezit, zoals een auto of spaargeld
selfcheck-life-areas-gifts = Giften: geld of hulp van anderen
selfcheck-life-areas-windfall = Een erfenis, een prijs of een schadevergoeding
selfcheck-life-areas-travel = Reizen of ergens anders verblijven
selfcheck-life-areas-institution = Gevangenis, ziekenhuis of een andere instelling
selfcheck-life-areas-education = Opleiding of studie
selfcheck-life-areas-admin = Bankrekening of contactgegevens
selfcheck-life-areas-other = Iets anders

# Work and income
selfcheck-work-change = Wat verandert er in uw werk of inkomen?
selfcheck-work-change-job-started = Ik ga werken of ik heb nieuw werk
selfcheck-work-change-job-stopped = Ik stop met werken
selfcheck-work-change-hours-changed = Ik ga meer of minder uren werken
selfcheck-work-change-side-jobs = Ik doe klussen of pas tegen betaling op kinderen
selfcheck-work-change-self-employed = Ik werk voor mezelf, bijvoorbeeld als zzp'er
selfcheck-work-change-internship = Ik begin met een stage
selfcheck-work-change-volunteering = Ik begin met vrijwilligerswerk
selfcheck-work-change-informal-care = Ik zorg voor iemand in mijn familie of omgeving (mantelzorg)
selfcheck-work-change-benefit = Ik krijg pensioen, WW, ZW of WIA, of dat bedrag verandert
selfcheck-work-change-aow = Ik krijg binnenkort AOW
selfcheck-work-change-alimony = Ik krijg alimentatie, of het bedrag verandert
selfcheck-work-change-household-income = Iemand in mijn huis krijgt inkomen, ook een kind
selfcheck-work-change-tax-refund = Ik krijg geld terug van de Belastingdienst
selfcheck-work-change-deposit = Er staat geld op mijn rekening dat ik moet kunnen uitleggen
selfcheck-care-paid = Krijgt u geld voor deze zorg?
selfcheck-care-paid-hint = Bijvoorbeeld geld uit een persoonsgebonden budget (pgb).
selfcheck-work-date = Wanneer begint of verandert dit?
selfcheck-household-date = Wanneer is dit gebeurd, of wanneer gaat het gebeuren?
selfcheck-money-date = Wanneer hebt u dit gekregen, gekocht of verkocht?
selfcheck-windfall-date = Wanneer hebt u dit gekregen, of wanneer hoorde u ervan?
selfcheck-institution-date = Op welke dag begon het, of gaat het beginnen?
selfcheck-education-date = Wanneer begint of stopt de opleiding?

# Household and housing
selfcheck-household-change = Wat verandert er in uw gezin of uw woning?
selfcheck-household-change-moves-in = Iemand komt bij mij wonen
selfcheck-household-change-moves-out = Iemand gaat bij mij weg
selfcheck-household-change-relationship = Ik ga samenwonen, trouwen of uit elkaar
selfcheck-household-change-birth = Er wordt een kind geboren
selfcheck-household-change-death = Iemand in mijn huis is overleden
selfcheck-household-change-turns-age = Mijn kind of huisgenoot wordt 18, 21 of 27 jaar
selfcheck-household-change-moving-house = Ik ga verhuizen binnen de gemeente
selfcheck-household-change-rent-change = Mijn huur of hypotheek verandert
selfcheck-household-change-lodger = Ik verhuur een kamer of een deel van mijn huis
selfcheck-household-change-care-household = Ik ga bij iemand wonen omdat een van ons zorg nodig heeft
selfcheck-moves-in-who = Wie komt er bij u wonen?
selfcheck-moves-in-who-partner = Mijn partner
selfcheck-moves-in-who-child = Mijn kind
selfcheck-moves-in-who-other = Iemand anders, bijvoorbeeld een vriend of familielid
selfcheck-moves-in-ages = Hoe oud zijn de mensen die bij u komen wonen?
selfcheck-moves-in-ages-hint = Vul voor iedere persoon de leeftijd in. Iemand van 27 jaar of ouder deelt meestal de woonkosten met u. Geef ook jongere mensen door.
selfcheck-relationship-change = Wat gaat er veranderen?
selfcheck-relationship-change-living-together = Ik ga samenwonen
selfcheck-relationship-change-marriage = Ik ga trouwen of een geregistreerd partnerschap aan
selfcheck-relationship-change-separation = Ik ga uit elkaar of scheiden
selfcheck-turns-who = Wie wordt er 18, 21 of 27 jaar?
selfcheck-turns-who-child = Mijn kind
selfcheck-turns-who-housemate = Iemand anders die bij mij woont
selfcheck-turns-birth-months = In welke maand en welk jaar is deze persoon geboren?
selfcheck-turns-birth-months-hint = Vul alleen de maand en het jaar in, bijvoorbeeld 05-2008 voor mei 2008. Gaat het om meer mensen? Vul dan voor iedereen de maand en het jaar in.

# Money and possessions
selfcheck-money-change = Wat is er veranderd in uw geld of bezit?
selfcheck-money-change-vehicle = Ik heb een auto, motor, caravan of ander voertuig met kenteken gekregen of gekocht
selfcheck-money-change-vehicle-use = Ik gebruik vaak de auto van iemand anders
selfcheck-money-change-savings = Ik heb meer spaargeld, aandelen of crypto
selfcheck-money-change-property = Ik heb een huis of grond gekregen of gekocht, ook in het buitenland
selfcheck-money-change-valuables = Ik heb sieraden of andere dure spullen gekregen of gekocht
selfcheck-money-change-sold = Ik heb iets van waarde verkocht

# Gifts
selfcheck-gift-kind = Wat voor hulp of geld krijgt u van anderen?
selfcheck-gift-kind-regular = Ik krijg iedere maand geld van iemand
selfcheck-gift-kind-once = Ik heb een keer geld gekregen, of een paar keer
selfcheck-gift-kind-bills-paid = Iemand betaalt rekeningen voor mij, zoals mijn zorgverzekering
selfcheck-gift-kind-goods = Iemand geeft mij vaak spullen, zoals boodschappen of kleren
selfcheck-gift-kind-food-bank = Ik krijg pakketten van de voedselbank
selfcheck-gift-monthly-amount = Hoeveel geld krijgt u iedere maand?
selfcheck-gift-monthly-since = Sinds wanneer krijgt u dit geld?
selfcheck-gift-monthly-since-hint = Vul de dag in waarop u het geld de eerste keer kreeg.
selfcheck-gift-total = Hoeveel geld hebben u en uw partner dit kalenderjaar samen gekregen?
selfcheck-gift-total-hint = Tel alle losse giften in geld van dit kalenderjaar bij elkaar, ook die van uw partner. Tel geld dat u iedere maand krijgt niet mee.
selfcheck-gift-date = Wanneer kreeg u de laatste gift?
selfcheck-bills-paid-since = Sinds wanneer betaalt iemand uw rekeningen?

# Inheritance, prizes and compensation
selfcheck-windfall-kind = Wat hebt u gekregen?
selfcheck-windfall-kind-inheritance = Een erfenis, van elke grootte, ook een auto of spullen
selfcheck-windfall-kind-prize = Een prijs, of geld uit een loterij of gokspel
selfcheck-windfall-kind-compensation = Een schadevergoeding
selfcheck-windfall-kind-pension-buyout = Mijn pensioen in één keer uitbetaald

# Travel and stays elsewhere
selfcheck-travel-kind = Waar gaat u naartoe?
selfcheck-travel-kind-abroad = Ik ga naar het buitenland, of ik ben er geweest
selfcheck-travel-kind-elsewhere = Ik ga een tijd ergens anders in Nederland slapen
selfcheck-travel-kind-emigrate = Ik ga in het buitenland wonen
selfcheck-trip-dates = Wanneer vertrekt u en wanneer komt u terug?
selfcheck-trip-dates-hint = De dag van vertrek telt niet mee. De dag van terugkomst telt wel mee.
selfcheck-abroad-earlier-days = Hoeveel dagen was u al in het buitenland in het kalenderjaar waarin deze reis begint?
selfcheck-abroad-earlier-days-hint = Tel alleen de dagen vóór deze reis. Begint uw reis bijvoorbeeld in maart 2027? Tel dan alleen de dagen in 2027. Tel de dag van vertrek niet mee en de dag van terugkomst wel. Was u nog niet weg? Vul dan 0 in.
selfcheck-trip-reason = Waarom gaat u op reis?
selfcheck-trip-reason-holiday = Vakantie of familiebezoek
selfcheck-trip-reason-family-emergency = Een familielid is ernstig ziek of overleden
selfcheck-trip-reason-other = Een andere reden
selfcheck-stay-dates = Van wanneer tot wanneer slaapt u ergens anders?
selfcheck-stay-dates-hint = Bijvoorbeeld bij familie, bij een vriend of in een vakantiehuis in Nederland.
selfcheck-emigrate-date = Op welke dag vertrekt u naar het buitenland, of bent u vertrokken?

# Detention, hospital and institutions
selfcheck-institution-kind = Wat is er aan de hand?
selfcheck-institution-kind-detention = Ik moet naar de gevangenis of ben vastgezet
selfcheck-institution-kind-hospital = Ik ga naar het ziekenhuis
selfcheck-institution-kind-care-home = Ik ga naar een verpleeghuis of zorginstelling
selfcheck-institution-kind-rehab = Ik ga naar een afkickkliniek
selfcheck-institution-kind-community-service = Ik heb een taakstraf gekregen

# Education
selfcheck-education-who = Wie begint of stopt met een opleiding?
selfcheck-education-who-me = Ik zelf
selfcheck-education-who-child = Mijn kind
selfcheck-education-who-housemate = Iemand anders die bij mij woont en studiefinanciering krijgt
selfcheck-housemate-27-plus = Is deze huisgenoot 27 jaar of ouder?

# Bank account and contact details
selfcheck-admin-change = Wat verandert er?
selfcheck-admin-change-bank-account = Ik heb een nieuwe bankrekening
selfcheck-admin-change-phone = Ik heb een nieuw telefoonnummer
selfcheck-admin-change-email = Ik heb een nieuw e-mailadres
selfcheck-admin-change-carer-access = Ik zorg voor iemand en kan bij zijn of haar bankrekening
selfcheck-admin-change-guardian = Ik krijg een bewindvoerder

# How to report
selfcheck-how-change-form = Gebruik het formulier Een verandering doorgeven op deze website. Of bel ons op { $phone }.
selfcheck-how-change-form-or-call = Gebruik het formulier Een verandering doorgeven. Kunt u dat zelf niet? Dan mag iemand anders het voor u doen, of ons bellen op { $phone }.
selfcheck-how-monthly-statement = Vul iedere maand het inkomstenformulier in. Doe dat vóór de { $statement-day }e van de maand.
selfcheck-how-travel = Gebruik het formulier Een verandering doorgeven. Vul uw vertrekdatum, uw terugkomdatum en het land in.
selfcheck-how-ask-us = Bel ons op { $phone } of mail naar { $email }. Wij kijken samen met u wat u moet doen.

# Why it matters
selfcheck-why-income = Ander inkomen kan de hoogte van uw bijstand veranderen. Als u het snel doorgeeft, krijgt u het goede bedrag. Kreeg u toch te veel? Dan is het bedrag dat u misschien terugbetaalt kleiner.
selfcheck-why-work-duties = Dit kan invloed hebben op de afspraken over werk die u met ons hebt.
selfcheck-why-assets = Wat u bezit telt mee voor uw recht op bijstand. Als u het meldt, kunnen wij dat goed bekijken.
selfcheck-why-household = Wie er bij u woont, telt mee voor de hoogte van uw bijstand.
selfcheck-why-partner = Met een partner krijgt u samen één bijstandsuitkering. Het bedrag is dan anders.
selfcheck-why-cost-sharing = Woont er iemand van 27 jaar of ouder bij u? Dan deelt u de woonkosten. U krijgt dan vaak minder bijstand. Dit heet de kostendelersnorm. Studenten die studiefinanciering kunnen krijgen, BBL-leerlingen en huurders met een zakelijke afspraak tellen niet mee. Het inkomen van een huisgenoot telt niet mee, alleen dat van een partner.
selfcheck-why-housing = Uw adres en woonkosten zijn nodig om uw bijstand goed te berekenen.
selfcheck-why-windfall = Geld of bezit dat u krijgt, telt mee voor uw bijstand. Dit geldt voor elk bedrag.
selfcheck-why-travel = Met bijstand mag u { $days-abroad ->
        [one] { $days-abroad } dag
       *[other] { $days-abroad } dagen
    } per kalenderjaar in het buitenland zijn. Eén reis mag ook niet langer duren dan { $days-abroad ->
        [one] { $days-abroad } dag
       *[other] { $days-abroad } dagen
    } achter elkaar. Door het vooraf te melden, weet u zeker dat uw bijstand doorloopt.

# Outcomes: work and income
selfcheck-out-job-started-what = { $when ->
        [past] Geef door dat u bent gaan werken. Vertel bij wie, hoeveel uur en wat u verdient.
       *[future] Geef door dat u gaat werken. Vertel bij wie, hoeveel uur en wat u verdient.
    }
selfcheck-out-job-started-documents = Uw arbeidscontract en later uw loonstroken.
selfcheck-out-monthly-income-what = Geef iedere maand door wat u verdient.
selfcheck-out-monthly-income-documents = Uw loonstrook of een overzicht van wat u hebt verdiend.
selfcheck-out-job-stopped-what = { $when ->
        [past] Geef door dat u bent gestopt met werken, en op welke dag.
       *[future] Geef door dat u stopt met werken, en op welke dag.
    }
selfcheck-out-job-stopped-documents = De brief over het einde van uw werk en uw laatste loonstrook.
selfcheck-out-hours-changed-what = Geef door hoeveel uur u gaat werken, en vanaf welke dag.
selfcheck-out-hours-changed-documents = Het nieuwe contract of een brief van uw werkgever.
selfcheck-out-side-jobs-what = Geef door welke klussen u doet, voor wie, en wat u ervoor krijgt.
selfcheck-out-side-jobs-documents = Een overzicht van de klussen en wat u kreeg.
selfcheck-out-self-employed-what = Geef door dat u voor uzelf werkt. Vertel wie uw klanten zijn en wat u verdient.
selfcheck-out-self-employed-documents = Uw inschrijving bij de Kamer van Koophandel en uw facturen.
selfcheck-out-internship-what = Geef door dat u stage gaat lopen, waar en hoeveel uur.
selfcheck-out-internship-documents = De stageovereenkomst.
selfcheck-out-volunteering-what = Geef door dat u vrijwilligerswerk gaat doen, waar en hoeveel uur.
selfcheck-out-volunteering-documents = Krijgt u een vergoeding? Stuur dan de afspraken daarover mee.
selfcheck-out-informal-care-reason = Zorgt u voor iemand zonder dat u ervoor betaald krijgt? Dat is mantelzorg. Dat hoeft u niet door te geven als werk. Kost de zorg veel tijd, en past die niet bij uw afspraken over werk? Bespreek het dan met uw consulent. Fijn dat u voor iemand zorgt.
selfcheck-out-paid-care-what = Geef door dat u geld krijgt voor de zorg die u geeft, en hoeveel.
selfcheck-out-paid-care-documents = Het contract of de afspraken over het pgb.
selfcheck-out-benefit-what = Geef door welke uitkering of welk pensioen u krijgt, en hoeveel.
selfcheck-out-benefit-documents = De brief van het UWV of van uw pensioenfonds.
selfcheck-out-aow-what = Geef door wanneer uw AOW begint.
selfcheck-out-aow-documents = De brief van de SVB over uw AOW.
selfcheck-out-aow-why = Als uw AOW begint, stopt uw bijstand. Is uw AOW lager dan het bijstandsbedrag, bijvoorbeeld omdat u niet altijd in Nederland woonde? Dan kunt u bij de SVB een aanvulling vragen. Die heet AIO. Geef uw AOW op tijd door. Dan hoeft u later zo weinig mogelijk terug te betalen.
selfcheck-out-alimony-what = Geef door hoeveel alimentatie u krijgt, en vanaf wanneer.
selfcheck-out-alimony-documents = De uitspraak van de rechter of de afspraken over de alimentatie.
selfcheck-out-household-income-what = Geef door wie in uw huis inkomen krijgt, en hoeveel.
selfcheck-out-household-income-documents = De loonstrook of de brief over de uitkering van deze persoon.
selfcheck-out-household-income-why = Het inkomen van een partner telt mee voor uw bijstand. Het inkomen van een kind of een huisgenoot telt meestal niet mee. Geef het toch door. Wij kijken of het meetelt.
selfcheck-out-tax-refund-what = Geef door hoeveel geld u terugkrijgt van de Belastingdienst.
selfcheck-out-tax-refund-documents = De brief van de Belastingdienst.
selfcheck-out-deposit-what = Geef door welk bedrag er op uw rekening kwam, en van wie.
selfcheck-out-deposit-documents = Uw bankafschrift en, als u het hebt, een bewijs waar het geld vandaan komt.
selfcheck-out-deposit-why = Geld dat u krijgt, kan meetellen voor uw bijstand. Geef het door. Wij kijken of het meetelt.

# Outcomes: household and housing
selfcheck-out-partner-moves-in-what = Geef door dat uw partner bij u komt wonen, en op welke dag.
selfcheck-out-moves-in-documents = De naam en geboortedatum van iedereen die bij u komt wonen.
selfcheck-out-moves-in-27-plus-what = Geef door wie er bij u komt wonen, en op welke dag. { $aged-count ->
        [one] Er komt { $aged-count } persoon
       *[other] Er komen { $aged-count } mensen
    } van 27 jaar of ouder bij u wonen.
selfcheck-out-moves-in-under-27-what = Geef door wie er bij u komt wonen, en op welke dag. Dat moet ook als iemand jonger is dan 27 jaar.
selfcheck-out-moves-out-what = Geef door wie er bij u weggaat, en op welke dag.
selfcheck-out-moves-out-documents = Het nieuwe adres van de persoon die weggaat, als u dat weet.
selfcheck-out-living-together-what = Geef door dat u gaat samenwonen of trouwen, en vanaf welke dag.
selfcheck-out-living-together-documents = De naam en geboortedatum van uw partner, en gegevens over zijn of haar inkomen.
selfcheck-out-separation-what = Geef door dat u uit elkaar gaat, en vanaf welke dag.
selfcheck-out-separation-documents = Als u die hebt: papieren over de scheiding of over alimentatie.
selfcheck-out-birth-what = Geef door dat uw kind is geboren.
selfcheck-out-death-what = Geef door wie er is overleden, en op welke dag. Gecondoleerd met uw verlies.
selfcheck-out-child-turns-age-what = Uw kind wordt { $turns-age } jaar in { $turns-month }. Geef dit door.
selfcheck-out-child-turns-age-documents = Gegevens over school, werk of inkomen van uw kind.
selfcheck-out-child-turns-age-why = Op 18, 21 en 27 jaar verandert er iets voor uw bijstand. Vanaf 27 jaar deelt uw kind meestal de woonkosten met u. Dat geldt niet als uw kind studiefinanciering kan krijgen of een BBL-opleiding volgt.
selfcheck-out-turns-later-reason = U hoeft nu nog niets door te geven. In { $turns-month } wordt uw kind of huisgenoot { $turns-age } jaar. Geef het dan door.
selfcheck-out-housemate-turns-27-what = Uw huisgenoot wordt 27 jaar in { $turns-month }. Geef dit door. Vanaf 27 jaar deelt uw huisgenoot meestal de woonkosten met u.
selfcheck-out-turns-age-unclear-reason = Wij kunnen uit uw antwoorden niet opmaken wat u moet doorgeven. Wij helpen u graag verder.
selfcheck-out-moving-house-what = { $when ->
        [past] Geef uw nieuwe adres door, en de dag dat u bent verhuisd.
       *[future] Geef uw nieuwe adres door, en de dag dat u verhuist.
    }
selfcheck-out-rent-documents = Het huurcontract of de brief over de nieuwe huur of hypotheek.
selfcheck-out-rent-change-what = Geef door hoeveel uw huur of hypotheek wordt, en vanaf wanneer.
selfcheck-out-lodger-what = Geef door dat u een kamer verhuurt, aan wie, en voor hoeveel geld.
selfcheck-out-lodger-documents = Het huurcontract met uw kamerhuurder.
selfcheck-out-care-household-what = { $when ->
        [past] Geef door dat u bent gaan samenwonen omdat een van u zorg nodig heeft. Vertel met wie, op welk adres en vanaf welke dag.
       *[future] Geef door dat u gaat samenwonen omdat een van u zorg nodig heeft. Vertel met wie, op welk adres en vanaf welke dag.
    }
selfcheck-out-care-household-documents = De naam en geboortedatum van de persoon bij wie u gaat wonen, of die bij u komt wonen.
selfcheck-out-care-household-why = Uw adres en wie er bij u woont, tellen mee voor uw bijstand. Sinds 2026 betekent samenwonen om zorg niet meer vanzelf dat u één huishouden bent. Wij bekijken samen met u wat het voor u betekent.

# Outcomes: money and possessions
selfcheck-out-vehicle-what = Geef door welk voertuig u hebt gekregen of gekocht, en wat het waard is.
selfcheck-out-vehicle-documents = Het kentekenbewijs en, als u die hebt, de koopovereenkomst.
selfcheck-out-vehicle-use-what = Geef door van wie de auto is die u vaak gebruikt, en hoe vaak u hem gebruikt.
selfcheck-out-savings-what = Geef door hoeveel spaargeld, aandelen of crypto u hebt.
selfcheck-out-savings-documents = Een recent overzicht van uw bank of beleggingsrekening.
selfcheck-out-property-what = Geef door welk huis of welke grond u hebt, waar het is en wat het waard is.
selfcheck-out-property-documents = De papieren van de notaris of een taxatie.
selfcheck-out-valuables-what = Geef door wat u hebt gekregen of gekocht, en wat het ongeveer waard is.
selfcheck-out-sold-what = Geef door wat u hebt verkocht, en voor hoeveel geld.
selfcheck-out-sold-documents = Een bewijs van de verkoop, zoals een bankafschrift.

# Outcomes: gifts
selfcheck-out-gifts-over-limit-what = Uw giften komen in { $gift-year } boven { $gift-limit }. { $when ->
        [past] Dat gebeurde op { $passes-on }. Geef uw giften nu door.
       *[future] Dat gebeurt op { $passes-on }. Geef uw giften dan door.
    }
selfcheck-out-gifts-next-year-what = Gaat deze gift door in { $next-year }? Dan komen uw giften op { $next-passes-on } boven { $gift-limit }. Geef uw giften dan door. Doe in januari { $next-year } deze vragen opnieuw.
selfcheck-out-gifts-documents = Een overzicht van de giften: van wie, hoeveel en wanneer.
selfcheck-out-gifts-why = Giften in geld tot { $gift-limit } per kalenderjaar tellen niet mee voor uw bijstand. Dat bedrag geldt voor u en uw partner samen. U mag ook meer krijgen. Maar wat erboven komt, kan meetellen. Dat bekijken wij samen met u.
selfcheck-out-gifts-at-limit-reason = U hoeft niets door te geven. Uw giften komen in { $gift-year } samen op { $gift-total }. Dat is precies de grens van { $gift-limit }. Krijgt u in { $gift-year } nog meer? Kijk dan opnieuw.
selfcheck-out-gifts-under-limit-reason = U hoeft niets door te geven. Uw giften komen in { $gift-year } samen op { $gift-total }. Dat is minder dan { $gift-limit }. Krijgt u in { $gift-year } nog meer? Kijk dan opnieuw.
selfcheck-out-bills-paid-what = Geef door wie welke rekeningen voor u betaalt, en hoeveel per maand.
selfcheck-out-bills-paid-documents = Een overzicht van de rekeningen die iemand voor u betaalt.
selfcheck-out-bills-paid-why = Betaalt iemand uw rekeningen, bijvoorbeeld uw ouder die uw zorgverzekering betaalt? Dan kan dat meetellen voor uw bijstand. Wij kijken of het meetelt.
selfcheck-out-goods-reason = Boodschappen of spullen vallen niet onder de grens van { $gift-limit } voor giften. Die grens geldt alleen voor geld. Krijgt u vaak boodschappen of spullen van iemand? Vraag ons dan of u het moet doorgeven. Pakketten van de voedselbank tellen nooit mee.
selfcheck-out-food-bank-reason = U hoeft niets door te geven. Pakketten van de voedselbank tellen nooit mee voor uw bijstand.

# Outcomes: inheritance, prizes and compensation
selfcheck-out-inheritance-what = Geef de erfenis door, ook als het om weinig geld of om spullen gaat, zoals een auto.
selfcheck-out-inheritance-documents = De verklaring van erfrecht of een brief van de notaris. Bij een auto ook het kentekenbewijs.
selfcheck-out-prize-what = Geef door wat u hebt gewonnen en hoeveel het waard is.
selfcheck-out-prize-documents = Een bewijs van de prijs, zoals een brief of een bankafschrift.
selfcheck-out-compensation-what = Geef door hoeveel schadevergoeding u krijgt en waarvoor.
selfcheck-out-compensation-documents = De brief over de schadevergoeding.
selfcheck-out-pension-buyout-what = Geef door hoeveel pensioen u in één keer krijgt.
selfcheck-out-pension-buyout-documents = De brief van uw pensioenfonds.

# Outcomes: travel and stays elsewhere
selfcheck-out-trip-within-limit-what = Geef uw reis van tevoren door. Deze reis telt { $trip-days ->
        [one] { $trip-days } dag
       *[other] { $trip-days } dagen
    }. In { $trip-year } bent u dan { $days-used ->
        [one] { $days-used } dag
       *[other] { $days-used } dagen
    } in het buitenland. U houdt in { $trip-year } nog { $days-left ->
        [one] { $days-left } dag
       *[other] { $days-left } dagen
    } over.
selfcheck-out-trip-reaches-limit-what = Geef uw reis van tevoren door. Met deze reis komt u precies op het maximum van { $days-abroad ->
        [one] { $days-abroad } dag
       *[other] { $days-abroad } dagen
    }. Deze reis telt { $trip-days ->
        [one] { $trip-days } dag
       *[other] { $trip-days } dagen
    }. In { $trip-year } bent u { $days-used ->
        [one] { $days-used } dag
       *[other] { $days-used } dagen
    } in het buitenland. Wilt u in hetzelfde kalenderjaar nog een keer weg? Neem dan eerst contact met ons op.
selfcheck-out-trip-over-limit-what = Let op: met deze reis bent u te lang in het buitenland. U mag { $days-abroad ->
        [one] { $days-abroad } dag
       *[other] { $days-abroad } dagen
    } per kalenderjaar weg, en niet langer dan { $days-abroad ->
        [one] { $days-abroad } dag
       *[other] { $days-abroad } dagen
    } achter elkaar. Deze reis telt { $trip-days ->
        [one] { $trip-days } dag
       *[other] { $trip-days } dagen
    }. In { $trip-year } bent u { $days-used ->
        [one] { $days-used } dag
       *[other] { $days-used } dagen
    } weg. U bent { $days-over ->
        [one] { $days-over } dag
       *[other] { $days-over } dagen
    } te lang weg. Geef uw reis van tevoren door.
selfcheck-out-trip-over-limit-why = Voor de dagen boven het maximum krijgt u geen bijstand. Soms stopt uw bijstand zelfs helemaal. Dan moet u na uw terugkomst opnieuw bijstand aanvragen. Misschien kunt u de reis korter maken. Neem contact met ons op als dat niet kan.
selfcheck-out-trip-documents = Bewaar uw tickets en boekingen 3 maanden na uw terugkomst. Wij kunnen ernaar vragen.
selfcheck-out-trip-hardship-reason = Gaat u weg omdat een familielid ernstig ziek is of is overleden? Een uitzondering kan alleen bij zeer dringende redenen. Dat gebeurt heel zelden. Bel ons vóór uw vertrek.
selfcheck-out-stay-elsewhere-what = Geef door waar u verblijft en hoelang. Doe dit vóór u vertrekt.
selfcheck-out-stay-elsewhere-why = Wij moeten weten waar u woont en slaapt. Dat hoort bij uw recht op bijstand.
selfcheck-out-short-stay-reason = U hoeft niets door te geven. Een paar dagen ergens anders logeren mag zonder melding.
selfcheck-out-emigration-what = { $when ->
        [past] Geef door dat u in het buitenland bent gaan wonen, en op welke dag u bent vertrokken.
       *[future] Geef door dat u in het buitenland gaat wonen, en op welke dag u vertrekt.
    }
selfcheck-out-emigration-why = U krijgt alleen bijstand als u in Nederland woont. Gaat u in het buitenland wonen? Dan stopt uw bijstand op de dag dat u vertrekt. Geeft u het te laat door? Dan moet u bijstand terugbetalen.

# Outcomes: detention, hospital and institutions
selfcheck-out-detention-what = Geef door dat u in de gevangenis zit of bent vastgezet, en vanaf welke dag.
selfcheck-out-detention-why = Vanaf de eerste dag dat u vastzit, krijgt u geen bijstand. Wij horen dit ook van de Dienst Justitiële Inrichtingen. Als u het zelf meldt, hoeft u later minder terug te betalen.
selfcheck-out-institution-stay-what = Geef door dat u wordt opgenomen, waar en vanaf welke dag.
selfcheck-out-institution-stay-documents = Een brief van het ziekenhuis of de instelling, als u die hebt.
selfcheck-out-institution-stay-why = Als u in een instelling verblijft, kan de hoogte van uw bijstand veranderen.
selfcheck-out-community-service-what = Geef door dat u een taakstraf hebt, en wanneer u die doet.
selfcheck-out-community-service-documents = De brief over uw taakstraf.

# Outcomes: education
selfcheck-out-education-what = Geef door wie begint of stopt met een opleiding, welke opleiding en vanaf wanneer.
selfcheck-out-education-documents = Het bewijs van inschrijving en, als dat er is, de brief van DUO over studiefinanciering of WTOS.
selfcheck-out-education-why = Een opleiding kan invloed hebben op uw bijstand, op kinderbijslag of op studiefinanciering.
selfcheck-out-housemate-student-finance-what = Geef door dat uw huisgenoot studiefinanciering krijgt of dat die stopt.
selfcheck-out-housemate-under-27-study-reason = U hoeft niets door te geven. Een huisgenoot jonger dan 27 jaar telt niet mee voor de kostendelersnorm. Zijn of haar studie verandert dus niets aan uw bijstand.

# Outcomes: bank account and contact details
selfcheck-out-bank-account-what = Geef uw nieuwe rekeningnummer (IBAN) door.
selfcheck-out-bank-account-documents = Een bankafschrift of een schermafbeelding waarop uw naam en rekeningnummer staan.
selfcheck-out-bank-account-why = Zo komt uw bijstand op de goede rekening.
selfcheck-out-contact-details-what = Geef uw nieuwe telefoonnummer of e-mailadres door.
selfcheck-out-contact-details-why = Zo kunnen wij u bereiken als dat nodig is.
selfcheck-out-carer-access-what = Geef door voor wie u zorgt en dat u bij zijn of haar bankrekening kunt.
selfcheck-out-guardian-what = Geef door wie uw bewindvoerder is, en vanaf wanneer.
selfcheck-out-guardian-documents = De uitspraak van de rechter over het bewind.
selfcheck-out-guardian-why = Dan weten wij met wie wij contact hebben over uw geld.

# Outcomes: when the rules cannot decide
selfcheck-out-other-reason = Niet alles past in deze vragen. Twijfelt u of u iets moet doorgeven? Vraag het ons gerust.
selfcheck-out-not-sure-reason = Uit uw antwoorden blijkt niet of u iets moet doorgeven. Wij helpen u graag.

# Issue 12 (self-check gaps): "nothing changed", "none of these", new situations,
# the asset limit and debt help. One block, apart from the law corrections.
selfcheck-life-areas-nothing = Er is niets veranderd
selfcheck-none-of-these = Geen van deze: het is iets anders
selfcheck-work-change-selling-online = Ik verkoop vaak spullen, bijvoorbeeld online via Marktplaats of Vinted
selfcheck-work-change-partner-aow = Mijn partner krijgt binnenkort AOW
selfcheck-household-change-partner-stays = Mijn partner of vriend slaapt vaak bij mij, of woont op twee adressen
selfcheck-household-change-guest = Er logeert een tijd iemand bij mij
selfcheck-household-change-pregnancy = Ik ben zwanger, of mijn partner is zwanger
selfcheck-household-change-moving-away = Ik ga verhuizen naar een andere gemeente
selfcheck-guest-partner = Hebt u een relatie met deze persoon?
selfcheck-guest-partner-hint = Bijvoorbeeld uw vriend of vriendin. Dan gelden andere regels dan voor familie op bezoek.
selfcheck-guest-own-home = Heeft deze persoon een eigen huis, en gaat hij of zij daar weer naartoe?
selfcheck-guest-own-home-hint = Een logé is iemand die een tijdje bij u slaapt, bijvoorbeeld familie op bezoek.
selfcheck-guest-stay = Hoelang en hoe vaak logeert deze persoon bij u?
selfcheck-guest-stay-hint = Tel alle nachten mee, ook als uw logé tussendoor naar huis gaat.
selfcheck-guest-stay-once-short = Eén keer, korter dan een maand
selfcheck-guest-stay-once-long = Eén keer, een maand of langer
selfcheck-guest-stay-often = Vaker: een of meer nachten per week, of elk weekend
selfcheck-money-change-vehicle-sold = Ik heb een auto, motor of ander voertuig verkocht of weggedaan
selfcheck-money-change-loan = Ik heb geld geleend, of ik heb een lening gekregen
selfcheck-money-change-debts = Ik heb schulden, of ik kan mijn rekeningen niet betalen
selfcheck-admin-change-residence-permit = Mijn verblijfsvergunning verandert, wordt verlengd of stopt
selfcheck-out-selling-online-what = Geef door dat u vaak spullen verkoopt. Vertel wat u verkoopt, hoe vaak en wat u ervoor krijgt.
selfcheck-out-selling-online-documents = Een overzicht van wat u hebt verkocht en voor hoeveel. Bijvoorbeeld schermafbeeldingen van uw advertenties.
selfcheck-out-selling-online-why = Verkoopt u vaak spullen, of koopt u spullen om ze weer te verkopen? Dan kan het geld meetellen als inkomen. Wij bekijken dat samen met u.
selfcheck-out-partner-aow-what = { $when ->
        [past] Geef door dat de AOW van uw partner is begonnen, en op welke dag.
       *[future] Geef door wanneer de AOW van uw partner begint.
    }
selfcheck-out-partner-aow-documents = De brief van de SVB over de AOW van uw partner.
selfcheck-out-partner-aow-why = Als uw partner AOW krijgt, verandert uw bijstand. U krijgt dan misschien zelf bijstand voor één persoon. Uw partner kan soms een aanvulling krijgen van de SVB.
selfcheck-out-partner-stays-what = Geef door wie vaak bij u slaapt, hoeveel nachten per week, en op welk adres deze persoon staat ingeschreven.
selfcheck-out-partner-stays-why = Woont u bijna samen, ook op twee adressen? Dan bent u misschien samen één huishouden. U krijgt dan samen één bijstandsuitkering. Wij bekijken dat samen met u.
selfcheck-out-guest-what = Geef door wie er bij u logeert, vanaf welke dag, hoelang en hoeveel nachten per week.
selfcheck-out-guest-why = Logeert iemand lang of vaak bij u? Dan kan uw huis zijn of haar echte woonadres worden. Dan kan uw bijstand veranderen. Wij bekijken dat samen met u.
selfcheck-out-guest-reason = U hoeft niets door te geven. Een logé met een eigen huis die één keer kort blijft, woont niet bij u. Blijft uw logé toch een maand of langer? Of komt hij of zij vaker logeren? Geef het dan wel door.
selfcheck-out-pregnancy-reason = Een zwangerschap hoeft u niet door te geven zoals een geboorte. Vertel het wel aan uw consulent. Dan houden wij rekening met u bij de afspraken over werk. Is uw kind geboren? Geef de geboorte dan door.
selfcheck-out-moving-away-what = { $when ->
        [past] Geef door dat u bent verhuisd naar een andere gemeente. Vertel uw nieuwe adres en de dag van de verhuizing.
       *[future] Geef door dat u gaat verhuizen naar een andere gemeente. Vertel uw nieuwe adres en de dag van de verhuizing.
    }
selfcheck-out-moving-away-why = Uw bijstand bij ons stopt als u in een andere gemeente gaat wonen. Vraag op tijd bijstand aan bij uw nieuwe gemeente. Dan zit u niet zonder geld.
selfcheck-out-vehicle-sold-what = Geef door welk voertuig u hebt verkocht of weggedaan, en wat u ervoor kreeg.
selfcheck-out-vehicle-sold-documents = Het vrijwaringsbewijs van de RDW en een bewijs van de verkoop, zoals een bankafschrift.
selfcheck-out-loan-what = Geef door hoeveel geld u hebt geleend, van wie, en hoe u het terugbetaalt.
selfcheck-out-loan-documents = De afspraken over de lening, zoals een contract of een bericht, en een bankafschrift.
selfcheck-out-loan-why = Ook geleend geld telt soms mee voor uw bijstand. Wij bekijken samen met u of dat zo is.
selfcheck-why-asset-limit = Wat u bezit telt mee voor uw bijstand. De grens is { $asset-limit-single } voor één persoon. Voor een stel of een alleenstaande ouder is het { $asset-limit-couple }. { $asset-limit-single-from ->
        [undated] {""}
       *[other] Deze bedragen gelden vanaf { $asset-limit-single-from }.
    } Hebt u meer? Dan krijgt u misschien geen bijstand.
selfcheck-out-debts-help-reason = Schulden hoeft u niet aan ons door te geven. Wel helpt het Geldloket van de gemeente u gratis. Hoe eerder u hulp vraagt, hoe beter. Bel { $debt-help-phone } of kijk op { $debt-help-website }. Betaalt iemand anders uw schulden af? Of leent u geld? Dat moet u wel doorgeven.
selfcheck-out-residence-permit-what = Geef door wat er verandert aan uw verblijfsvergunning. Bijvoorbeeld een nieuwe vergunning, een verlenging of een einde.
selfcheck-out-residence-permit-documents = Een kopie van uw nieuwe verblijfsdocument, of de brief van de IND.
selfcheck-out-residence-permit-why = Uw recht op bijstand hangt af van uw verblijfsvergunning. Zo krijgt u bijstand zolang u daar recht op hebt.
selfcheck-out-not-listed-reason = Wat er bij u verandert, staat niet in de lijst. Misschien moet u het toch doorgeven. Twijfelt u? Vraag het ons. Dan weet u het zeker.
selfcheck-out-nothing-changed-reason = U hoeft nu niets door te geven. Verandert er later iets? Denk aan werk of inkomen, iemand die bij u komt wonen of weggaat, geld of een gift, of een reis naar het buitenland. Geef dat dan binnen { $change-deadline-days ->
        [one] { $change-deadline-days } dag
       *[other] { $change-deadline-days } dagen
    } door. Twijfelt u? Vraag het ons gerust.
