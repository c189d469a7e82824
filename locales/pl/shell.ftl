# Texts of the page frame: skip link, header, language switcher, footer.
# Every message may use the municipality settings: { $municipality }, { $phone },
# { $email }, { $address }, { $website }.

language-name = Polski
site-name = Meldwijzer
site-title-suffix = Meldwijzer { $municipality }
site-summary = Meldwijzer gminy { $municipality }: co musisz zgłaszać, gdy dostajesz zasiłek bijstand, kiedy i jak.
skip-link = Przejdź do treści
language-switcher-label = Wybierz język
footer-contact-heading = Kontakt
footer-phone = Zadzwoń do nas: { $phone }
footer-email = Napisz do nas: { $email }
footer-address = Odwiedź nas: { $address }
footer-hours-heading = Godziny otwarcia
footer-about-heading = O tej stronie
footer-accessibility-link = Dostępność
footer-glossary-link = Słowniczek: trudne słowa
footer-privacy-note = Ta strona nie używa plików cookie, żeby cię śledzić. Zapamiętujemy tylko język, który wybierasz.
footer-operator = Usługa gminy { $municipality }
opening-hours-line = { $days }: { $opens } – { $closes }
weekday-range = { $from } – { $to }
weekday-mon = poniedziałek
weekday-tue = wtorek
weekday-wed = środa
weekday-thu = czwartek
weekday-fri = piątek
weekday-sat = sobota
weekday-sun = niedziela
