# Page: what changes in 2026 and 2027 (Participatiewet in Balans). A message
# `<id>-from-2027-01-01` replaces `<id>` from that day on (src/i18n/dated.rs).

info-changes-2026-title = Wat verandert er in 2026?
info-changes-2026-title-from-2027-01-01 = Wat is er veranderd in 2026 en 2027?
info-changes-2026-nav = Nieuw in 2026
info-changes-2026-nav-from-2027-01-01 = Nieuw in 2026 en 2027
info-changes-2026-summary = Op 1 januari 2026 is de wet voor de bijstand veranderd. Hier leest u wat er voor u anders is.
info-changes-2026-summary-from-2027-01-01 = Op 1 januari 2026 en op 1 januari 2027 is de wet voor de bijstand veranderd. Hier leest u wat er voor u anders is.
info-changes-2026-short-1 = De wet gaat nu meer uit van vertrouwen.
info-changes-2026-short-2 = Giften in geld tot { $gift-limit } per kalenderjaar tellen niet mee voor uw bijstand.

info-changes-2026-short-4 = Vanaf 1 januari 2027 mogen jongeren meer bijverdienen.
info-changes-2026-short-4-from-2027-01-01 = Sinds 1 januari 2027 mogen jongeren meer bijverdienen.

# Why the law changes
info-changes-2026-why-heading = Waarom verandert de wet?
info-changes-2026-why-p1 = De nieuwe wet heet Participatiewet in Balans. De regels worden eenvoudiger. De wet gaat meer uit van vertrouwen en van de mens.

# What changed on 1 January 2026
info-changes-2026-now-heading = Wat is er anders sinds 1 januari 2026?
info-changes-2026-now-li1 = Giften in geld tot { $gift-limit } per kalenderjaar tellen niet mee voor uw bijstand. Dat bedrag geldt voor u en uw partner samen. Boodschappen en spullen vallen er niet onder.
info-changes-2026-now-li2 = U kunt bijstand krijgen tot drie maanden terug in de tijd.
info-changes-2026-now-li3 = Bent u jonger dan 27? Dan zoekt u eerst vier weken zelf naar werk of school. Wij kunnen die zoektijd nu aanpassen aan uw situatie.
info-changes-2026-now-li4 = Mantelzorg telt niet meer als betaald werk. Woont u samen omdat iemand zorg nodig heeft? Dan bent u daardoor niet vanzelf elkaars partner.
info-changes-2026-now-li5 = Een Europees rijbewijs en DigiD tellen mee als bewijs van wie u bent.

# What changes on 1 January 2027: as coming before that day, as the present from it
info-changes-2026-in-2027-heading = Wat verandert er op 1 januari 2027?
info-changes-2026-in-2027-heading-from-2027-01-01 = Wat is er anders sinds 1 januari 2027?
info-changes-2026-in-2027-p1 = Op 1 januari 2027 gaat een volgend deel van de wet in. Gemeenten mogen hier in 2026 al mee beginnen.
info-changes-2026-in-2027-p1-from-2027-01-01 = Op 1 januari 2027 ging een volgend deel van de wet in.
info-changes-2026-in-2027-li1 = Jongeren mogen dan meer bijverdienen naast hun bijstand.
info-changes-2026-in-2027-li1-from-2027-01-01 = Jongeren mogen meer bijverdienen naast hun bijstand.
info-changes-2026-in-2027-li2 = Verdient u geld naast uw bijstand? Dan wordt dat vanaf die dag vaker vanzelf verrekend met uw bijstand.
info-changes-2026-in-2027-li2-from-2027-01-01 = Verdient u geld naast uw bijstand? Dan wordt dat vaker vanzelf verrekend met uw bijstand.

# What comes later
info-changes-2026-later-heading = Wat komt er later?
info-changes-2026-later-p2 = Er komt ook een nieuwe wet: de Wet handhaving sociale zekerheid. Die wet geeft meer ruimte voor fouten. U krijgt dan vaker een waarschuwing in plaats van een boete. Deze wet wordt nog voorbereid. Wanneer hij ingaat, is nog niet bekend.

# What stays the same
info-changes-2026-same-heading = Wat blijft hetzelfde?
info-changes-2026-same-p1 = U geeft veranderingen nog steeds zelf aan ons door. Dat doet u binnen { $change-deadline-days ->
        [one] { $change-deadline-days } dag
       *[other] { $change-deadline-days } dagen
    }. Twijfelt u? Vraag het ons.
