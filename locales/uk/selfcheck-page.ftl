# The self-check pages around the questions: start, steps, results.
# The questions and outcomes themselves are in selfcheck.ftl.

selfcheck-page-title = Про що я маю повідомити?
selfcheck-page-summary = Дайте відповідь на кілька запитань про ваше життя. Тоді ви побачите, про що, коли і як треба повідомити.
selfcheck-page-intro = Дайте відповідь на кілька коротких запитань про ваше життя. Потім ви побачите, про що треба повідомити. Ви також побачите, коли і як.
selfcheck-page-trust = Це не перевірка. Тут ви ще ні про що не повідомляєте. Запитання допомагають вам уникнути помилок.
selfcheck-page-time = Це займе приблизно 5 хвилин.
selfcheck-page-start = Почніть відповідати на запитання
selfcheck-progress = Запитання { $current } з приблизно { $total }
selfcheck-next = Далі
selfcheck-back = Назад
selfcheck-start-again = Почати знову
selfcheck-error-summary-title = Виникла проблема
selfcheck-error-prefix = Помилка:
selfcheck-broken-link = Це посилання більше не працює. Почніть відповідати на запитання спочатку.
selfcheck-person-number = Особа { $number }
selfcheck-people-rows-hint = Заповніть один рядок для кожної людини. Інші рядки залиште порожніми.
selfcheck-euro = Сума в євро

# Results
selfcheck-result-title = Ваш особистий список
selfcheck-result-intro = Ось що вам треба зробити після ваших відповідей від { $today }. Почніть згори.
selfcheck-result-group-high = Зробіть це спочатку
selfcheck-result-group-normal = Зробіть це вчасно
selfcheck-result-group-low = Корисно знати
selfcheck-kind-report = Повідомити
selfcheck-kind-no-need = Не треба повідомляти
selfcheck-kind-ask-us = Запитайте нас
selfcheck-label-how = Як про це повідомити?
selfcheck-label-documents = Що надіслати разом із цим?
selfcheck-label-why = Чому це важливо?
selfcheck-read-more = Докладніше:
selfcheck-your-answers = Ваші відповіді
selfcheck-change = Змінити
selfcheck-change-hidden = вашу відповідь на запитання: { $question }
selfcheck-share-heading = Збережіть цей результат
selfcheck-share-text = За цим посиланням ви зможете пізніше знову побачити цей результат. У посиланні є лише ваші відповіді. У ньому немає імені чи номера BSN.
selfcheck-share-link = Посилання на цей результат
selfcheck-print = Надрукуйте цей список
selfcheck-doubt = Сумніваєтеся? Зателефонуйте нам: { $phone }. Або напишіть на { $email }.
selfcheck-report-now-heading = Повідомте зараз
selfcheck-report-now-text = Ви можете одразу повідомити про ці зміни онлайн. Те, про що треба повідомити, вже буде заповнено у формі.
selfcheck-report-now-link = Повідомити про ці зміни
