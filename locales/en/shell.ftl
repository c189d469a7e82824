# Texts of the page frame: skip link, header, language switcher, footer.
# Every message may use the municipality settings: { $municipality }, { $phone },
# { $email }, { $address }, { $website }.

language-name = English
site-name = Meldwijzer
site-title-suffix = Meldwijzer { $municipality }
site-summary = Meldwijzer of the municipality of { $municipality }: what you must report when you get bijstand, when and how.
skip-link = Skip to the content
language-switcher-label = Choose a language
footer-contact-heading = Contact
footer-phone = Call us: { $phone }
footer-email = Email us: { $email }
footer-address = Visit us: { $address }
footer-hours-heading = Opening hours
footer-about-heading = About this website
footer-accessibility-link = Accessibility
footer-glossary-link = Glossary: difficult words
footer-privacy-note = This website does not use cookies to track you. We only remember the language you choose.
footer-operator = A service of the municipality of { $municipality }
opening-hours-line = { $days }: { $opens } – { $closes }
weekday-range = { $from } to { $to }
weekday-mon = Monday
weekday-tue = Tuesday
weekday-wed = Wednesday
weekday-thu = Thursday
weekday-fri = Friday
weekday-sat = Saturday
weekday-sun = Sunday
