# Texts of the page frame: skip link, header, language switcher, footer.
# Every message may use the municipality settings: { $municipality }, { $phone },
# { $email }, { $address }, { $website }.

language-name = Nederlands
site-name = Meldwijzer
site-title-suffix = Meldwijzer { $municipality }
site-summary = Meldwijzer van de gemeente { $municipality }: wat u moet doorgeven als u bijstand krijgt, wanneer en hoe.
skip-link = Direct naar de inhoud
language-switcher-label = Kies een taal
footer-contact-heading = Contact
footer-phone = Bel ons: { $phone }
footer-email = Mail ons: { $email }
footer-address = Kom langs: { $address }
footer-hours-heading = Openingstijden
footer-about-heading = Over deze website
footer-accessibility-link = Toegankelijkheid
footer-glossary-link = Woordenlijst: moeilijke woorden
footer-privacy-note = Deze website gebruikt geen cookies om u te volgen. Wij onthouden alleen de taal die u kiest.
footer-operator = Een dienst van de gemeente { $municipality }
opening-hours-line = { $days }: { $opens } – { $closes } uur
weekday-range = { $from } tot en met { $to }
weekday-mon = maandag
weekday-tue = dinsdag
weekday-wed = woensdag
weekday-thu = donderdag
weekday-fri = vrijdag
weekday-sat = zaterdag
weekday-sun = zondag
