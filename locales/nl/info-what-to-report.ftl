# Page: what must I report, by life area.

info-what-to-report-title = Wat moet ik doorgeven?
info-what-to-report-nav = Wat geef ik door?
info-what-to-report-summary = Hier leest u per onderwerp welke veranderingen u doorgeeft, wanneer en met welke papieren.
info-what-to-report-short-1 = Geef elke verandering binnen { $change-deadline-days } dagen door.
info-what-to-report-short-2 = Een reis naar het buitenland meldt u minstens { $travel-notice-days } dagen van tevoren.
info-what-to-report-short-3 = Stuur papieren mee, zoals een loonstrook of een contract.
info-what-to-report-short-4 = Twijfelt u? Geef het dan toch door.

# Work and income
info-what-to-report-work-heading = Werk en inkomen
info-what-to-report-work-p1 = Geef alles door wat met werk en geld verdienen te maken heeft. Bijvoorbeeld:
info-what-to-report-work-li1 = u begint met werk, stopt ermee of werkt meer of minder uren;
info-what-to-report-work-li2 = u doet klusjes, past op kinderen tegen betaling of werkt als zzp'er;
info-what-to-report-work-li3 = u doet een stage of vrijwilligerswerk;
info-what-to-report-work-li4 = u krijgt alimentatie, pensioen, WW, ZW of WIA;
info-what-to-report-work-li5 = iemand in uw huis krijgt inkomen, ook een kind dat bij u woont;
info-what-to-report-work-li6 = iemand anders betaalt uw rekeningen, zoals uw zorgverzekering.
info-what-to-report-work-p2 = Wanneer doorgeven: binnen { $change-deadline-days } dagen. Uw inkomen van de maand geeft u door vóór de { $statement-day }e van de maand.
info-what-to-report-work-p3 = Meesturen: uw arbeidscontract en uw loonstroken.

# Household and housing
info-what-to-report-household-heading = Gezin en wonen
info-what-to-report-household-p1 = Geef het door als er iets verandert in wie er bij u woont. Bijvoorbeeld:
info-what-to-report-household-li1 = iemand komt bij u wonen of gaat weg, ook een kind of een kamerhuurder;
info-what-to-report-household-li2 = u gaat samenwonen, trouwen of scheiden;
info-what-to-report-household-li3 = er wordt een kind geboren of er overlijdt iemand;
info-what-to-report-household-li4 = een kind wordt 18, 21 of 27 jaar;
info-what-to-report-household-li5 = u verhuist, of uw huur verandert.
info-what-to-report-household-p2 = Woont er iemand van 21 jaar of ouder bij u? Dan krijgt u soms minder bijstand. Dit heet de kostendelersnorm. U deelt dan de kosten van het huis.
info-what-to-report-household-p3 = Wanneer doorgeven: binnen { $change-deadline-days } dagen.
info-what-to-report-household-p4 = Meesturen: het huurcontract of de gegevens van de persoon die bij u komt wonen.

# Money and possessions
info-what-to-report-money-heading = Geld en bezit
info-what-to-report-money-p1 = Geef door wat u bezit of erbij krijgt. Bijvoorbeeld:
info-what-to-report-money-li1 = spaargeld, aandelen of crypto;
info-what-to-report-money-li2 = een auto, motor of caravan;
info-what-to-report-money-li3 = sieraden, een huis of grond, ook in het buitenland;
info-what-to-report-money-li4 = u rijdt vaak in de auto van iemand anders.
info-what-to-report-money-p2 = Wanneer doorgeven: binnen { $change-deadline-days } dagen.
info-what-to-report-money-p3 = Meesturen: een bankafschrift of het kentekenbewijs.

# Gifts
info-what-to-report-gifts-heading = Giften
info-what-to-report-gifts-p1 = Krijgt u geld of spullen van familie of vrienden? Dat is een gift. U mag per kalenderjaar samen { $gift-limit } aan giften krijgen.
info-what-to-report-gifts-p2 = Komt u boven dat bedrag? Dan geeft u het door. Tel alle giften van dit jaar bij elkaar op.
info-what-to-report-gifts-p3 = Voorbeeld: u krijgt elke maand geld van uw broer. Tel elke maand op hoeveel u dit jaar al kreeg. In de maand dat het totaal boven { $gift-limit } komt, geeft u het door.
info-what-to-report-gifts-p4 = Pakketten van de voedselbank tellen niet mee.
info-what-to-report-gifts-p5 = Wanneer doorgeven: in de maand dat u boven de grens komt.
info-what-to-report-gifts-p6 = Meesturen: een bankafschrift waarop de gift staat.

# Inheritance, prizes, compensation
info-what-to-report-windfall-heading = Erfenis, prijzen en schadevergoeding
info-what-to-report-windfall-p1 = Deze dingen geeft u altijd door, hoe klein het bedrag ook is:
info-what-to-report-windfall-li1 = een erfenis;
info-what-to-report-windfall-li2 = een prijs uit een loterij of een spel;
info-what-to-report-windfall-li3 = een schadevergoeding;
info-what-to-report-windfall-li4 = een pensioen dat in één keer wordt uitbetaald.
info-what-to-report-windfall-p2 = Wanneer doorgeven: binnen { $change-deadline-days } dagen.
info-what-to-report-windfall-p3 = Meesturen: de brief van de notaris of de brief over de prijs of de vergoeding.

# Travel and stays elsewhere
info-what-to-report-travel-heading = Reizen en ergens anders verblijven
info-what-to-report-travel-p1 = Met bijstand mag u per kalenderjaar { $days-abroad } dagen naar het buitenland. De weekenden tellen mee.
info-what-to-report-travel-p2 = De dag dat u vertrekt telt niet mee. De dag dat u terugkomt telt wel mee.
info-what-to-report-travel-p3 = Blijft u langer? Dan krijgt u over die dagen geen bijstand.
info-what-to-report-travel-p4 = Verblijft u een paar dagen ergens anders in Nederland? Geef dat ook door.
info-what-to-report-travel-p5 = Wanneer doorgeven: minstens { $travel-notice-days } dagen voordat u vertrekt.
info-what-to-report-travel-p6 = Meesturen: uw tickets. Bewaar ze na de reis nog drie maanden.

# Detention, hospital and care institutions
info-what-to-report-stay-heading = Gevangenis, ziekenhuis en zorginstelling
info-what-to-report-stay-p1 = Geef het door als u ergens anders verblijft. Bijvoorbeeld:
info-what-to-report-stay-li1 = u zit in de gevangenis of in hechtenis;
info-what-to-report-stay-li2 = u ligt in het ziekenhuis;
info-what-to-report-stay-li3 = u woont in een verpleeghuis of een kliniek;
info-what-to-report-stay-li4 = u krijgt een taakstraf.
info-what-to-report-stay-p2 = In de gevangenis krijgt u geen bijstand, vanaf de eerste dag.
info-what-to-report-stay-p3 = Wanneer doorgeven: binnen { $change-deadline-days } dagen.
info-what-to-report-stay-p4 = Meesturen: een brief van het ziekenhuis, de instelling of de rechter.

# Education
info-what-to-report-education-heading = School en studie
info-what-to-report-education-p1 = Geef het door als u of uw kind begint met een opleiding of stopt. Krijgt iemand in uw huis van 21 jaar of ouder studiefinanciering? Geef dat ook door.
info-what-to-report-education-p2 = Wanneer doorgeven: binnen { $change-deadline-days } dagen.
info-what-to-report-education-p3 = Meesturen: het bewijs van inschrijving van de school.

# Bank account and contact details
info-what-to-report-details-heading = Bankrekening en contactgegevens
info-what-to-report-details-p1 = Geef het door als deze gegevens veranderen:
info-what-to-report-details-li1 = uw bankrekeningnummer;
info-what-to-report-details-li2 = uw telefoonnummer of e-mailadres;
info-what-to-report-details-li3 = u krijgt toegang tot de bankrekening van iemand anders, bijvoorbeeld als mantelzorger;
info-what-to-report-details-li4 = u krijgt een bewindvoerder.
info-what-to-report-details-p2 = Wanneer doorgeven: binnen { $change-deadline-days } dagen.
info-what-to-report-details-p3 = Meesturen: bij een nieuwe rekening een bankpas of bankafschrift met uw naam.
