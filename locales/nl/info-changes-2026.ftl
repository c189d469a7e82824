# Page: what changes in 2026 (Participatiewet in Balans).

info-changes-2026-title = Wat verandert er in 2026?
info-changes-2026-nav = Nieuw in 2026
info-changes-2026-summary = Op 1 januari 2026 veranderde de wet voor de bijstand. Hier leest u wat er voor u anders is.
info-changes-2026-short-1 = De wet gaat meer uit van vertrouwen.
info-changes-2026-short-2 = U mag per jaar { $gift-limit } aan giften krijgen.
info-changes-2026-short-3 = Er is meer ruimte om een fout te herstellen.

# Why the law changes
info-changes-2026-why-heading = Waarom verandert de wet?
info-changes-2026-why-p1 = De nieuwe wet heet Participatiewet in Balans. De regels worden eenvoudiger. De wet gaat meer uit van vertrouwen en van de mens.

# What changes now
info-changes-2026-now-heading = Wat is er anders sinds 1 januari 2026?
info-changes-2026-now-li1 = Giften tot { $gift-limit } per kalenderjaar hebben geen gevolgen voor uw bijstand.
info-changes-2026-now-li2 = U kunt bijstand aanvragen tot drie maanden terug.
info-changes-2026-now-li3 = Jongeren onder de 27 krijgen een zoektijd die past bij hun situatie.
info-changes-2026-now-li4 = Mantelzorg telt niet meer als betaald werk.
info-changes-2026-now-li5 = Een Europees rijbewijs en DigiD tellen mee als bewijs van wie u bent.
info-changes-2026-now-li6 = Er is meer ruimte om een fout te herstellen.

# What comes later
info-changes-2026-later-heading = Wat komt er later?
info-changes-2026-later-p1 = Vanaf 1 januari 2027 mogen jongeren meer bijverdienen. Ook wordt inkomen dan vaker vanzelf verrekend.
info-changes-2026-later-p2 = Er komt ook een nieuwe wet over boetes en controle. Die wet geeft meer ruimte voor fouten. Vaker krijgt u dan een waarschuwing in plaats van een boete. Wanneer die wet ingaat, is nog niet bekend.

# What stays the same
info-changes-2026-same-heading = Wat blijft hetzelfde?
info-changes-2026-same-p1 = U geeft veranderingen nog steeds zelf door. Dat doet u binnen { $change-deadline-days } dagen.
