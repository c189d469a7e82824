# Staff area: sign-in, the staff start page, account management and the notices inbox.
# Only staff of the municipality see these texts.

staff-error-prefix = Fout:
staff-error-summary-title = Er is een probleem

staff-sign-in-title = Inloggen voor medewerkers
staff-sign-in-intro = Dit deel van de website is alleen voor medewerkers van de gemeente { $municipality }.
staff-email-label = E-mailadres
staff-password-label = Wachtwoord
staff-sign-in-button = Inloggen
staff-sign-in-email-missing = Vul uw e-mailadres in
staff-sign-in-password-missing = Vul uw wachtwoord in
staff-sign-in-failed = Het e-mailadres of het wachtwoord klopt niet
staff-sign-in-too-many = U heeft te vaak een verkeerd wachtwoord ingevuld. Probeer het over { $minutes ->
        [one] { $minutes } minuut
       *[other] { $minutes } minuten
    } opnieuw.
staff-signed-out = U bent uitgelogd.
staff-session-ended = U was een tijd niet actief. Log opnieuw in.

staff-home-title = Medewerkers
staff-home-signed-in-as = U bent ingelogd als { $name } ({ $email }).
staff-home-role = Uw rol: { $role }
staff-home-accounts-link = Accounts beheren
staff-sign-out-button = Uitloggen

staff-role-editor = Redacteur
staff-role-caseworker = Klantmanager
staff-role-admin = Beheerder

staff-accounts-title = Accounts
staff-accounts-created = Het account is gemaakt.
staff-accounts-deactivated = Het account is uitgezet.
staff-accounts-list-heading = Alle accounts
staff-accounts-active = Actief
staff-accounts-inactive = Uitgezet
staff-accounts-deactivate = Uitzetten
staff-accounts-new-heading = Nieuw account
staff-accounts-email = E-mailadres
staff-accounts-name = Naam
staff-accounts-password-label = Eerste wachtwoord
staff-accounts-password-hint = Minstens { $min } tekens. Geef het wachtwoord op een veilige manier door.
staff-accounts-role-legend = Rol
staff-accounts-role-editor-hint = Past de teksten van de website aan.
staff-accounts-role-caseworker-hint = Behandelt de wijzigingen die inwoners doorgeven.
staff-accounts-role-admin-hint = Beheert de accounts en mag alles.
staff-accounts-create-button = Account maken
staff-accounts-email-invalid = Vul een e-mailadres in, zoals naam@voorbeeld.nl
staff-accounts-email-taken = Er is al een account met dit e-mailadres
staff-accounts-name-missing = Vul een naam in
staff-accounts-name-too-long = De naam mag niet meer dan { $max } tekens hebben
staff-accounts-role-missing = Kies een rol
staff-accounts-password-too-short = Het wachtwoord moet minstens { $min } tekens hebben
staff-accounts-password-too-long = Het wachtwoord is te lang
staff-accounts-deactivate-self = U kunt uw eigen account niet uitzetten

staff-problem-sign-in-title = Log eerst in
staff-problem-sign-in-text = U moet ingelogd zijn om deze pagina te zien.
staff-problem-sign-in-link = Naar inloggen
staff-problem-forbidden-title = Geen toegang
staff-problem-forbidden-text = Met uw rol kunt u deze pagina niet gebruiken. Denkt u dat dit niet klopt? Neem contact op met een beheerder.
staff-problem-form-title = Het formulier is niet verstuurd
staff-problem-form-text = Het formulier is verlopen of komt van een andere website. Ga terug, laad de pagina opnieuw en probeer het nog een keer.
staff-problem-not-found-title = Dit account bestaat niet
staff-problem-not-found-text = Misschien is het adres niet goed.
staff-problem-error-title = Er ging iets mis
staff-problem-error-text = Probeer het later opnieuw.
staff-back-home = Naar de startpagina voor medewerkers

## The case workers' inbox of change notices and an opened notice.

staff-home-notices-link = Wijzigingen van inwoners bekijken

staff-status-new = Nieuw
staff-status-in-progress = In behandeling
staff-status-done = Afgehandeld
staff-status-needs-information = Meer informatie nodig
staff-notice-identity = Hoe is de inwoner herkend?
staff-notice-identity-form = Zelf ingevuld (niet gecontroleerd)
staff-notice-identity-digid = DigiD, niveau { $level }
staff-digid-level-basis = Basis
staff-digid-level-midden = Midden
staff-digid-level-substantieel = Substantieel
staff-digid-level-hoog = Hoog

staff-notices-title = Wijzigingen van inwoners
staff-notices-tabs-label = Wijzigingen per status
staff-notices-tab = { $name } ({ $count })
staff-notices-tab-all = Alle
staff-notices-search-label = Zoek op kenmerk
staff-notices-search-hint = Een deel van het kenmerk is genoeg. Hoofdletters of kleine letters maken niet uit.
staff-notices-search-button = Zoeken
staff-notices-search-clear = Alles tonen, zonder zoekopdracht
staff-notices-found = { $count ->
        [one] 1 wijziging gevonden
       *[other] { $count } wijzigingen gevonden
    }
staff-notices-none = Er zijn geen wijzigingen gevonden.
staff-notices-col-reference = Kenmerk
staff-notices-col-received = Ontvangen
staff-notices-col-status = Status
staff-notices-col-lang = Taal
staff-notices-col-kinds = Wat is er veranderd?
staff-notices-col-attachments = Bijlagen
staff-notices-date-time = { $date }, { $time }
staff-notices-page = Pagina { $page } van { $pages }
staff-notices-paging-label = Andere pagina's
staff-notices-previous = Vorige pagina
staff-notices-next = Volgende pagina
staff-notices-export-heading = Downloaden
staff-notices-export-text = Download alle wijzigingen die bij deze keuze horen, ook die op andere pagina's. In het bestand staan persoonsgegevens. Bewaar het veilig en verwijder het als u het niet meer nodig hebt.
staff-notices-export-csv = Download als CSV (voor Excel)
staff-notices-export-json = Download als JSON (voor andere programma's)

staff-notice-title = Wijziging { $reference }
staff-notice-back = Terug naar alle wijzigingen
staff-notice-received = Ontvangen
staff-notice-status = Status
staff-notice-lang = Taal van de inwoner
staff-notice-kinds = Wat is er veranderd?
staff-notice-content-heading = Wat de inwoner heeft ingevuld
staff-notice-identity-heading = Over de inwoner
staff-notice-change-heading = Wijziging { $number }: { $kind }
staff-notice-other-heading = Andere gegevens
staff-notice-empty-value = (niet ingevuld)
staff-notice-change-files = Bestanden bij deze wijziging
staff-notice-declaration = Verklaart dat alles klopt en volledig is
staff-notice-yes = Ja
staff-notice-no = Nee
staff-notice-attachments-heading = Bijlagen
staff-notice-attachments-none = Er zijn geen bijlagen.
staff-notice-attachment-details = ({ $type }, { $kb } kB)
staff-notice-attachment-unnamed = Bijlage zonder naam
staff-notice-history-heading = Geschiedenis
staff-notice-history-when = Wanneer
staff-notice-history-who = Wie
staff-notice-history-status = Status
staff-notice-history-note = Notitie
staff-notice-history-resident = Inwoner (verstuurd)
staff-notice-history-unknown = Onbekende medewerker
staff-notice-status-heading = Status wijzigen
staff-notice-status-legend = Wat is de nieuwe status?
staff-notice-note-label = Notitie (optioneel)
staff-notice-note-hint = Bijvoorbeeld wat u heeft gedaan. Alleen medewerkers zien de notitie. Hoogstens { $max } tekens.
staff-notice-status-button = Status opslaan
staff-notice-status-saved = De status is opgeslagen.
staff-notice-status-missing = Kies een status
staff-notice-note-too-long = De notitie mag niet meer dan { $max } tekens hebben

staff-problem-notice-not-found-title = Deze wijziging bestaat niet
staff-problem-notice-not-found-text = Misschien is het adres niet goed. Of de wijziging is verwijderd, omdat de bewaartermijn voorbij is.
