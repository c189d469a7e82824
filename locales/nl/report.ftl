# Reporting a change (wijziging doorgeven): the first page.

report-title = Een verandering doorgeven
report-summary = Wat u nodig hebt om een verandering door te geven, en hoe u dat doet.
report-intro = Is er iets veranderd in uw leven? Geef het zo snel mogelijk door. Dan krijgt u het goede bedrag.
report-need-heading = Dit hebt u nodig
report-need-bsn = Uw burgerservicenummer (BSN). Dit staat op uw paspoort of ID-kaart.
report-need-date = De datum van de verandering.
report-need-papers = De papieren die erbij horen, zoals een loonstrook of een contract. Een foto met uw telefoon is goed.
report-need-partner = Hebt u een partner? Dan ook het BSN van uw partner.
report-how-heading = Zo geeft u het door
report-how-text = Bel ons of kom langs. Wij helpen u graag. U krijgt van ons een bewijs dat u het hebt doorgegeven.
report-check-heading = Weet u niet wat u moet doorgeven?
report-check-link = Doe eerst de check: wat moet ik doorgeven?
report-time = Het invullen duurt ongeveer 10 minuten. U kunt tussendoor stoppen: wat u hebt ingevuld, bewaren wij { $hours ->
        [one] { $hours } uur
       *[other] { $hours } uur
    } op dit apparaat.
report-start-button = Begin met doorgeven
report-carried = De veranderingen uit uw check staan al klaar in het formulier.
