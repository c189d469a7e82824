# Page: help with money worries, forms and other problems.

info-help-title = Hulp als het moeilijk is
info-help-nav = Hulp
info-help-summary = Hebt u geldzorgen, schulden of hulp nodig bij formulieren? Hier leest u waar u terechtkunt.
info-help-short-1 = Hebt u schulden of geldzorgen? Wij helpen u.
info-help-short-2 = Iemand kan u helpen met formulieren en brieven.
info-help-short-3 = Het sociaal team denkt met u mee.
info-help-short-4 = Hulp vragen is verstandig en kost niets.

# Debts
info-help-debts-heading = Geldzorgen en schulden
info-help-debts-p1 = Schulden kunnen iedereen overkomen. Wacht niet te lang met hulp vragen. Hoe eerder, hoe makkelijker het is om het op te lossen.
info-help-debts-p2 = De gemeente heeft schuldhulpverlening. Samen met u maken wij een overzicht van uw geld. Daarna zoeken wij naar een oplossing.
info-help-debts-p3 = Dit is gratis. Bel ons op { $phone } voor een eerste gesprek.

# Forms
info-help-forms-heading = Hulp bij formulieren en brieven
info-help-forms-p1 = Vindt u formulieren of brieven moeilijk? Dat is niet erg. Veel mensen vinden dat.
info-help-forms-p2 = U kunt hulp krijgen van een vrijwilliger of een medewerker. Neem iemand mee naar de balie als u wilt. Dat mag altijd.

# Social team
info-help-team-heading = Het sociaal team
info-help-team-p1 = Het sociaal team helpt bij allerlei vragen. Bijvoorbeeld over opvoeding, zorg, wonen of eenzaamheid.
info-help-team-p2 = U kunt zelf contact opnemen. U kunt ook samen met ons een afspraak maken.

# Contact
info-help-reach-heading = Zo bereikt u ons
info-help-reach-p1 = Bel, mail of kom langs. Hieronder staan onze gegevens en openingstijden.
