# Change notice (wijzigingsformulier): the kinds of change, the questions per change,
# the error messages next to a field and what is still missing before sending.
# The ids come from src/domain/notice/ (NOTICE_MESSAGE_IDS); every message is one line.

## Errors next to a field

notice-error-form = Er ging iets mis met het formulier. Laad de pagina opnieuw en probeer het nog een keer.
notice-error-missing = U hebt dit nog niet ingevuld.
notice-error-too-long = Dit is te lang. Gebruik niet meer dan { $max } tekens.
notice-error-control-character = Er staat een teken in dat wij niet kunnen lezen. Typ de tekst opnieuw.
notice-error-choice = Kies een van de antwoorden.
notice-error-not-for-choice = Laat dit leeg bij het antwoord dat u hebt gekozen.
notice-error-date = Deze datum bestaat niet. Kijk of de dag, de maand en het jaar kloppen.
notice-error-month = Vul een maand en een jaar in.
notice-error-date-too-far-back = Deze datum is te lang geleden. Klopt de datum toch? Bel ons dan op { $phone }.
notice-error-date-too-far-ahead = Deze datum ligt te ver in de toekomst. Klopt de datum toch? Bel ons dan op { $phone }.
notice-error-birth-date-future = Een geboortedatum kan niet in de toekomst liggen.
notice-error-birth-date-too-early = Deze geboortedatum is te lang geleden. Kijk of het jaar klopt.
notice-error-date-order = Deze datum ligt vóór de eerste datum. Kijk of de datums kloppen.
notice-error-amount = Vul een bedrag in euro in, bijvoorbeeld 1250 of 1.250,50.
notice-error-amount-negative = Een bedrag kan niet lager zijn dan 0.
notice-error-amount-too-large = Dit bedrag is erg hoog. Kijk of het klopt. Klopt het toch? Bel ons dan op { $phone }.
notice-error-amount-zero = Vul een bedrag in dat hoger is dan 0.
notice-error-hours = Vul een aantal uren per week in, van 0 tot en met 80.
notice-error-bsn-length = Een BSN heeft 9 cijfers. Begint het BSN met een 0? Typ die 0 dan ook.
notice-error-bsn-check = Dit BSN bestaat niet. Kijk of u alle cijfers goed hebt overgetypt.
notice-error-partner-bsn-same = Dit is uw eigen BSN. Vul het BSN van uw partner in.
notice-error-iban = Een IBAN heeft alleen letters en cijfers, bijvoorbeeld NL91 ABNA 0417 1643 00.
notice-error-iban-country = Een IBAN begint met de code van een land, bijvoorbeeld NL.
notice-error-iban-length = Dit IBAN heeft te veel of te weinig tekens. Een Nederlands IBAN heeft er 18.
notice-error-iban-check = Dit IBAN bestaat niet. Kijk of u alle letters en cijfers goed hebt overgetypt.
notice-error-registration = Vul een Nederlands kenteken in, bijvoorbeeld AB-123-C. Hebt u een ander kenteken? Schrijf het dan bij de vraag wat voor voertuig het is.
notice-error-phone = Vul een telefoonnummer in met cijfers, bijvoorbeeld 06 12345678.
notice-error-email = Vul een e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.
notice-error-reference = Een referentienummer ziet er zo uit: MW-7KQD-3FXP.
notice-error-reference-check = Dit referentienummer bestaat niet. Kijk of u het goed hebt overgetypt.
notice-error-file-empty = Dit bestand is leeg. Kies een ander bestand.
notice-error-file-too-large = Dit bestand is te groot. Een bestand mag niet groter zijn dan { $max-mb } MB.
notice-error-file-type = Dit soort bestand kunnen wij niet openen. Stuur een PDF of een foto (JPG of PNG).
notice-error-too-many-files = U kunt per verandering niet meer dan { $max ->
        [one] { $max } bestand
       *[other] { $max } bestanden
    } sturen.
notice-error-file-name = De naam van dit bestand kunnen wij niet lezen. Geef het bestand een andere naam en kies het opnieuw.
notice-error-files-too-large-together = Alle bestanden samen zijn te groot. Samen mogen ze niet groter zijn dan { $max-mb } MB. Stuur minder of kleinere bestanden.

## What changed

notice-kind-work = Werk: u gaat werken, werkt andere uren of stopt
notice-kind-moves-in = Er komt iemand bij u wonen
notice-kind-moves-out = Er gaat iemand bij u weg
notice-kind-travel = U gaat naar het buitenland
notice-kind-gift-or-inheritance = U krijgt een gift of een erfenis
notice-kind-vehicle = U krijgt, koopt of verkoopt een auto, motor of ander voertuig
notice-kind-bank-account = U hebt een nieuwe bankrekening
notice-kind-income-this-month = U krijgt geld, bijvoorbeeld loon of een uitkering
notice-kind-household = Uw gezin of woning verandert, bijvoorbeeld een verhuizing of een kind dat 18 wordt
notice-kind-stay = U verblijft ergens anders, bijvoorbeeld in het ziekenhuis of een zorginstelling
notice-kind-education = U of iemand in uw huis begint of stopt met een opleiding
notice-kind-justice = U krijgt een taakstraf of moet naar de gevangenis
notice-kind-assets = Uw bezit verandert: spaargeld, een lening, een huis of iets dat u verkoopt
notice-kind-details = Uw gegevens veranderen: telefoon, e-mail, verblijfsvergunning of bewindvoerder
notice-kind-other = Iets anders

## Questions per change

notice-field-work-event = Wat verandert er in uw werk?
notice-field-work-event-started = Ik ga werken
notice-field-work-event-hours-changed = Ik ga meer of minder uren werken
notice-field-work-event-stopped = Ik stop met werken
notice-field-work-employer = Bij wie werkt u?
notice-field-work-employer-hint = De naam van het bedrijf of de persoon. Werkt u voor uzelf? Schrijf dan: voor mezelf.
notice-field-work-hours = Hoeveel uur per week werkt u?
notice-field-work-hours-hint = Is het elke week anders? Vul dan het gemiddelde in.
notice-field-work-date = Op welke dag verandert het?
notice-field-work-date-hint = Uw eerste werkdag, de eerste dag met andere uren, of uw laatste werkdag.
notice-field-work-end-date = Tot welke dag werkt u daar?
notice-field-work-end-date-hint = Alleen als u daar maar een tijd werkt, bijvoorbeeld met een tijdelijk contract.
notice-field-work-income = Hoeveel geld verdient u ongeveer per maand?
notice-field-work-income-hint = Het bedrag vóór belasting (bruto). Weet u het nog niet? Laat dit dan leeg.
notice-field-moves-in-name = Wat is de naam van de persoon die bij u komt wonen?
notice-field-moves-in-date-of-birth = Wat is de geboortedatum van deze persoon?
notice-field-moves-in-date = Op welke dag komt deze persoon bij u wonen?
notice-field-moves-out-name = Wat is de naam van de persoon die weggaat?
notice-field-moves-out-date = Op welke dag gaat deze persoon weg?
notice-field-travel-country = Naar welk land gaat u?
notice-field-travel-from = Op welke dag gaat u weg?
notice-field-travel-to = Op welke dag komt u terug?
notice-field-gift-or-inheritance-kind = Wat hebt u gekregen?
notice-field-gift-or-inheritance-kind-gift = Een gift
notice-field-gift-or-inheritance-kind-inheritance = Een erfenis
notice-field-gift-or-inheritance-amount = Hoeveel geld is het? Of hoeveel is het waard?
notice-field-gift-or-inheritance-date = Op welke dag hebt u het gekregen?
notice-field-gift-or-inheritance-from-whom = Van wie hebt u het gekregen?
notice-field-vehicle-description = Wat voor voertuig is het?
notice-field-vehicle-description-hint = Bijvoorbeeld: auto, merk, type en bouwjaar.
notice-field-vehicle-registration = Wat is het kenteken?
notice-field-vehicle-registration-hint = Bijvoorbeeld AB-123-C.
notice-field-vehicle-value = Hoeveel is het voertuig waard?
notice-field-vehicle-date = Op welke dag hebt u het voertuig gekregen, gekocht of verkocht?
notice-field-bank-account-iban = Wat is het nummer van uw nieuwe rekening (IBAN)?
notice-field-bank-account-iban-hint = Bijvoorbeeld NL91 ABNA 0417 1643 00.
notice-field-bank-account-date = Sinds welke dag hebt u deze rekening?
notice-field-income-this-month-amount = Hoeveel geld hebt u gekregen?
notice-field-income-this-month-month = In welke maand kreeg u dit geld?
notice-field-income-this-month-source = Van wie kreeg u dit geld?
notice-field-income-this-month-source-hint = Bijvoorbeeld van uw werkgever of van het UWV.
notice-field-household-description = Wat verandert er in uw gezin of woning?
notice-field-household-description-hint = Schrijf wie het is en wat er verandert. Bijvoorbeeld: mijn dochter wordt 18 en gaat werken.
notice-field-household-date = Op welke dag verandert het?
notice-field-stay-description = Waar verblijft u, en tot wanneer?
notice-field-stay-description-hint = Schrijf de naam en de plaats van het ziekenhuis, de instelling of het adres. Weet u nog niet tot wanneer? Schrijf dat dan op.
notice-field-stay-date = Op welke dag begint uw verblijf?
notice-field-education-description = Wie begint of stopt met een opleiding, en welke opleiding is het?
notice-field-education-description-hint = Schrijf ook de naam van de school, en of er studiefinanciering is.
notice-field-education-date = Op welke dag begint of stopt de opleiding?
notice-field-justice-description = Wat voor straf is het, en hoelang duurt die?
notice-field-justice-description-hint = Bijvoorbeeld: een taakstraf van 80 uur, twee dagen per week.
notice-field-justice-date = Op welke dag begint de straf?
notice-field-assets-description = Wat is er veranderd in uw bezit, en hoeveel is het waard?
notice-field-assets-description-hint = Bijvoorbeeld: ik heb geld geleend van mijn broer. Of: ik heb mijn fiets verkocht.
notice-field-assets-date = Op welke dag is het veranderd?
notice-field-details-description = Welke gegevens veranderen?
notice-field-details-description-hint = Schrijf de nieuwe gegevens op. Bijvoorbeeld uw nieuwe telefoonnummer, of de naam van uw bewindvoerder.
notice-field-details-date = Vanaf welke dag geldt dit?
notice-field-other-description = Wat is er veranderd?
notice-field-other-description-hint = Schrijf het in uw eigen woorden.
notice-field-other-date = Op welke dag is het veranderd?

## Who you are

notice-field-person-name = Wat is uw naam?
notice-field-person-bsn = Wat is uw burgerservicenummer (BSN)?
notice-field-person-bsn-hint = Uw BSN staat op uw paspoort, identiteitskaart of rijbewijs.
notice-field-person-date-of-birth = Wat is uw geboortedatum?
notice-field-person-phone = Wat is uw telefoonnummer?
notice-field-person-phone-hint = Dan kunnen wij u bellen als wij een vraag hebben.
notice-field-person-email = Wat is uw e-mailadres?
notice-field-person-partner = Woont u samen met een partner?
notice-field-person-partner-yes = Ja
notice-field-person-partner-no = Nee
notice-field-person-partner-name = Wat is de naam van uw partner?
notice-field-person-partner-bsn = Wat is het BSN van uw partner?
notice-field-person-partner-date-of-birth = Wat is de geboortedatum van uw partner?

## Before sending

notice-missing-identity = Vul nog in wie u bent.
notice-missing-changes = Kies nog wat er is veranderd.
notice-missing-details = Vul nog de gegevens over deze verandering in.
notice-missing-outdated = Kijk de gegevens over deze verandering nog een keer na. Een datum klopt niet meer.
notice-missing-declaration = Verklaar nog dat alles wat u hebt ingevuld klopt.
