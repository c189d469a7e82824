# Page: what must I report, by life area.

info-what-to-report-title = Wat moet ik doorgeven?
info-what-to-report-nav = Wat geef ik door?
info-what-to-report-summary = Hier leest u per onderwerp welke veranderingen u doorgeeft, wanneer en met welke papieren.
info-what-to-report-short-1 = Geef elke verandering binnen { $change-deadline-days ->
        [one] { $change-deadline-days } dag
       *[other] { $change-deadline-days } dagen
    } door.
info-what-to-report-short-2 = Een reis naar het buitenland meldt u minstens { $travel-notice-days ->
        [one] { $travel-notice-days } dag
       *[other] { $travel-notice-days } dagen
    } van tevoren.
info-what-to-report-short-3 = Stuur papieren mee, zoals een loonstrook of een contract. Een foto is ook goed.
info-what-to-report-short-4 = Twijfelt u? Geef het dan toch door.

# Work and income
info-what-to-report-work-heading = Werk en inkomen
info-what-to-report-work-p1 = Inkomen is al het geld dat u krijgt. Geef bijvoorbeeld door:
info-what-to-report-work-li1 = u begint met werk, stopt ermee of werkt meer of minder uren;
info-what-to-report-work-li2 = u doet klusjes, past tegen betaling op kinderen of werkt als zzp'er (zeg ook voor wie);
info-what-to-report-work-li3 = u doet een stage of vrijwilligerswerk;
info-what-to-report-work-li4 = u krijgt een uitkering of pensioen, zoals WW, ZW of WIA, of u krijgt binnenkort AOW;
info-what-to-report-work-li5 = iemand in uw huis krijgt inkomen, ook een kind dat bij u woont;
info-what-to-report-work-li6 = u krijgt alimentatie of geld terug van de Belastingdienst.
info-what-to-report-work-p4 = Betaalt iemand anders uw rekeningen? Of krijgt iemand in uw huis inkomen? Geef het door. Wij kijken of het meetelt. Het inkomen van een partner telt altijd mee.
info-what-to-report-work-p5 = Krijgt u AOW? Dan stopt uw bijstand. Is uw AOW lager dan het bijstandsbedrag? Dan kan de SVB een aanvulling betalen. Die heet AIO.
info-what-to-report-work-p6 = Zorgt u zonder betaling voor iemand? Dat is mantelzorg. Dat geeft u niet door als werk. Past de zorg niet bij uw afspraken over werk? Bespreek het dan met uw consulent.
info-what-to-report-work-p2 = Wanneer doorgeven: binnen { $change-deadline-days ->
        [one] { $change-deadline-days } dag
       *[other] { $change-deadline-days } dagen
    }. Uw inkomen van de maand geeft u door vóór de { $statement-day }e van de maand.
info-what-to-report-work-p3 = Meesturen: uw arbeidscontract en uw loonstroken. Een foto van uw loonstrook is ook goed.

# Household and housing
info-what-to-report-household-heading = Gezin en wonen
info-what-to-report-household-p1 = Geef het door als er iets verandert in uw gezin of in uw huis. Bijvoorbeeld:
info-what-to-report-household-li1 = iemand komt bij u wonen of gaat weg, zoals een partner, huisgenoot, kamerhuurder of kind;
info-what-to-report-household-li2 = u gaat samenwonen, trouwen, scheiden of uit elkaar;
info-what-to-report-household-li3 = er wordt een kind geboren of er overlijdt iemand;
info-what-to-report-household-li4 = een kind wordt 18, 21 of 27 jaar;
info-what-to-report-household-li5 = u verhuist, uw huur of hypotheek verandert, of u verhuurt een kamer.
info-what-to-report-household-p2 = Woont er iemand van 27 jaar of ouder bij u? Dan krijgt u soms minder bijstand. U deelt dan de woonkosten. Dit heet de kostendelersnorm. Studenten die studiefinanciering kunnen krijgen, BBL-leerlingen en huurders met een zakelijke afspraak tellen niet mee. Het inkomen van een huisgenoot telt meestal niet mee, dat van een partner wel.
info-what-to-report-household-p5 = Komt er iemand bij u wonen of gaat er iemand weg? Geef dat altijd door, ook als die persoon jonger is dan 27 jaar.
info-what-to-report-household-p6 = Gaat u samenwonen omdat een van u zorg nodig heeft? Dat is een verhuizing en een verandering in uw huishouden. Geef het door, net als andere veranderingen. Sinds 2026 bent u daardoor niet meer vanzelf één huishouden.
info-what-to-report-household-p7 = Logeert er iemand met een eigen huis bij u? Eén keer kort logeren, korter dan een maand, hoeft u niet door te geven. Blijft uw logé een maand of langer, of komt hij of zij vaak? Geef het dan door. Slaapt uw vriend of vriendin vaak bij u? Geef dat altijd door.
info-what-to-report-household-p8 = Bent u zwanger? Vertel het aan uw consulent. Dat is belangrijk voor de afspraken over werk. Is het kind geboren? Geef de geboorte dan door.
info-what-to-report-household-p3 = Wanneer doorgeven: binnen { $change-deadline-days ->
        [one] { $change-deadline-days } dag
       *[other] { $change-deadline-days } dagen
    }.
info-what-to-report-household-p4 = Meesturen: uw huurcontract, of de naam en geboortedatum van wie bij u komt wonen.

# Money and possessions
info-what-to-report-money-heading = Geld en bezit
info-what-to-report-money-p1 = Met bijstand mag u maar een beperkt bedrag bezitten. Geef daarom door wat u bezit en wat erbij komt. Bijvoorbeeld:
info-what-to-report-money-li1 = spaargeld, aandelen of crypto;
info-what-to-report-money-li2 = een auto, motor, caravan of ander voertuig met een kenteken;
info-what-to-report-money-li3 = sieraden, een huis of grond, in Nederland of in het buitenland;
info-what-to-report-money-li4 = u gebruikt vaak de auto of motor van iemand anders;
info-what-to-report-money-li5 = u leent geld, of iemand anders betaalt uw schulden af.
info-what-to-report-money-p5 = Wat u bezit telt mee voor uw bijstand. De grens is { $asset-limit-single } voor één persoon. Voor een stel of een alleenstaande ouder is het { $asset-limit-couple }. Deze bedragen gelden vanaf { $asset-limit-single-from }. Hebt u meer? Dan krijgt u misschien geen bijstand.
info-what-to-report-money-p2 = Wanneer doorgeven: binnen { $change-deadline-days ->
        [one] { $change-deadline-days } dag
       *[other] { $change-deadline-days } dagen
    }.
info-what-to-report-money-p3 = Meesturen: een bankafschrift of het kentekenbewijs. Krijgt u geld op uw rekening, bijvoorbeeld van iemand anders? Geef het door. Wij kijken of het meetelt.
info-what-to-report-money-p4 = Schulden hoeft u niet door te geven. Wel kunt u gratis hulp krijgen. Kijk op de pagina over hulp.

# Gifts
info-what-to-report-gifts-heading = Giften
info-what-to-report-gifts-p1 = Krijgt u geld van familie of vrienden? Dat is een gift. Giften in geld tot { $gift-limit } per kalenderjaar tellen niet mee voor uw bijstand. Dat bedrag geldt voor uw hele huishouden: voor u en uw partner samen.
info-what-to-report-gifts-p2 = Komt u boven dat bedrag? Dan geeft u het door. U mag de giften houden. Maar wat erboven komt, kan meetellen voor uw bijstand. Tel daarvoor alle giften in geld van dit kalenderjaar bij elkaar op.
info-what-to-report-gifts-p3 = Voorbeeld: u krijgt elke maand geld van uw broer. Tel elke maand op hoeveel u dit kalenderjaar al kreeg. Komt het totaal boven { $gift-limit }? Geef het dan door. Op 1 januari begint u weer bij nul. Begint de gift laat in het jaar? Kijk dan in januari opnieuw.
info-what-to-report-gifts-p7 = Krijgt u vaak boodschappen of spullen van anderen? Die vallen niet onder de { $gift-limit }. Die grens geldt alleen voor geld. Vraag ons of u ze moet doorgeven.
info-what-to-report-gifts-p8 = Betaalt iemand anders uw rekeningen, zoals uw zorgverzekering? Geef dat door. Wij kijken of het meetelt.
info-what-to-report-gifts-p4 = Pakketten van de voedselbank tellen nooit mee.
info-what-to-report-gifts-p5 = Wanneer doorgeven: binnen { $change-deadline-days ->
        [one] { $change-deadline-days } dag
       *[other] { $change-deadline-days } dagen
    } na de gift waarmee u boven de grens komt.
info-what-to-report-gifts-p6 = Meesturen: een bankafschrift waarop de gift staat.

# Inheritance, prizes, compensation
info-what-to-report-windfall-heading = Erfenis, prijzen en schadevergoeding
info-what-to-report-windfall-p1 = Deze dingen geeft u altijd door, hoe klein het bedrag ook is:
info-what-to-report-windfall-li1 = een erfenis;
info-what-to-report-windfall-li2 = een prijs uit een loterij, een wedstrijd of een gokspel;
info-what-to-report-windfall-li3 = een schadevergoeding;
info-what-to-report-windfall-li4 = een pensioen dat u in één keer krijgt uitbetaald.
info-what-to-report-windfall-p2 = Wanneer doorgeven: binnen { $change-deadline-days ->
        [one] { $change-deadline-days } dag
       *[other] { $change-deadline-days } dagen
    }.
info-what-to-report-windfall-p3 = Meesturen: de brief van de notaris, of de brief over de prijs of de vergoeding.

# Travel and stays elsewhere
info-what-to-report-travel-heading = Reizen en ergens anders verblijven
info-what-to-report-travel-p1 = Met bijstand mag u per kalenderjaar { $days-abroad ->
        [one] { $days-abroad } dag
       *[other] { $days-abroad } dagen
    } naar het buitenland. De weekenden tellen mee. Eén reis mag ook niet langer duren dan { $days-abroad ->
        [one] { $days-abroad } dag
       *[other] { $days-abroad } dagen
    } achter elkaar.
info-what-to-report-travel-p2 = De dag dat u vertrekt telt niet mee. De dag dat u terugkomt telt wel mee. Reist u rond oud en nieuw? Dan telt u de dagen per kalenderjaar. En de hele reis mag niet langer zijn dan { $days-abroad ->
        [one] { $days-abroad } dag
       *[other] { $days-abroad } dagen
    }.
info-what-to-report-travel-p3 = Blijft u langer weg? Dan krijgt u over die extra dagen geen bijstand. Soms stopt uw bijstand zelfs helemaal. Dan moet u opnieuw bijstand aanvragen. Een uitzondering kan alleen bij zeer dringende redenen. Dat gebeurt heel zelden.
info-what-to-report-travel-p4 = Gaat u meer dan een paar dagen ergens anders in Nederland logeren? Geef dat ook door.
info-what-to-report-travel-p7 = Gaat u in het buitenland wonen? Dan stopt uw bijstand op de dag dat u vertrekt. U krijgt alleen bijstand als u in Nederland woont. Geef het door voordat u vertrekt.
info-what-to-report-travel-p5 = Wanneer doorgeven: minstens { $travel-notice-days ->
        [one] { $travel-notice-days } dag
       *[other] { $travel-notice-days } dagen
    } voordat u vertrekt. Vertel ons waar u heen gaat en wanneer u terugkomt.
info-what-to-report-travel-p6 = Meesturen: uw tickets. Bewaar ze na de reis nog drie maanden.

# Detention, hospital and care institutions
info-what-to-report-stay-heading = Gevangenis, ziekenhuis en zorginstelling
info-what-to-report-stay-p1 = Geef het door als u ergens anders verblijft of een straf krijgt. Bijvoorbeeld:
info-what-to-report-stay-li1 = u zit in de gevangenis of in een huis van bewaring;
info-what-to-report-stay-li2 = u ligt in het ziekenhuis;
info-what-to-report-stay-li3 = u woont in een verpleeghuis of u zit in een afkickkliniek;
info-what-to-report-stay-li4 = u krijgt een taakstraf.
info-what-to-report-stay-p2 = Zit u in de gevangenis? Dan krijgt u vanaf de eerste dag geen bijstand. Wij horen dit ook van de Dienst Justitiële Inrichtingen.
info-what-to-report-stay-p3 = Wanneer doorgeven: binnen { $change-deadline-days ->
        [one] { $change-deadline-days } dag
       *[other] { $change-deadline-days } dagen
    }. Kunt u het zelf niet doen? Vraag dan iemand om het voor u te doen.
info-what-to-report-stay-p4 = Meesturen: een brief van het ziekenhuis, de instelling of de rechter.

# Education
info-what-to-report-education-heading = School en studie
info-what-to-report-education-p1 = Geef het door als u of uw kind begint met een opleiding of ermee stopt. Krijgt iemand van 27 jaar of ouder in uw huis studiefinanciering, of stopt die? Geef dat ook door.
info-what-to-report-education-p2 = Wanneer doorgeven: binnen { $change-deadline-days ->
        [one] { $change-deadline-days } dag
       *[other] { $change-deadline-days } dagen
    }.
info-what-to-report-education-p3 = Meesturen: het bewijs van inschrijving van de school, of de brief van DUO over de studiefinanciering of de WTOS.

# Bank account and contact details
info-what-to-report-details-heading = Bankrekening en contactgegevens
info-what-to-report-details-p1 = Geef het door als deze dingen veranderen:
info-what-to-report-details-li1 = uw bankrekeningnummer;
info-what-to-report-details-li2 = uw telefoonnummer of e-mailadres;
info-what-to-report-details-li3 = u mag de bankrekening van iemand anders gebruiken, bijvoorbeeld als mantelzorger;
info-what-to-report-details-li4 = u krijgt een bewindvoerder.
info-what-to-report-details-p2 = Wanneer doorgeven: binnen { $change-deadline-days ->
        [one] { $change-deadline-days } dag
       *[other] { $change-deadline-days } dagen
    }.
info-what-to-report-details-p3 = Meesturen: bij een nieuwe rekening een bankafschrift met uw naam. Bij een bewindvoerder de brief van de rechter.
