# The online change notice: the steps after the start page.

report-optional = (niet verplicht)
report-error-label = Fout:
report-error-prefix = Fout:
report-error-summary-title = Er ging iets mis
report-step-counter = Stap { $step } van { $steps }
report-back = Terug
report-form-summary = Geef een verandering in uw leven online door. U krijgt een bewijs met een kenmerk.
report-continue = Verder

report-identity-title = Wie bent u?
report-identity-intro = Wij hebben uw gegevens nodig om uw verandering bij uw dossier te zetten.

report-changes-title = Wat is er veranderd?
report-changes-hint = Kies alles wat voor u geldt. U kunt meer dan één ding kiezen.

report-details-intro = Vul in wat u weet. Weet u iets niet zeker? Schrijf dan wat u wel weet.
report-file-label = Papieren toevoegen (niet verplicht)
report-file-hint = Bijvoorbeeld een loonstrook of een contract. Een foto met uw telefoon is goed. Een PDF, JPG of PNG van niet meer dan 10 MB. U kunt meer bestanden tegelijk kiezen.
report-files-heading = Bestanden
report-file-remove = { $name } verwijderen
report-file-remove-short = Verwijderen
report-size-kb = { $kb } kB
report-size-mb = { $mb } MB

report-check-title = Kijk uw antwoorden na
report-change-link = Wijzigen
report-check-other-changes = Iets anders kiezen of iets toevoegen
report-declaration-heading = Verklaring
report-declaration-text = Ik verklaar dat alles wat ik heb ingevuld klopt en dat ik niets heb weggelaten.
report-declaration-consequence = Wij gebruiken deze gegevens om uw bijstand goed te berekenen. Klopt er later toch iets niet? Geef het dan zo snel mogelijk door. Dan zoeken wij samen een oplossing.
report-submit = Verstuur

report-received-title = Wij hebben uw verandering ontvangen
report-received-reference = Uw nummer:
report-received-when = Ontvangen op { $date }.
report-next-heading = Wat gebeurt er nu?
report-next-1 = Een medewerker kijkt binnen 5 werkdagen naar uw verandering.
report-next-2 = Hebben wij iets nodig? Dan bellen of schrijven wij u. Noem dan uw nummer.
report-next-3 = Verandert uw bijstand? Dan krijgt u daarover een brief.
report-receipt-heading = Uw bewijs
report-receipt-intro = Bewaar dit bewijs. Hierop staat wat u hebt gestuurd. Uw BSN en rekeningnummer staan er niet helemaal op.
report-receipt-download = Download uw bewijs
report-receipt-print = Print uw bewijs
report-receipt-title = Bewijs van uw verandering
report-new-heading = Nog iets anders doorgeven?
report-new-button = Geef nog een verandering door

report-problem-expired-title = Dit formulier werkt niet meer
report-problem-expired-text = Misschien was het formulier te lang open, of staan cookies uit in uw browser. Wat u eerder hebt opgeslagen, is niet weg als u op hetzelfde apparaat verdergaat.
report-problem-start-again = Ga verder met het formulier
report-problem-too-many-title = U hebt veel veranderingen gestuurd
report-problem-too-many-text = Vanaf dit adres zijn in het laatste uur veel veranderingen gestuurd. Probeer het over een uur nog eens, of bel ons.
report-problem-not-found-text = Deze stap van het formulier bestaat niet.
report-problem-too-large-title = Dit is te groot om te sturen
report-problem-too-large-text = Samen zijn de bestanden te groot. Stuur niet meer dan 5 bestanden van niet meer dan 10 MB per verandering.
report-problem-error-title = Er ging bij ons iets mis
report-problem-error-text = Het lukte niet om uw gegevens op te slaan. Wij hebben niets ontvangen. Probeer het over een paar minuten opnieuw, of bel ons.

report-erase-hint = Gebruikt u een computer van iemand anders, of van de bibliotheek? Wis dan wat u hebt ingevuld als u klaar bent.
report-erase-button = Stop en wis wat ik heb ingevuld
