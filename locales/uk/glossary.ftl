# The glossary page (/<lang>/glossary): difficult words explained. The self-check
# links a word to its explanation; the Dutch word (AOW, taakstraf, …) is what it
# looks for in every language, and also the term as this file writes it.

glossary-title = Словник термінів
glossary-intro = Тут ви прочитаєте, що означають складні слова. Ви побачите ці слова на цьому сайті та в листах про вашу допомогу bijstand.
glossary-summary = Що означають складні слова про допомогу bijstand, простою мовою.
glossary-list-heading = Слова від A до Z
glossary-ask-us = Якогось слова немає? Або ви чогось не розумієте? Зателефонуйте нам за номером { $phone }.
glossary-see = Пояснення складних слів:

glossary-aow-term = AOW
glossary-aow-definition = AOW — це державна пенсія. Ви отримуєте її з пенсійного віку AOW. Її виплачує SVB.
glossary-bbl-term = BBL
glossary-bbl-definition = BBL — це навчання професії на роботі (beroepsbegeleidende leerweg). Ви працюєте на підприємстві й один або два дні на тиждень ходите до школи.
glossary-bewindvoerder-term = bewindvoerder
glossary-bewindvoerder-definition = Bewindvoerder — це людина, яка керує вашими грошима, коли ви не можете добре робити це самі. Її призначає суд.
glossary-duo-term = DUO
glossary-duo-definition = DUO — це державна служба. DUO виплачує студентам фінансову допомогу на навчання.
glossary-huis-van-bewaring-term = huis van bewaring
glossary-huis-van-bewaring-definition = Huis van bewaring (слідчий ізолятор) — це в’язниця для людей, які ще чекають на суд.
glossary-ind-term = IND
glossary-ind-definition = IND — це Служба імміграції та натуралізації. IND вирішує питання дозволів на проживання.
glossary-kalenderjaar-term = календарний рік
glossary-kalenderjaar-definition = Календарний рік (kalenderjaar) триває з 1 січня до 31 грудня.
glossary-openbaar-ministerie-term = Openbaar Ministerie
glossary-openbaar-ministerie-definition = Openbaar Ministerie (прокуратура) вирішує, чи має людина постати перед судом за злочин. Там працює прокурор.
glossary-pgb-term = pgb
glossary-pgb-definition = Pgb — це персональний бюджет на догляд. За ці гроші людина сама оплачує догляд, наприклад у родича.
glossary-rdw-term = RDW
glossary-rdw-definition = RDW веде облік того, хто має автомобіль, мотоцикл чи інший транспортний засіб із номерним знаком.
glossary-taakstraf-term = taakstraf
glossary-taakstraf-definition = Taakstraf — це покарання у вигляді громадських робіт від суду або прокурора. Ви працюєте без оплати або проходите курс.
glossary-taxatie-term = оцінка вартості
glossary-taxatie-definition = Оцінка вартості (taxatie) — це визначення, скільки коштує будинок або інша річ. Її робить оцінювач і записує результат.
glossary-uwv-term = UWV
glossary-uwv-definition = UWV виплачує допомоги, як-от WW, ZW і WIA. UWV також допомагає знайти роботу.
glossary-verklaring-van-erfrecht-term = verklaring van erfrecht
glossary-verklaring-van-erfrecht-definition = Verklaring van erfrecht (свідоцтво про право на спадщину) — це документ від нотаріуса. У ньому написано, хто є спадкоємцями.
glossary-vrijwaringsbewijs-term = vrijwaringsbewijs
glossary-vrijwaringsbewijs-definition = Vrijwaringsbewijs (підтвердження зняття з обліку) ви отримуєте від RDW, коли продаєте транспортний засіб або позбуваєтеся його. Воно показує, що засіб більше не записаний на вас.
glossary-wia-term = WIA
glossary-wia-definition = WIA — це допомога від UWV. Ви отримуєте її, якщо після двох років хвороби не можете працювати або можете працювати менше.
glossary-wtos-term = WTOS
glossary-wtos-definition = WTOS — це гроші від DUO для учнів віком 18 років і старших. Вони допомагають оплачувати витрати на школу.
glossary-ww-term = WW
glossary-ww-definition = WW — це допомога від UWV, коли ви втрачаєте роботу. WW — це закон про безробіття.
glossary-zw-term = ZW
glossary-zw-definition = ZW — це допомога від UWV, коли ви хворієте і не маєте роботодавця. ZW — це закон про лікарняні.
glossary-zzp-term = zzp
glossary-zzp-definition = Zzp’er — це самозайнята особа без працівників. Ви працюєте на себе і нікого не наймаєте.
