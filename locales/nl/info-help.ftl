# Page: help with money worries, forms and other problems.

info-help-title = Hulp als het moeilijk is
info-help-nav = Hulp
info-help-summary = Hebt u geldzorgen, schulden of hulp nodig bij formulieren? Hier leest u waar u terechtkunt.
info-help-short-1 = Hebt u schulden of geldzorgen? Wij helpen u.
info-help-short-2 = Iemand kan u helpen met formulieren en brieven.
info-help-short-3 = Het sociaal team denkt met u mee.
info-help-short-4 = Hulp vragen is verstandig. Hoe eerder, hoe beter.

# Debts (schuldhulpverlening)
info-help-debts-heading = Geldzorgen en schulden
info-help-debts-p1 = Schulden kunnen iedereen overkomen. Met geldzorgen gaat er ook sneller iets mis, bijvoorbeeld met doorgeven. Wacht daarom niet te lang met hulp vragen.
info-help-debts-p2 = De gemeente helpt bij schulden. Dit heet schuldhulpverlening. U kunt terecht bij het Geldloket van de gemeente. Samen met u maken wij een overzicht van uw geld. Daarna zoeken wij samen naar een oplossing.
info-help-debts-p3 = Deze hulp is gratis. Bel { $debt-help-phone } voor een eerste gesprek, of kijk op { $debt-help-website }.
info-help-debts-p4 = Schulden hoeft u niet aan ons door te geven. Betaalt iemand anders uw schulden af? Of leent u geld? Dat geeft u wel door.

# Help with forms and letters
info-help-forms-heading = Hulp bij formulieren en brieven
info-help-forms-p1 = Vindt u formulieren of brieven moeilijk? Dat is niet erg. Veel mensen vinden dat.
info-help-forms-p2 = Wij helpen u graag bij het invullen. Vraag erom als u ons belt of langskomt. U mag ook iemand meenemen die u vertrouwt.

# Social team
info-help-team-heading = Het sociaal team
info-help-team-p1 = Het sociaal team helpt bij allerlei vragen. Bijvoorbeeld over opvoeding, zorg, wonen of eenzaamheid.
info-help-team-p2 = U kunt zelf contact opnemen. U kunt ook samen met ons een afspraak maken.

# Contact (opening hours are shown by the page itself)
info-help-reach-heading = Zo bereikt u ons
info-help-reach-p1 = Bel ons op { $phone }. Mail naar { $email }. Of kom langs op { $address }.
