# The glossary page (/<lang>/glossary): difficult words explained. The self-check
# links a word to its explanation; the Dutch word (AOW, taakstraf, …) is what it
# looks for in every language, and also the term as this file writes it.

glossary-title = Woordenlijst
glossary-intro = Hier leest u wat moeilijke woorden betekenen. U komt deze woorden tegen op deze website en in brieven over uw bijstand.
glossary-list-heading = Woorden van A tot Z
glossary-ask-us = Staat een woord er niet bij? Of begrijpt u iets niet? Bel ons op { $phone }.
glossary-see = Moeilijke woorden uitgelegd:

glossary-aow-term = AOW
glossary-aow-definition = De AOW is het pensioen van de overheid. U krijgt het vanaf de AOW-leeftijd. De SVB betaalt het.
glossary-bewindvoerder-term = bewindvoerder
glossary-bewindvoerder-definition = Een bewindvoerder regelt uw geld als u dat zelf niet goed kunt. De rechter kiest de bewindvoerder.
glossary-duo-term = DUO
glossary-duo-definition = DUO is een dienst van de overheid. DUO betaalt studiefinanciering aan studenten.
glossary-kalenderjaar-term = kalenderjaar
glossary-kalenderjaar-definition = Een kalenderjaar loopt van 1 januari tot en met 31 december.
glossary-pgb-term = pgb
glossary-pgb-definition = Pgb betekent persoonsgebonden budget. Met dit geld koopt iemand zelf zorg in, bijvoorbeeld bij een familielid.
glossary-rdw-term = RDW
glossary-rdw-definition = De RDW houdt bij wie een auto, motor of ander voertuig met kenteken heeft.
glossary-taakstraf-term = taakstraf
glossary-taakstraf-definition = Een taakstraf is een straf van de rechter of de officier van justitie. U doet dan werk zonder loon, of u volgt een cursus.
glossary-uwv-term = UWV
glossary-uwv-definition = Het UWV betaalt uitkeringen zoals WW, ZW en WIA. Het UWV helpt ook bij het vinden van werk.
glossary-wia-term = WIA
glossary-wia-definition = De WIA is een uitkering van het UWV. U krijgt die als u na twee jaar ziekte niet of minder kunt werken.
glossary-ww-term = WW
glossary-ww-definition = De WW is een uitkering van het UWV als u uw baan verliest. WW betekent Werkloosheidswet.
glossary-zw-term = ZW
glossary-zw-definition = De ZW is een uitkering van het UWV als u ziek bent en geen werkgever hebt. ZW betekent Ziektewet.
glossary-zzp-term = zzp
glossary-zzp-definition = Een zzp'er is een zelfstandige zonder personeel. U werkt dan voor uzelf en hebt niemand in dienst.
