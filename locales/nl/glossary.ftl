# The glossary page (/<lang>/glossary): difficult words explained. The self-check
# links a word to its explanation; the Dutch word (AOW, taakstraf, …) is what it
# looks for in every language, and also the term as this file writes it.

glossary-title = Woordenlijst
glossary-intro = Hier leest u wat moeilijke woorden betekenen. U komt deze woorden tegen op deze website en in brieven over uw bijstand.
glossary-summary = Wat moeilijke woorden over de bijstand betekenen, in gewone taal.
glossary-list-heading = Woorden van A tot Z
glossary-ask-us = Staat een woord er niet bij? Of begrijpt u iets niet? Bel ons op { $phone }.
glossary-see = Moeilijke woorden uitgelegd:

glossary-aow-term = AOW
glossary-aow-definition = De AOW is het pensioen van de overheid. U krijgt het vanaf de AOW-leeftijd. De SVB betaalt het.
glossary-bbl-term = BBL
glossary-bbl-definition = BBL betekent beroepsbegeleidende leerweg. U werkt dan bij een bedrijf en gaat daarnaast een of twee dagen per week naar school.
glossary-bewindvoerder-term = bewindvoerder
glossary-bewindvoerder-definition = Een bewindvoerder regelt uw geld als u dat zelf niet goed kunt. De rechter kiest de bewindvoerder.
glossary-duo-term = DUO
glossary-duo-definition = DUO is een dienst van de overheid. DUO betaalt studiefinanciering aan studenten.
glossary-huis-van-bewaring-term = huis van bewaring
glossary-huis-van-bewaring-definition = Een huis van bewaring is een gevangenis voor mensen die nog op hun rechtszaak wachten.
glossary-ind-term = IND
glossary-ind-definition = De IND is de Immigratie- en Naturalisatiedienst. De IND beslist over verblijfsvergunningen.
glossary-kalenderjaar-term = kalenderjaar
glossary-kalenderjaar-definition = Een kalenderjaar loopt van 1 januari tot en met 31 december.
glossary-openbaar-ministerie-term = Openbaar Ministerie
glossary-openbaar-ministerie-definition = Het Openbaar Ministerie beslist of iemand voor een strafbaar feit naar de rechter moet. De officier van justitie werkt daar.
glossary-pgb-term = pgb
glossary-pgb-definition = Pgb betekent persoonsgebonden budget. Met dit geld koopt iemand zelf zorg in, bijvoorbeeld bij een familielid.
glossary-rdw-term = RDW
glossary-rdw-definition = De RDW houdt bij wie een auto, motor of ander voertuig met kenteken heeft.
glossary-taakstraf-term = taakstraf
glossary-taakstraf-definition = Een taakstraf is een straf van de rechter of de officier van justitie. U doet dan werk zonder loon, of u volgt een cursus.
glossary-taxatie-term = taxatie
glossary-taxatie-definition = Een taxatie is een schatting van wat een huis of iets anders waard is. Een taxateur doet dat en schrijft het op.
glossary-uwv-term = UWV
glossary-uwv-definition = Het UWV betaalt uitkeringen zoals WW, ZW en WIA. Het UWV helpt ook bij het vinden van werk.
glossary-verklaring-van-erfrecht-term = verklaring van erfrecht
glossary-verklaring-van-erfrecht-definition = Een verklaring van erfrecht is een papier van de notaris. Daarin staat wie de erfgenamen zijn.
glossary-vrijwaringsbewijs-term = vrijwaringsbewijs
glossary-vrijwaringsbewijs-definition = Een vrijwaringsbewijs krijgt u van de RDW als u een voertuig verkoopt of wegdoet. Daarop staat dat het voertuig niet meer op uw naam staat.
glossary-wia-term = WIA
glossary-wia-definition = De WIA is een uitkering van het UWV. U krijgt die als u na twee jaar ziekte niet of minder kunt werken.
glossary-wtos-term = WTOS
glossary-wtos-definition = WTOS is geld van DUO voor scholieren van 18 jaar of ouder. Het helpt bij de kosten van school.
glossary-ww-term = WW
glossary-ww-definition = De WW is een uitkering van het UWV als u uw baan verliest. WW betekent Werkloosheidswet.
glossary-zw-term = ZW
glossary-zw-definition = De ZW is een uitkering van het UWV als u ziek bent en geen werkgever hebt. ZW betekent Ziektewet.
glossary-zzp-term = zzp
glossary-zzp-definition = Een zzp'er is een zelfstandige zonder personeel. U werkt dan voor uzelf en hebt niemand in dienst.
