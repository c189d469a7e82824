# The glossary page (/<lang>/glossary): difficult words explained. The self-check
# links a word to its explanation; the Dutch word (AOW, taakstraf, …) is what it
# looks for in every language, and also the term as this file writes it.

glossary-title = Словник термінів
glossary-intro = Тут ви прочитаєте, що означають складні слова. Ви побачите ці слова на цьому сайті та в листах про вашу допомогу bijstand.
glossary-list-heading = Слова від A до Z
glossary-ask-us = Якогось слова немає? Або ви чогось не розумієте? Зателефонуйте нам за номером { $phone }.
glossary-see = Пояснення складних слів:

glossary-aow-term = AOW
glossary-aow-definition = AOW — це державна пенсія. Ви отримуєте її з пенсійного віку AOW. Її виплачує SVB.
glossary-bewindvoerder-term = bewindvoerder
glossary-bewindvoerder-definition = Bewindvoerder — це людина, яка керує вашими грошима, коли ви не можете добре робити це самі. Її призначає суд.
glossary-duo-term = DUO
glossary-duo-definition = DUO — це державна служба. DUO виплачує студентам фінансову допомогу на навчання.
glossary-kalenderjaar-term = календарний рік
glossary-kalenderjaar-definition = Календарний рік (kalenderjaar) триває з 1 січня до 31 грудня.
glossary-pgb-term = pgb
glossary-pgb-definition = Pgb — це персональний бюджет на догляд. За ці гроші людина сама оплачує догляд, наприклад у родича.
glossary-rdw-term = RDW
glossary-rdw-definition = RDW веде облік того, хто має автомобіль, мотоцикл чи інший транспортний засіб із номерним знаком.
glossary-taakstraf-term = taakstraf
glossary-taakstraf-definition = Taakstraf — це покарання у вигляді громадських робіт від суду або прокурора. Ви працюєте без оплати або проходите курс.
glossary-uwv-term = UWV
glossary-uwv-definition = UWV виплачує допомоги, як-от WW, ZW і WIA. UWV також допомагає знайти роботу.
glossary-wia-term = WIA
glossary-wia-definition = WIA — це допомога від UWV. Ви отримуєте її, якщо після двох років хвороби не можете працювати або можете працювати менше.
glossary-ww-term = WW
glossary-ww-definition = WW — це допомога від UWV, коли ви втрачаєте роботу. WW — це закон про безробіття.
glossary-zw-term = ZW
glossary-zw-definition = ZW — це допомога від UWV, коли ви хворієте і не маєте роботодавця. ZW — це закон про лікарняні.
glossary-zzp-term = zzp
glossary-zzp-definition = Zzp’er — це самозайнята особа без працівників. Ви працюєте на себе і нікого не наймаєте.
