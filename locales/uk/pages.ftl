# General pages: not found, accessibility statement, errors.

not-found-title = Такої сторінки немає
not-found-text = Можливо, в адресі є помилка. Або сторінка має нове місце.
not-found-home = Перейти на головну сторінку
not-found-contact = Шукаєте щось і не можете знайти? Зателефонуйте нам за номером { $phone }.

accessibility-title = Доступність
accessibility-intro = Кожен повинен мати змогу користуватися цим вебсайтом. Навіть якщо ви погано бачите, користуєтеся допоміжним засобом або ще вчите нідерландську мову.
accessibility-summary = Кожен повинен мати змогу користуватися цим сайтом. Прочитайте, що ми для цього робимо і як повідомити нам про проблему.
accessibility-what-heading = Що ми робимо
accessibility-what-1 = Ви можете робити все без миші, лише за допомогою клавіатури.
accessibility-what-2 = Вебсайт працює на маленькому телефоні, а також коли ви збільшуєте текст удвічі.
accessibility-what-3 = Вебсайт працює також тоді, коли JavaScript вимкнено.
accessibility-what-4 = Тексти є простою нідерландською мовою та ще п’ятьма мовами.
accessibility-what-5 = Ми автоматично перевіряємо кожну сторінку за правилами доступності (WCAG 2.2, рівень AA).
accessibility-problem-heading = Щось не працює як слід?
accessibility-problem-text = Повідомте нам. Напишіть на { $email } або зателефонуйте за номером { $phone }. Ми відповімо протягом п’яти робочих днів.

# Refused requests: what was sent could not be read (too large, broken, a character
# that is not text). The portal's own page instead of the framework's English.
request-too-large-title = Це забагато, щоб надіслати за один раз
request-too-large-text = Те, що ви надіслали, більше, ніж ми можемо прийняти. Скоротіть текст. Або надішліть менше файлів чи менші файли. Поверніться назад і спробуйте ще раз.
request-unreadable-title = Ми не змогли це прочитати
request-unreadable-text = Те, що ви надіслали, дійшло до нас неправильно. Поверніться назад, оновіть сторінку і спробуйте ще раз.
request-bad-text-title = Тут є символ, який ми не можемо прочитати
request-bad-text-text = У тому, що ви надіслали, є символ, який ми не можемо прочитати. Таке іноді буває, коли ви копіюєте і вставляєте текст. Введіть текст ще раз і спробуйте знову.
request-help = Не виходить? Зателефонуйте нам за номером { $phone }.
