# The self-check: what must I report? Questions, answers and outcomes.
# The ids come from content/selfcheck.toml. Figures are always variables.

# Shared parts
selfcheck-answer-yes = Так
selfcheck-answer-no = Ні
selfcheck-period-from = З
selfcheck-period-to = По (включно)
selfcheck-people-count = Про скільки людей ідеться?
selfcheck-person-age = Вік
selfcheck-person-birth-month = Місяць і рік народження
selfcheck-amount-hint = Введіть суму в євро, наприклад 150 або 150,50.
selfcheck-date-hint = Ви не знаєте точного дня? Тоді виберіть найближчий день.
selfcheck-several-hint = Ви можете вибрати кілька відповідей.
selfcheck-deadline = Повідомте про це не пізніше ніж { $deadline }.
selfcheck-deadline-passed = Ця дата вже минула: { $deadline }. Повідомте про це зараз. Це завжди краще, ніж не повідомити зовсім.
selfcheck-no-deadline = Повідомте про це якнайшвидше.
selfcheck-nothing-stored = Ми не зберігаємо ваших відповідей. Вони є лише в адресі цієї сторінки.

# Field errors
selfcheck-error-unknown-question = Ми не знаємо цього запитання. Почніть відповідати на запитання спочатку.
selfcheck-error-empty = Дайте відповідь на це запитання.
selfcheck-error-too-long = Ця відповідь задовга. Скоротіть її.
selfcheck-error-unknown-option = Виберіть одну з відповідей.
selfcheck-error-date = Введіть дату, яка існує, наприклад 3 березня 2026.
selfcheck-error-amount = Введіть суму, наприклад 150 або 150,50.
selfcheck-error-amount-negative = Введіть суму без знака мінус.
selfcheck-error-amount-too-large = Ця сума завелика. Перевірте, чи правильно ви її ввели.
selfcheck-error-number = Введіть ціле число, наприклад 7.
selfcheck-error-period-from = Введіть перший день.
selfcheck-error-period-to = Введіть останній день.
selfcheck-error-period-order = Останній день стоїть раніше за перший. Перевірте, чи правильно ви ввели дати.
selfcheck-error-people-count = Заповніть дані для кожної людини.
selfcheck-error-age = Введіть вік у роках, наприклад 22.
selfcheck-error-birth-month = Введіть місяць і рік, які вже минули, наприклад 05-2008.

# Life areas
selfcheck-life-areas = Що сталося або що станеться?
selfcheck-life-areas-hint = Виберіть усе, що стосується вас. Потім ми поставимо лише ті запитання, які до цього належать.
selfcheck-life-areas-work = Робота або дохід
selfcheck-life-areas-household = Сім’я або житло
selfcheck-life-areas-money = Гроші або майно, наприклад автомобіль або заощадження
selfcheck-life-areas-gifts = Подарунки (giften): гроші або допомога від інших людей
selfcheck-life-areas-windfall = Спадщина, виграш або відшкодування збитків
selfcheck-life-areas-travel = Поїздки або перебування в іншому місці
selfcheck-life-areas-institution = В’язниця, лікарня або інший заклад
selfcheck-life-areas-education = Освіта або навчання
selfcheck-life-areas-admin = Банківський рахунок або контактні дані
selfcheck-life-areas-other = Щось інше

# Work and income
selfcheck-work-change = Що змінюється у вашій роботі або доході?
selfcheck-work-change-job-started = Я починаю працювати або маю нову роботу
selfcheck-work-change-job-stopped = Я припиняю працювати
selfcheck-work-change-hours-changed = Я працюватиму більше або менше годин
selfcheck-work-change-side-jobs = Я виконую дрібні роботи або доглядаю за дітьми за гроші
selfcheck-work-change-self-employed = Я працюю на себе, наприклад як zzp’er (самозайнята особа)
selfcheck-work-change-internship = Я починаю стажування
selfcheck-work-change-volunteering = Я починаю волонтерську роботу
selfcheck-work-change-informal-care = Я доглядаю за кимось із родини або знайомих (mantelzorg)
selfcheck-work-change-benefit = Я отримую пенсію, WW, ZW або WIA, або ця сума змінюється
selfcheck-work-change-aow = Я скоро отримуватиму AOW (державну пенсію)
selfcheck-work-change-alimony = Я отримую аліменти, або змінюється їхня сума
selfcheck-work-change-household-income = Хтось у моєму домі отримує дохід, також дитина
selfcheck-work-change-tax-refund = Belastingdienst (податкова служба) повертає мені гроші
selfcheck-work-change-deposit = На мій рахунок надійшли гроші, і я маю пояснити, звідки вони
selfcheck-care-paid = Ви отримуєте гроші за цей догляд?
selfcheck-care-paid-hint = Наприклад, гроші з персонального бюджету (pgb).
selfcheck-work-date = Коли це починається або змінюється?
selfcheck-household-date = Коли це сталося або коли це станеться?
selfcheck-money-date = Коли ви це отримали, купили або продали?
selfcheck-windfall-date = Коли ви це отримали або коли ви про це дізналися?
selfcheck-institution-date = Якого дня це почалося або почнеться?
selfcheck-education-date = Коли навчання починається або закінчується?

# Household and housing
selfcheck-household-change = Що змінюється у вашій сім’ї або у вашому житлі?
selfcheck-household-change-moves-in = Хтось починає жити зі мною
selfcheck-household-change-moves-out = Хтось від мене виїжджає
selfcheck-household-change-relationship = Я починаю жити з партнером, одружуюся або розходжуся
selfcheck-household-change-birth = Народжується дитина
selfcheck-household-change-death = Хтось у моєму домі помер
selfcheck-household-change-turns-age = Моїй дитині або сусідові по житлу виповнюється 18, 21 або 27 років
selfcheck-household-change-moving-house = Я переїжджаю в межах тієї самої громади
selfcheck-household-change-rent-change = Змінюється моя орендна плата або іпотека
selfcheck-household-change-lodger = Я здаю в оренду кімнату або частину свого житла
selfcheck-household-change-care-household = Я починаю жити з кимось, бо одному з нас потрібен догляд
selfcheck-moves-in-who = Хто починає жити з вами?
selfcheck-moves-in-who-partner = Мій партнер
selfcheck-moves-in-who-child = Моя дитина
selfcheck-moves-in-who-other = Хтось інший, наприклад друг або родич
selfcheck-moves-in-ages = Скільки років людям, які починають жити з вами?
selfcheck-moves-in-ages-hint = Введіть вік кожної людини. Людина віком від 27 років зазвичай ділить із вами витрати на житло. Повідомте також про молодших людей.
selfcheck-relationship-change = Що зміниться?
selfcheck-relationship-change-living-together = Я починаю жити разом із партнером
selfcheck-relationship-change-marriage = Я одружуюся або реєструю партнерство (geregistreerd partnerschap)
selfcheck-relationship-change-separation = Я розходжуся або розлучаюся
selfcheck-turns-who = Кому виповнюється 18, 21 або 27 років?
selfcheck-turns-who-child = Моїй дитині
selfcheck-turns-who-housemate = Іншій людині, яка живе зі мною
selfcheck-turns-birth-months = У якому місяці та році народилася ця людина?
selfcheck-turns-birth-months-hint = Введіть лише місяць і рік, наприклад 05-2008 для травня 2008 року. Ідеться про кількох людей? Тоді введіть місяць і рік для кожного.

# Money and possessions
selfcheck-money-change = Що змінилося у ваших грошах або майні?
selfcheck-money-change-vehicle = Я отримав(-ла) або купив(-ла) автомобіль, мотоцикл, караван (житловий причіп) або інший транспортний засіб із номерним знаком
selfcheck-money-change-vehicle-use = Я часто користуюся автомобілем іншої людини
selfcheck-money-change-savings = У мене стало більше заощаджень, акцій або криптовалюти
selfcheck-money-change-property = Я отримав(-ла) або купив(-ла) будинок або землю, також за кордоном
selfcheck-money-change-valuables = Я отримав(-ла) або купив(-ла) прикраси або інші дорогі речі
selfcheck-money-change-sold = Я продав(-ла) щось цінне

# Gifts
selfcheck-gift-kind = Яку допомогу або які гроші ви отримуєте від інших людей?
selfcheck-gift-kind-regular = Я щомісяця отримую гроші від когось
selfcheck-gift-kind-once = Мені один раз або кілька разів дали гроші
selfcheck-gift-kind-bills-paid = Хтось оплачує за мене рахунки, наприклад мою медичну страховку
selfcheck-gift-kind-goods = Хтось часто дає мені речі, наприклад продукти або одяг
selfcheck-gift-kind-food-bank = Я отримую продуктові набори від банку їжі (voedselbank)
selfcheck-gift-monthly-amount = Скільки грошей ви отримуєте щомісяця?
selfcheck-gift-monthly-since = Відколи ви отримуєте ці гроші?
selfcheck-gift-monthly-since-hint = Введіть день, коли ви отримали ці гроші вперше.
selfcheck-gift-total = Скільки грошей ви і ваш партнер разом отримали в цьому календарному році?
selfcheck-gift-total-hint = Додайте всі окремі грошові подарунки цього календарного року, також ті, що отримав партнер. Не враховуйте гроші, які ви отримуєте щомісяця.
selfcheck-gift-date = Коли ви отримали останній подарунок?
selfcheck-bills-paid-since = Відколи хтось оплачує ваші рахунки?

# Inheritance, prizes and compensation
selfcheck-windfall-kind = Що ви отримали?
selfcheck-windfall-kind-inheritance = Спадщину будь-якого розміру, також автомобіль або речі
selfcheck-windfall-kind-prize = Виграш або гроші з лотереї чи азартної гри
selfcheck-windfall-kind-compensation = Відшкодування збитків
selfcheck-windfall-kind-pension-buyout = Мою пенсію, виплачену одразу всією сумою

# Travel and stays elsewhere
selfcheck-travel-kind = Куди ви їдете?
selfcheck-travel-kind-abroad = Я їду за кордон або вже їздив(-ла) туди
selfcheck-travel-kind-elsewhere = Я якийсь час ночуватиму в іншому місці в Нідерландах
selfcheck-travel-kind-emigrate = Я переїжджаю жити за кордон
selfcheck-trip-dates = Коли ви їдете і коли повертаєтеся?
selfcheck-trip-dates-hint = День від’їзду не враховується. День повернення враховується.
selfcheck-abroad-earlier-days = Скільки днів ви вже були за кордоном у календарному році, в якому починається ця поїздка?
selfcheck-abroad-earlier-days-hint = Рахуйте лише дні до цієї поїздки. Ваша поїздка починається, наприклад, у березні 2027 року? Тоді рахуйте лише дні у 2027 році. Не рахуйте день від’їзду, але рахуйте день повернення. Ви ще нікуди не їздили? Тоді введіть 0.
selfcheck-trip-reason = Чому ви їдете?
selfcheck-trip-reason-holiday = Відпустка або відвідування родини
selfcheck-trip-reason-family-emergency = Родич тяжко хворий або помер
selfcheck-trip-reason-other = Інша причина
selfcheck-stay-dates = З якого і по який день ви ночуєте в іншому місці?
selfcheck-stay-dates-hint = Наприклад, у родини, у друга або в будинку для відпочинку в Нідерландах.
selfcheck-emigrate-date = Якого дня ви виїжджаєте за кордон або виїхали?

# Detention, hospital and institutions
selfcheck-institution-kind = Що сталося?
selfcheck-institution-kind-detention = Я маю піти до в’язниці, або мене затримали
selfcheck-institution-kind-hospital = Я лягаю в лікарню
selfcheck-institution-kind-care-home = Я переїжджаю до будинку догляду або іншого закладу догляду
selfcheck-institution-kind-rehab = Я лягаю в реабілітаційну клініку для людей із залежністю
selfcheck-institution-kind-community-service = Мені призначили покарання у вигляді громадських робіт (taakstraf)

# Education
selfcheck-education-who = Хто починає або закінчує навчання?
selfcheck-education-who-me = Я
selfcheck-education-who-child = Моя дитина
selfcheck-education-who-housemate = Інша людина, яка живе зі мною і отримує studiefinanciering (фінансування на навчання)
selfcheck-housemate-27-plus = Цій людині 27 років або більше?

# Bank account and contact details
selfcheck-admin-change = Що змінюється?
selfcheck-admin-change-bank-account = У мене новий банківський рахунок
selfcheck-admin-change-phone = У мене новий номер телефону
selfcheck-admin-change-email = У мене нова адреса електронної пошти
selfcheck-admin-change-carer-access = Я доглядаю за кимось і маю доступ до банківського рахунку цієї людини
selfcheck-admin-change-guardian = Мені призначають bewindvoerder (людину, яка керує моїми грошима)

# How to report
selfcheck-how-change-form = Скористайтеся формуляром «Повідомити про зміну» на цьому вебсайті. Або зателефонуйте нам за номером { $phone }.
selfcheck-how-change-form-or-call = Скористайтеся формуляром «Повідомити про зміну». Ви не можете зробити це самі? Тоді хтось інший може зробити це за вас або зателефонувати нам за номером { $phone }.
selfcheck-how-monthly-statement = Щомісяця заповнюйте формуляр про доходи. Робіть це до { $statement-day }-го числа місяця.
selfcheck-how-travel = Скористайтеся формуляром «Повідомити про зміну». Введіть дату від’їзду, дату повернення і країну.
selfcheck-how-ask-us = Зателефонуйте нам за номером { $phone } або напишіть на { $email }. Ми разом із вами подивимося, що вам треба зробити.

# Why it matters
selfcheck-why-income = Інший дохід може змінити розмір вашої допомоги bijstand. Якщо ви швидко повідомите про це, ви отримаєте правильну суму. Ви все одно отримали забагато? Тоді сума, яку, можливо, треба повернути, буде меншою.
selfcheck-why-work-duties = Це може вплинути на домовленості про роботу, які у вас є з нами.
selfcheck-why-assets = Ваше майно впливає на ваше право на bijstand. Якщо ви про нього повідомите, ми зможемо це правильно перевірити.
selfcheck-why-household = Те, хто живе з вами, впливає на розмір вашої допомоги bijstand.
selfcheck-why-partner = Якщо у вас є партнер, ви разом отримуєте одну допомогу bijstand. Тоді сума інша.
selfcheck-why-cost-sharing = З вами живе людина віком від 27 років? Тоді ви ділите витрати на житло. Тому ви часто отримуєте менше bijstand. Це називається kostendelersnorm. Не враховуються студенти, які можуть отримувати studiefinanciering, учні BBL та орендарі з діловою домовленістю. Дохід сусіда по житлу не враховується, враховується лише дохід партнера.
selfcheck-why-housing = Ваша адреса і витрати на житло потрібні, щоб правильно розрахувати вашу допомогу bijstand.
selfcheck-why-windfall = Гроші або майно, які ви отримуєте, впливають на вашу допомогу bijstand. Це стосується будь-якої суми.
selfcheck-why-travel = Якщо ви отримуєте bijstand, ви можете бути за кордоном не більше ніж { $days-abroad ->
        [one] { $days-abroad } день
        [few] { $days-abroad } дні
        [many] { $days-abroad } днів
       *[other] { $days-abroad } дня
    } за календарний рік. Одна поїздка також не може тривати довше ніж { $days-abroad ->
        [one] { $days-abroad } день
        [few] { $days-abroad } дні
        [many] { $days-abroad } днів
       *[other] { $days-abroad } дня
    } поспіль. Якщо ви повідомите про поїздку заздалегідь, ви будете впевнені, що ваша допомога bijstand не припиниться.

# Outcomes: work and income
selfcheck-out-job-started-what = { $when ->
        [past] Повідомте, що ви почали працювати. Скажіть, у кого, скільки годин і скільки ви заробляєте.
       *[future] Повідомте, що ви починаєте працювати. Скажіть, у кого, скільки годин і скільки ви заробляєте.
    }
selfcheck-out-job-started-documents = Ваш трудовий договір, а пізніше ваші розрахункові листки із зарплатою.
selfcheck-out-monthly-income-what = Щомісяця повідомляйте, скільки ви заробили.
selfcheck-out-monthly-income-documents = Ваш розрахунковий листок із зарплатою або список того, скільки ви заробили.
selfcheck-out-job-stopped-what = { $when ->
        [past] Повідомте, що ви припинили працювати, і з якого дня.
       *[future] Повідомте, що ви припиняєте працювати, і з якого дня.
    }
selfcheck-out-job-stopped-documents = Лист про закінчення вашої роботи і ваш останній розрахунковий листок.
selfcheck-out-hours-changed-what = Повідомте, скільки годин ви працюватимете і з якого дня.
selfcheck-out-hours-changed-documents = Новий договір або лист від вашого роботодавця.
selfcheck-out-side-jobs-what = Повідомте, які дрібні роботи ви виконуєте, для кого і що ви за це отримуєте.
selfcheck-out-side-jobs-documents = Список робіт і того, що ви за них отримали.
selfcheck-out-self-employed-what = Повідомте, що ви працюєте на себе. Скажіть, хто ваші клієнти і скільки ви заробляєте.
selfcheck-out-self-employed-documents = Ваша реєстрація в Kamer van Koophandel (Торговій палаті) і ваші рахунки-фактури.
selfcheck-out-internship-what = Повідомте, що ви проходитимете стажування, де і скільки годин.
selfcheck-out-internship-documents = Договір про стажування.
selfcheck-out-volunteering-what = Повідомте, що ви робитимете волонтерську роботу, де і скільки годин.
selfcheck-out-volunteering-documents = Ви отримуєте за це компенсацію? Тоді надішліть також домовленості про неї.
selfcheck-out-informal-care-reason = Ви доглядаєте за кимось і не отримуєте за це грошей? Це mantelzorg. Про це не треба повідомляти як про роботу. Догляд забирає багато часу і не узгоджується з вашими домовленостями щодо роботи? Тоді обговоріть це зі своїм консультантом (consulent). Добре, що ви доглядаєте за кимось.
selfcheck-out-paid-care-what = Повідомте, що ви отримуєте гроші за догляд, який надаєте, і скільки.
selfcheck-out-paid-care-documents = Договір або домовленості щодо pgb.
selfcheck-out-benefit-what = Повідомте, яку соціальну виплату або яку пенсію ви отримуєте, і скільки.
selfcheck-out-benefit-documents = Лист від UWV або від вашого пенсійного фонду.
selfcheck-out-aow-what = Повідомте, коли починається ваша AOW.
selfcheck-out-aow-documents = Лист від SVB про вашу AOW.
selfcheck-out-aow-why = Коли починається ваша AOW, ваша допомога bijstand припиняється. Ваша AOW менша за суму bijstand, наприклад тому, що ви не завжди жили в Нідерландах? Тоді можна попросити в SVB доплату. Вона називається AIO. Повідомте про AOW вчасно. Тоді потім доведеться повернути якомога менше.
selfcheck-out-alimony-what = Повідомте, скільки аліментів ви отримуєте і з якого часу.
selfcheck-out-alimony-documents = Рішення суду або домовленості про аліменти.
selfcheck-out-household-income-what = Повідомте, хто у вашому домі отримує дохід, і скільки.
selfcheck-out-household-income-documents = Розрахунковий листок цієї людини або лист про її соціальну виплату.
selfcheck-out-household-income-why = Дохід партнера впливає на вашу допомогу bijstand. Дохід дитини або співмешканця зазвичай не впливає. Все одно повідомте про нього. Ми перевіримо, чи він враховується.
selfcheck-out-tax-refund-what = Повідомте, скільки грошей вам повертає Belastingdienst.
selfcheck-out-tax-refund-documents = Лист від Belastingdienst.
selfcheck-out-deposit-what = Повідомте, яка сума надійшла на ваш рахунок і від кого.
selfcheck-out-deposit-documents = Ваша банківська виписка і, якщо воно у вас є, підтвердження того, звідки ці гроші.
selfcheck-out-deposit-why = Гроші, які ви отримуєте, можуть впливати на вашу допомогу bijstand. Повідомте про них. Ми перевіримо, чи вони враховуються.

# Outcomes: household and housing
selfcheck-out-partner-moves-in-what = Повідомте, що ваш партнер починає жити з вами, і з якого дня.
selfcheck-out-moves-in-documents = Ім’я і дата народження кожного, хто починає жити з вами.
selfcheck-out-moves-in-27-plus-what = Повідомте, хто починає жити з вами, і з якого дня. { $aged-count ->
        [one] З вами починає жити { $aged-count } людина
        [few] З вами починають жити { $aged-count } людини
        [many] З вами починають жити { $aged-count } людей
       *[other] З вами починає жити { $aged-count } людини
    } віком від 27 років.
selfcheck-out-moves-in-under-27-what = Повідомте, хто починає жити з вами, і з якого дня. Це треба зробити, навіть якщо людині менше 27 років.
selfcheck-out-moves-out-what = Повідомте, хто від вас виїжджає, і якого дня.
selfcheck-out-moves-out-documents = Нова адреса людини, яка виїжджає, якщо ви її знаєте.
selfcheck-out-living-together-what = Повідомте, що ви починаєте жити разом або одружуєтеся, і з якого дня.
selfcheck-out-living-together-documents = Ім’я і дата народження вашого партнера, а також дані про його або її дохід.
selfcheck-out-separation-what = Повідомте, що ви розходитеся, і з якого дня.
selfcheck-out-separation-documents = Якщо вони у вас є: документи про розлучення або про аліменти.
selfcheck-out-birth-what = Повідомте, що народилася ваша дитина.
selfcheck-out-death-what = Повідомте, хто помер і якого дня. Прийміть наші співчуття з приводу вашої втрати.
selfcheck-out-child-turns-age-what = Вашій дитині виповниться { $turns-age } у такому місяці: { $turns-month }. Повідомте про це.
selfcheck-out-child-turns-age-documents = Дані про школу, роботу або дохід вашої дитини.
selfcheck-out-child-turns-age-why = У 18, 21 і 27 років для вашої допомоги bijstand дещо змінюється. З 27 років ваша дитина зазвичай ділить із вами витрати на житло. Це не стосується дитини, яка може отримувати studiefinanciering або навчається за програмою BBL.
selfcheck-out-turns-later-reason = Зараз вам ще нічого не треба повідомляти. Вашій дитині або сусідові по житлу виповниться { $turns-age } у такому місяці: { $turns-month }. Тоді повідомте про це.
selfcheck-out-housemate-turns-27-what = Вашому сусідові по житлу виповниться 27 років у такому місяці: { $turns-month }. Повідомте про це. З 27 років сусід по житлу зазвичай ділить із вами витрати на житло.
selfcheck-out-turns-age-unclear-reason = З ваших відповідей ми не можемо зрозуміти, про що вам треба повідомити. Ми охоче вам допоможемо.
selfcheck-out-moving-house-what = { $when ->
        [past] Повідомте свою нову адресу і день, коли ви переїхали.
       *[future] Повідомте свою нову адресу і день переїзду.
    }
selfcheck-out-rent-documents = Договір оренди або лист про нову орендну плату чи іпотеку.
selfcheck-out-rent-change-what = Повідомте, якою буде ваша орендна плата або іпотека і з якого часу.
selfcheck-out-lodger-what = Повідомте, що ви здаєте кімнату, кому і за скільки грошей.
selfcheck-out-lodger-documents = Договір оренди з людиною, яка орендує у вас кімнату.
selfcheck-out-care-household-what = { $when ->
        [past] Повідомте, що ви почали жити разом, бо одному з вас потрібен догляд. Напишіть, з ким, за якою адресою і з якого дня.
       *[future] Повідомте, що ви житимете разом, бо одному з вас потрібен догляд. Напишіть, з ким, за якою адресою і з якого дня.
    }
selfcheck-out-care-household-documents = Ім’я та дата народження людини, до якої ви переїжджаєте або яка переїжджає до вас.
selfcheck-out-care-household-why = Ваша адреса і те, хто з вами живе, впливають на вашу допомогу bijstand. З 2026 року спільне проживання заради догляду саме по собі більше не означає одне домогосподарство. Ми разом з вами подивимося, що це означає для вас.

# Outcomes: money and possessions
selfcheck-out-vehicle-what = Повідомте, який транспортний засіб ви отримали або купили і скільки він коштує.
selfcheck-out-vehicle-documents = Свідоцтво про реєстрацію транспортного засобу (kentekenbewijs) і, якщо він у вас є, договір купівлі-продажу.
selfcheck-out-vehicle-use-what = Повідомте, чий автомобіль ви часто використовуєте і як часто.
selfcheck-out-savings-what = Повідомте, скільки у вас заощаджень, акцій або криптовалюти.
selfcheck-out-savings-documents = Свіжа виписка з вашого банківського або інвестиційного рахунку.
selfcheck-out-property-what = Повідомте, який будинок або яка земля у вас є, де це і скільки це коштує.
selfcheck-out-property-documents = Документи від нотаріуса або оцінка вартості.
selfcheck-out-valuables-what = Повідомте, що ви отримали або купили і скільки це приблизно коштує.
selfcheck-out-sold-what = Повідомте, що ви продали і за скільки грошей.
selfcheck-out-sold-documents = Підтвердження продажу, наприклад банківська виписка.

# Outcomes: gifts
selfcheck-out-gifts-over-limit-what = Ваші подарунки у { $gift-year } році перевищать { $gift-limit }. { $when ->
        [past] Це сталося { $passes-on }. Повідомте про подарунки зараз.
       *[future] Це станеться { $passes-on }. Тоді повідомте про подарунки.
    }
selfcheck-out-gifts-next-year-what = Цей подарунок триватиме і в { $next-year } році? Тоді ваші подарунки перевищать { $gift-limit } { $next-passes-on }. Тоді повідомте про них. У січні { $next-year } року пройдіть ці питання ще раз.
selfcheck-out-gifts-documents = Список подарунків: від кого, скільки і коли.
selfcheck-out-gifts-why = Грошові подарунки до { $gift-limit } за календарний рік не впливають на вашу допомогу bijstand. Ця сума — для вас і вашого партнера разом. Ви можете отримати й більше. Але те, що понад цю суму, може враховуватися. Ми подивимося на це разом з вами.
selfcheck-out-gifts-at-limit-reason = Вам не треба нічого повідомляти. Ваші подарунки у { $gift-year } році разом становлять { $gift-total }. Це точно межа { $gift-limit }. Отримаєте у { $gift-year } році ще щось? Тоді перевірте знову.
selfcheck-out-gifts-under-limit-reason = Вам не треба нічого повідомляти. Ваші подарунки у { $gift-year } році разом становлять { $gift-total }. Це менше за { $gift-limit }. Отримаєте у { $gift-year } році ще щось? Тоді перевірте знову.
selfcheck-out-bills-paid-what = Повідомте, хто і які рахунки за вас оплачує, і скільки на місяць.
selfcheck-out-bills-paid-documents = Список рахунків, які хтось оплачує за вас.
selfcheck-out-bills-paid-why = Хтось оплачує ваші рахунки, наприклад батько чи мати платить за ваше медичне страхування? Це може впливати на вашу допомогу bijstand. Ми перевіримо, чи це враховується.
selfcheck-out-goods-reason = Продукти або речі не входять у межу { $gift-limit } для подарунків. Ця межа стосується лише грошей. Ви часто отримуєте від когось продукти або речі? Тоді запитайте нас, чи треба про це повідомити. Пакунки з банку їжі ніколи не враховуються.
selfcheck-out-food-bank-reason = Вам не треба нічого повідомляти. Продуктові набори від банку їжі (voedselbank) ніколи не впливають на вашу допомогу bijstand.

# Outcomes: inheritance, prizes and compensation
selfcheck-out-inheritance-what = Повідомте про спадщину, навіть якщо це мало грошей або речі, наприклад автомобіль.
selfcheck-out-inheritance-documents = Свідоцтво про право на спадщину (verklaring van erfrecht) або лист від нотаріуса. Якщо це автомобіль, також kentekenbewijs.
selfcheck-out-prize-what = Повідомте, що ви виграли і скільки це коштує.
selfcheck-out-prize-documents = Підтвердження виграшу, наприклад лист або банківська виписка.
selfcheck-out-compensation-what = Повідомте, скільки відшкодування збитків ви отримуєте і за що.
selfcheck-out-compensation-documents = Лист про відшкодування збитків.
selfcheck-out-pension-buyout-what = Повідомте, яку суму пенсії ви отримуєте одразу.
selfcheck-out-pension-buyout-documents = Лист від вашого пенсійного фонду.

# Outcomes: travel and stays elsewhere
selfcheck-out-trip-within-limit-what = Повідомте про свою поїздку заздалегідь. Ця поїздка рахується як { $trip-days ->
        [one] { $trip-days } день
        [few] { $trip-days } дні
        [many] { $trip-days } днів
       *[other] { $trip-days } дня
    }. У { $trip-year } році ви тоді будете за кордоном { $days-used ->
        [one] { $days-used } день
        [few] { $days-used } дні
        [many] { $days-used } днів
       *[other] { $days-used } дня
    }. У { $trip-year } році { $days-left ->
        [one] у вас залишиться ще { $days-left } день
        [few] у вас залишаться ще { $days-left } дні
        [many] у вас залишиться ще { $days-left } днів
       *[other] у вас залишиться ще { $days-left } дня
    }.
selfcheck-out-trip-reaches-limit-what = Повідомте про свою поїздку заздалегідь. З цією поїздкою ви досягаєте рівно максимуму: { $days-abroad ->
        [one] { $days-abroad } день
        [few] { $days-abroad } дні
        [many] { $days-abroad } днів
       *[other] { $days-abroad } дня
    }. Ця поїздка рахується як { $trip-days ->
        [one] { $trip-days } день
        [few] { $trip-days } дні
        [many] { $trip-days } днів
       *[other] { $trip-days } дня
    }. У { $trip-year } році ви будете за кордоном { $days-used ->
        [one] { $days-used } день
        [few] { $days-used } дні
        [many] { $days-used } днів
       *[other] { $days-used } дня
    }. Хочете поїхати ще раз у тому самому календарному році? Тоді спочатку зв’яжіться з нами.
selfcheck-out-trip-over-limit-what = Увага: з цією поїздкою ви будете за кордоном задовго. Можна бути за кордоном { $days-abroad ->
        [one] { $days-abroad } день
        [few] { $days-abroad } дні
        [many] { $days-abroad } днів
       *[other] { $days-abroad } дня
    } за календарний рік і не довше ніж { $days-abroad ->
        [one] { $days-abroad } день
        [few] { $days-abroad } дні
        [many] { $days-abroad } днів
       *[other] { $days-abroad } дня
    } поспіль. Ця поїздка рахується як { $trip-days ->
        [one] { $trip-days } день
        [few] { $trip-days } дні
        [many] { $trip-days } днів
       *[other] { $trip-days } дня
    }. У { $trip-year } році ви будете за кордоном { $days-used ->
        [one] { $days-used } день
        [few] { $days-used } дні
        [many] { $days-used } днів
       *[other] { $days-used } дня
    }. Це на { $days-over ->
        [one] { $days-over } день
        [few] { $days-over } дні
        [many] { $days-over } днів
       *[other] { $days-over } дня
    } більше, ніж можна. Повідомте про свою поїздку заздалегідь.
selfcheck-out-trip-over-limit-why = За дні понад межу ви не отримуєте допомоги bijstand. Іноді допомога навіть припиняється повністю. Тоді після повернення вам треба знову подати заяву на bijstand. Можливо, ви можете скоротити поїздку. Зв’яжіться з нами, якщо це неможливо.
selfcheck-out-trip-documents = Зберігайте свої квитки і бронювання ще 3 місяці після повернення. Ми можемо попросити їх показати.
selfcheck-out-trip-hardship-reason = Ви їдете, бо ваш родич тяжко хворий або помер? Виняток можливий лише з дуже нагальних причин. Таке буває дуже рідко. Зателефонуйте нам до від’їзду.
selfcheck-out-stay-elsewhere-what = Повідомте, де ви зупиняєтеся і як довго. Зробіть це до від’їзду.
selfcheck-out-stay-elsewhere-why = Ми повинні знати, де ви живете і ночуєте. Це пов’язано з вашим правом на bijstand.
selfcheck-out-short-stay-reason = Вам не треба нічого повідомляти. Кілька днів погостювати в іншому місці можна без повідомлення.
selfcheck-out-emigration-what = { $when ->
        [past] Повідомте, що ви переїхали жити за кордон, і в який день ви виїхали.
       *[future] Повідомте, що ви переїжджаєте жити за кордон, і в який день ви виїжджаєте.
    }
selfcheck-out-emigration-why = Допомогу bijstand отримують лише ті, хто живе в Нідерландах. Ви переїжджаєте жити за кордон? Тоді ваша допомога припиняється в день від’їзду. Повідомите надто пізно? Тоді доведеться повернути допомогу.

# Outcomes: detention, hospital and institutions
selfcheck-out-detention-what = Повідомте, що ви у в’язниці або вас затримали, і з якого дня.
selfcheck-out-detention-why = З першого дня під вартою ви не отримуєте допомоги bijstand. Ми також дізнаємося про це від Dienst Justitiële Inrichtingen (служби пенітенціарних установ). Якщо ви повідомите самі, потім доведеться повернути менше.
selfcheck-out-institution-stay-what = Повідомте, що вас кладуть до лікарні або закладу, куди саме і з якого дня.
selfcheck-out-institution-stay-documents = Лист від лікарні або закладу, якщо він у вас є.
selfcheck-out-institution-stay-why = Якщо ви перебуваєте в закладі, розмір вашої допомоги bijstand може змінитися.
selfcheck-out-community-service-what = Повідомте, що вам призначили громадські роботи (taakstraf), і коли ви їх виконуватимете.
selfcheck-out-community-service-documents = Лист про ваше покарання у вигляді громадських робіт.

# Outcomes: education
selfcheck-out-education-what = Повідомте, хто починає або закінчує навчання, яке саме навчання і з якого часу.
selfcheck-out-education-documents = Підтвердження зарахування і, якщо є, лист від DUO про студентське фінансування або WTOS.
selfcheck-out-education-why = Навчання може вплинути на вашу допомогу bijstand, на kinderbijslag (допомогу на дітей) або на studiefinanciering.
selfcheck-out-housemate-student-finance-what = Повідомте, що ваш сусід по житлу отримує studiefinanciering або що вона припиняється.
selfcheck-out-housemate-under-27-study-reason = Вам не треба нічого повідомляти. Сусід по житлу, молодший за 27 років, не враховується для kostendelersnorm. Тому його навчання не змінює вашу допомогу bijstand.

# Outcomes: bank account and contact details
selfcheck-out-bank-account-what = Повідомте свій новий номер рахунку (IBAN).
selfcheck-out-bank-account-documents = Банківська виписка або знімок екрана, де видно ваше ім’я і номер рахунку.
selfcheck-out-bank-account-why = Так ваша допомога bijstand надходитиме на правильний рахунок.
selfcheck-out-contact-details-what = Повідомте свій новий номер телефону або адресу електронної пошти.
selfcheck-out-contact-details-why = Так ми зможемо зв’язатися з вами, якщо буде потрібно.
selfcheck-out-carer-access-what = Повідомте, за ким ви доглядаєте і що ви маєте доступ до банківського рахунку цієї людини.
selfcheck-out-guardian-what = Повідомте, хто ваш bewindvoerder і з якого часу.
selfcheck-out-guardian-documents = Рішення суду про bewind (управління вашими грошима).
selfcheck-out-guardian-why = Тоді ми знаємо, з ким говорити про ваші гроші.

# Outcomes: when the rules cannot decide
selfcheck-out-other-reason = Не все вміщується в ці запитання. Сумніваєтеся, чи треба вам про щось повідомити? Сміливо запитайте нас.
selfcheck-out-not-sure-reason = З ваших відповідей не видно, чи треба вам про щось повідомляти. Ми охоче вам допоможемо.

# Issue 12 (self-check gaps): "nothing changed", "none of these", new situations,
# the asset limit and debt help. One block, apart from the law corrections.
selfcheck-life-areas-nothing = Нічого не змінилося
selfcheck-none-of-these = Нічого з цього: це щось інше
selfcheck-work-change-selling-online = Я часто продаю речі, наприклад онлайн на Marktplaats або Vinted
selfcheck-work-change-partner-aow = Мій партнер незабаром отримуватиме пенсію AOW
selfcheck-household-change-partner-stays = Мій партнер або моя партнерка часто ночує в мене або живе на дві адреси
selfcheck-household-change-guest = Хтось певний час гостює в мене
selfcheck-household-change-pregnancy = Я вагітна, або моя партнерка вагітна
selfcheck-household-change-moving-away = Я переїжджаю до іншої громади (gemeente)
selfcheck-guest-partner = Ви перебуваєте у стосунках із цією людиною?
selfcheck-guest-partner-hint = Наприклад, ваш хлопець або ваша дівчина. Тоді діють інші правила, ніж для родичів, що приїхали в гості.
selfcheck-guest-own-home = Чи має ця людина власне житло, і чи повернеться вона туди?
selfcheck-guest-own-home-hint = Гість — це людина, яка певний час ночує у вас, наприклад родичі, що приїхали в гості.
selfcheck-guest-stay = Як довго і як часто ця людина ночує у вас?
selfcheck-guest-stay-hint = Рахуйте всі ночі, навіть якщо гість між ними їде додому.
selfcheck-guest-stay-once-short = Один раз, менше ніж місяць
selfcheck-guest-stay-once-long = Один раз, місяць або довше
selfcheck-guest-stay-often = Частіше: одну або кілька ночей на тиждень, або щовихідних
selfcheck-money-change-vehicle-sold = Я продав або віддав автомобіль, мотоцикл чи інший транспортний засіб
selfcheck-money-change-loan = Я позичив гроші або отримав кредит
selfcheck-money-change-debts = У мене є борги, або я не можу сплатити рахунки
selfcheck-admin-change-residence-permit = Мій дозвіл на проживання змінюється, продовжується або закінчується
selfcheck-out-selling-online-what = Повідомте, що ви часто продаєте речі. Напишіть, що ви продаєте, як часто і скільки за це отримуєте.
selfcheck-out-selling-online-documents = Перелік того, що ви продали і за скільки. Наприклад, знімки екрана ваших оголошень.
selfcheck-out-selling-online-why = Ви часто продаєте речі або купуєте речі, щоб їх перепродати? Тоді ці гроші можуть вважатися доходом. Ми розглянемо це разом із вами.
selfcheck-out-partner-aow-what = { $when ->
        [past] Повідомте, що пенсія AOW вашого партнера почалася, і з якого дня.
       *[future] Повідомте, коли почнеться пенсія AOW вашого партнера.
    }
selfcheck-out-partner-aow-documents = Лист від SVB про пенсію AOW вашого партнера.
selfcheck-out-partner-aow-why = Коли ваш партнер отримує AOW, ваша допомога bijstand змінюється. Можливо, ви тоді отримуватимете допомогу для однієї особи. Ваш партнер іноді може отримати доплату від SVB.
selfcheck-out-partner-stays-what = Повідомте, хто часто ночує у вас, скільки ночей на тиждень і за якою адресою ця людина зареєстрована.
selfcheck-out-partner-stays-why = Ви майже живете разом, навіть на дві адреси? Тоді ви, можливо, одне домогосподарство. Тоді ви разом отримуєте одну допомогу bijstand. Ми розглянемо це разом із вами.
selfcheck-out-guest-what = Повідомте, хто у вас гостює, з якого дня, як довго і скільки ночей на тиждень.
selfcheck-out-guest-why = Хтось довго або часто ночує у вас? Тоді ваше житло може стати його справжньою адресою. Тоді ваша допомога bijstand може змінитися. Ми подивимося на це разом з вами.
selfcheck-out-guest-reason = Вам не треба нічого повідомляти. Гість із власним житлом, який один раз залишається ненадовго, не живе у вас. Ваш гість усе ж залишається на місяць або довше? Або приїжджає частіше? Тоді повідомте про це.
selfcheck-out-pregnancy-reason = Про вагітність не треба повідомляти так, як про народження дитини. Але скажіть про неї своєму консультанту (consulent). Тоді ми врахуємо це в домовленостях щодо роботи. Дитина народилася? Тоді повідомте про народження.
selfcheck-out-moving-away-what = { $when ->
        [past] Повідомте, що ви переїхали до іншої громади. Напишіть нову адресу і день переїзду.
       *[future] Повідомте, що ви переїжджаєте до іншої громади. Напишіть нову адресу і день переїзду.
    }
selfcheck-out-moving-away-why = Ваша допомога bijstand від нас припиняється, коли ви починаєте жити в іншій громаді. Вчасно подайте заяву на допомогу в новій громаді. Тоді ви не залишитеся без грошей.
selfcheck-out-vehicle-sold-what = Повідомте, який транспортний засіб ви продали або віддали і скільки за нього отримали.
selfcheck-out-vehicle-sold-documents = Підтвердження зняття з обліку (vrijwaringsbewijs) від RDW і доказ продажу, наприклад банківська виписка.
selfcheck-out-loan-what = Повідомте, скільки грошей ви позичили, у кого і як ви їх повертаєте.
selfcheck-out-loan-documents = Домовленості про позику, наприклад договір або повідомлення, і банківська виписка.
selfcheck-out-loan-why = Позичені гроші теж іноді враховуються для допомоги bijstand. Ми розглянемо це разом із вами.
selfcheck-why-asset-limit = Ваше майно враховується для допомоги bijstand. Межа — { $asset-limit-single } для однієї особи. Для пари або одинокого батька чи матері — { $asset-limit-couple }. { $asset-limit-single-from ->
        [undated] {""}
       *[other] Ці суми діють з { $asset-limit-single-from }.
    } У вас більше? Тоді ви, можливо, не отримаєте допомогу.
selfcheck-out-debts-help-reason = Про борги нам повідомляти не треба. Але Geldloket громади (пункт допомоги з грошовими питаннями) допоможе вам безкоштовно. Що раніше ви попросите про допомогу, то краще. Зателефонуйте за номером { $debt-help-phone } або перегляньте { $debt-help-website }. Хтось інший сплачує ваші борги? Або ви позичаєте гроші? Про це треба повідомити.
selfcheck-out-residence-permit-what = Повідомте, що змінюється у вашому дозволі на проживання. Наприклад, новий дозвіл, продовження або закінчення.
selfcheck-out-residence-permit-documents = Копія вашого нового документа на проживання або лист від IND.
selfcheck-out-residence-permit-why = Ваше право на bijstand залежить від дозволу на проживання. Так ви отримуєте допомогу, доки маєте на неї право.
selfcheck-out-not-listed-reason = Того, що змінюється у вас, немає в переліку. Можливо, про це все одно треба повідомити. Сумніваєтеся? Запитайте нас. Тоді ви знатимете напевно.
selfcheck-out-nothing-changed-reason = Зараз вам не треба ні про що повідомляти. Щось зміниться пізніше? Наприклад, робота чи дохід, хтось переїжджає до вас або виїжджає, гроші чи подарунок, або поїздка за кордон. Тоді повідомте про це протягом { $change-deadline-days ->
        [one] { $change-deadline-days } календарного дня
        [few] { $change-deadline-days } календарних днів
        [many] { $change-deadline-days } календарних днів
       *[other] { $change-deadline-days } календарного дня
    }. Сумніваєтеся? Сміливо запитайте нас.
