# Texts of the page frame: skip link, header, language switcher, footer.
# Every message may use the municipality settings: { $municipality }, { $phone },
# { $email }, { $address }, { $website }.

language-name = Українська
site-name = Meldwijzer
site-title-suffix = Meldwijzer { $municipality }
site-summary = Meldwijzer муніципалітету { $municipality }: про що, коли і як треба повідомляти, коли ви отримуєте допомогу bijstand.
skip-link = Перейти до основного вмісту
language-switcher-label = Виберіть мову
footer-contact-heading = Контакти
footer-phone = Зателефонуйте нам: { $phone }
footer-email = Напишіть нам: { $email }
footer-address = Приходьте до нас: { $address }
footer-hours-heading = Години роботи
footer-about-heading = Про цей вебсайт
footer-accessibility-link = Доступність
footer-glossary-link = Словник: складні слова
footer-privacy-note = Цей вебсайт не використовує файли cookie, щоб стежити за вами. Ми запам’ятовуємо лише мову, яку ви вибираєте.
footer-operator = Послуга муніципалітету { $municipality }
opening-hours-line = { $days }: { $opens } – { $closes }
weekday-range = { $from } – { $to }
weekday-mon = понеділок
weekday-tue = вівторок
weekday-wed = середа
weekday-thu = четвер
weekday-fri = п’ятниця
weekday-sat = субота
weekday-sun = неділя
