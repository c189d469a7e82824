# The online change notice: the steps after the start page.

report-optional = (необов’язково)
report-error-label = Помилка:
report-error-prefix = Помилка:
report-error-summary-title = Щось пішло не так
report-step-counter = Крок { $step } з { $steps }
report-back = Назад
report-form-summary = Повідомте про зміну у вашому житті онлайн. Ви отримаєте підтвердження з номером звернення.
report-continue = Далі

report-identity-title = Хто ви?
report-identity-intro = Нам потрібні ваші дані, щоб додати вашу зміну до вашої справи.

report-changes-title = Що змінилося?
report-changes-hint = Виберіть усе, що стосується вас. Можна вибрати більше ніж один варіант.

report-details-intro = Заповніть те, що ви знаєте. Ви в чомусь не впевнені? Тоді напишіть те, що знаєте.
report-file-label = Додати документи (необов’язково)
report-file-hint = Наприклад, розрахунковий лист або договір. Фото з телефона підійде. PDF, JPG або PNG розміром не більше ніж 10 MB. Можна вибрати кілька файлів одночасно.
report-files-heading = Файли
report-file-remove = Видалити { $name }
report-file-remove-short = Видалити
report-size-kb = { $kb } kB
report-size-mb = { $mb } MB

report-check-title = Перевірте свої відповіді
report-change-link = Змінити
report-check-other-changes = Вибрати щось інше або щось додати
report-declaration-heading = Заява
report-declaration-text = Я заявляю, що все, що я заповнив(-ла), правильно і що я нічого не пропустив(-ла).
report-declaration-consequence = Ми використовуємо ці дані, щоб правильно розрахувати вашу допомогу bijstand. Пізніше виявилося, що щось усе ж не так? Тоді повідомте про це якомога швидше. Ми разом знайдемо рішення.
report-submit = Надіслати

report-received-title = Ми отримали ваше повідомлення про зміну
report-received-reference = Ваш номер звернення:
report-received-when = Отримано { $date }.
report-next-heading = Що буде далі?
report-next-1 = Наш працівник розгляне вашу зміну протягом 5 робочих днів.
report-next-2 = Нам щось потрібно від вас? Тоді ми вам зателефонуємо або напишемо. Назвіть тоді ваш номер звернення.
report-next-3 = Ваша допомога bijstand змінюється? Тоді ви отримаєте про це лист.
report-receipt-heading = Ваше підтвердження
report-receipt-intro = Збережіть це підтвердження. У ньому видно, що ви надіслали. Ваш номер BSN і номер рахунку показано в ньому не повністю.
report-receipt-download = Завантажте ваше підтвердження
report-receipt-print = Надрукуйте ваше підтвердження
report-receipt-title = Підтвердження вашого повідомлення про зміну
report-new-heading = Хочете повідомити ще щось?
report-new-button = Повідомити про ще одну зміну

report-problem-expired-title = Ця форма більше не працює
report-problem-expired-text = Можливо, форма була відкрита надто довго або у вашому браузері вимкнено cookies. Те, що ви зберегли раніше, не зникне, якщо ви продовжите на тому самому пристрої.
report-problem-start-again = Продовжити заповнення форми
report-problem-too-many-title = Ви надіслали багато змін
report-problem-too-many-text = За останню годину з цієї адреси надіслали багато змін. Спробуйте ще раз через годину або зателефонуйте нам.
report-problem-not-found-text = Такого кроку форми немає.
report-problem-too-large-title = Це завелике, щоб надіслати
report-problem-too-large-text = Разом файли завеликі. Надсилайте не більше ніж 5 файлів до однієї зміни, кожен не більше ніж 10 MB.
report-problem-error-title = У нас щось пішло не так
report-problem-error-text = Нам не вдалося зберегти ваші дані. Ми нічого не отримали. Спробуйте ще раз через кілька хвилин або зателефонуйте нам.

report-erase-hint = Ви користуєтеся чужим комп'ютером або комп'ютером у бібліотеці? Тоді, коли закінчите, видаліть те, що ви заповнили.
report-erase-button = Зупинити й видалити заповнене
