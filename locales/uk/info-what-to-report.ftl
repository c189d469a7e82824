# Page: what must I report, by life area.

info-what-to-report-title = Про що я маю повідомляти?
info-what-to-report-nav = Про що я повідомляю?
info-what-to-report-summary = Тут ви прочитаєте за темами, про які зміни треба повідомляти, коли і з якими документами.
info-what-to-report-short-1 = Повідомляйте про кожну зміну протягом { $change-deadline-days ->
        [one] { $change-deadline-days } календарного дня
        [few] { $change-deadline-days } календарних днів
        [many] { $change-deadline-days } календарних днів
       *[other] { $change-deadline-days } календарного дня
    }.
info-what-to-report-short-2 = Про поїздку за кордон повідомте заздалегідь: щонайменше за { $travel-notice-days ->
        [one] { $travel-notice-days } день
        [few] { $travel-notice-days } дні
        [many] { $travel-notice-days } днів
       *[other] { $travel-notice-days } дня
    } до від’їзду.
info-what-to-report-short-3 = Надішліть документи, наприклад розрахунковий листок із зарплатою або договір. Фото теж підійде.
info-what-to-report-short-4 = Сумніваєтеся? Тоді все одно повідомте нам.

# Work and income
info-what-to-report-work-heading = Робота і дохід
info-what-to-report-work-p1 = Дохід — це всі гроші, які ви отримуєте. Повідомте, наприклад, коли:
info-what-to-report-work-li1 = ви починаєте або припиняєте працювати, або працюєте більше чи менше годин;
info-what-to-report-work-li2 = ви виконуєте дрібні роботи, доглядаєте за дітьми за гроші або працюєте як zzp’er (самозайнята особа); скажіть також, на кого ви працюєте;
info-what-to-report-work-li3 = ви проходите стажування або робите волонтерську роботу;
info-what-to-report-work-li4 = ви отримуєте соціальну виплату або пенсію, наприклад WW, ZW або WIA (виплати по безробіттю, хворобі або непрацездатності), або скоро отримуватимете AOW (державну пенсію);
info-what-to-report-work-li5 = хтось у вашому домі отримує дохід, також дитина, яка живе з вами;
info-what-to-report-work-li6 = ви отримуєте аліменти або повернення грошей від Belastingdienst (податкової служби).
info-what-to-report-work-p4 = Хтось інший оплачує ваші рахунки? Або хтось у вашому домі отримує дохід? Повідомте про це. Ми перевіримо, чи це враховується. Дохід партнера враховується завжди.
info-what-to-report-work-p5 = Ви отримуєте AOW? Тоді ваша допомога bijstand припиняється. Ваша AOW менша за суму bijstand? Тоді SVB може виплачувати доплату. Вона називається AIO.
info-what-to-report-work-p6 = Ви доглядаєте за кимось без оплати? Це mantelzorg. Про це не повідомляють як про роботу. Догляд не узгоджується з домовленостями щодо роботи? Тоді обговоріть це зі своїм консультантом (consulent).
info-what-to-report-work-p2 = Коли повідомляти: протягом { $change-deadline-days ->
        [one] { $change-deadline-days } календарного дня
        [few] { $change-deadline-days } календарних днів
        [many] { $change-deadline-days } календарних днів
       *[other] { $change-deadline-days } календарного дня
    }. Про свій дохід за місяць повідомляйте до { $statement-day }-го числа місяця.
info-what-to-report-work-p3 = Що надіслати: ваш трудовий договір і розрахункові листки із зарплатою. Фото вашого розрахункового листка теж підійде.

# Household and housing
info-what-to-report-household-heading = Сім’я і житло
info-what-to-report-household-p1 = Повідомте нам, якщо щось змінюється у вашій сім’ї або у вашому домі. Наприклад:
info-what-to-report-household-li1 = хтось починає жити з вами або виїжджає, наприклад партнер, сусід по житлу, людина, яка орендує у вас кімнату, або дитина;
info-what-to-report-household-li2 = ви починаєте жити разом із партнером, одружуєтеся, розлучаєтеся або розходитеся;
info-what-to-report-household-li3 = народжується дитина або хтось помирає;
info-what-to-report-household-li4 = дитині виповнюється 18, 21 або 27 років;
info-what-to-report-household-li5 = ви переїжджаєте, змінюється ваша орендна плата або іпотека, або ви здаєте кімнату в оренду.
info-what-to-report-household-p2 = З вами живе людина віком 27 років або старша? Тоді ви іноді отримуєте меншу допомогу bijstand. Ви тоді ділите витрати на житло. Це називається kostendelersnorm. Не враховуються студенти, які можуть отримувати студентське фінансування, учні BBL і орендарі з комерційною домовленістю. Дохід співмешканця зазвичай не враховується, а дохід партнера — так.
info-what-to-report-household-p5 = Хтось починає жити з вами або виїжджає? Завжди повідомляйте про це, навіть якщо цій людині менше 27 років.
info-what-to-report-household-p6 = Ви житимете разом, бо одному з вас потрібен догляд? Це переїзд і зміна у вашому домогосподарстві. Повідомте про це, як про інші зміни. З 2026 року ви через це більше не стаєте самі по собі одним домогосподарством.
info-what-to-report-household-p7 = У вас гостює людина, яка має власне житло? Про один короткий візит, коротший ніж місяць, повідомляти не треба. Гість залишається на місяць або довше або приїжджає часто? Тоді повідомте. Ваш хлопець або ваша дівчина часто ночує у вас? Про це повідомляйте завжди.
info-what-to-report-household-p8 = Ви вагітні? Скажіть про це своєму консультанту (consulent). Це важливо для домовленостей щодо роботи. Дитина народилася? Тоді повідомте про народження.
info-what-to-report-household-p3 = Коли повідомляти: протягом { $change-deadline-days ->
        [one] { $change-deadline-days } календарного дня
        [few] { $change-deadline-days } календарних днів
        [many] { $change-deadline-days } календарних днів
       *[other] { $change-deadline-days } календарного дня
    }.
info-what-to-report-household-p4 = Що надіслати: ваш договір оренди або ім’я і дату народження людини, яка починає жити з вами.

# Money and possessions
info-what-to-report-money-heading = Гроші і майно
info-what-to-report-money-p1 = Якщо ви отримуєте bijstand, ви можете мати майно лише на обмежену суму. Тому повідомте, що у вас є і що з’являється додатково. Наприклад:
info-what-to-report-money-li1 = заощадження, акції або криптовалюта;
info-what-to-report-money-li2 = автомобіль, мотоцикл, караван (житловий причіп) або інший транспортний засіб із номерним знаком;
info-what-to-report-money-li3 = прикраси, будинок або земля, у Нідерландах або за кордоном;
info-what-to-report-money-li4 = ви часто користуєтеся автомобілем або мотоциклом іншої людини;
info-what-to-report-money-li5 = ви позичаєте гроші або хтось інший сплачує ваші борги.
info-what-to-report-money-p5 = Ваше майно враховується для допомоги bijstand. Межа — { $asset-limit-single } для однієї особи. Для пари або одинокого батька чи матері — { $asset-limit-couple }. Ці суми діють з { $asset-limit-single-from }. У вас більше? Тоді ви, можливо, не отримаєте допомогу.
info-what-to-report-money-p2 = Коли повідомляти: протягом { $change-deadline-days ->
        [one] { $change-deadline-days } календарного дня
        [few] { $change-deadline-days } календарних днів
        [many] { $change-deadline-days } календарних днів
       *[other] { $change-deadline-days } календарного дня
    }.
info-what-to-report-money-p3 = Що додати: банківську виписку або свідоцтво про реєстрацію транспортного засобу. На ваш рахунок надходять гроші, наприклад від когось іншого? Повідомте про це. Ми перевіримо, чи це враховується.
info-what-to-report-money-p4 = Про борги повідомляти не треба. Але ви можете отримати безкоштовну допомогу. Перегляньте сторінку про допомогу.

# Gifts
info-what-to-report-gifts-heading = Подарунки (giften)
info-what-to-report-gifts-p1 = Ви отримуєте гроші від родини чи друзів? Це подарунок (gift). Грошові подарунки до { $gift-limit } за календарний рік не впливають на вашу допомогу bijstand. Ця сума — для всього домогосподарства: для вас і вашого партнера разом.
info-what-to-report-gifts-p2 = Ви перевищуєте цю суму? Тоді повідомте про це. Подарунки можна залишити собі. Але те, що понад межу, може впливати на вашу допомогу bijstand. Для цього додайте всі грошові подарунки цього календарного року.
info-what-to-report-gifts-p3 = Приклад: ви щомісяця отримуєте гроші від брата. Щомісяця додавайте, скільки ви вже отримали цього календарного року. Сума перевищує { $gift-limit }? Тоді повідомте про це. 1 січня ви знову починаєте з нуля. Подарунок починається наприкінці року? Тоді перевірте ще раз у січні.
info-what-to-report-gifts-p7 = Ви часто отримуєте від інших продукти або речі? Вони не входять у межу { $gift-limit }. Ця межа стосується лише грошей. Запитайте нас, чи треба про них повідомляти.
info-what-to-report-gifts-p8 = Хтось інший оплачує ваші рахунки, наприклад медичне страхування? Повідомте про це. Ми перевіримо, чи це враховується.
info-what-to-report-gifts-p4 = Продуктові набори від банку їжі (voedselbank) ніколи не враховуються.
info-what-to-report-gifts-p5 = Коли повідомити: протягом { $change-deadline-days ->
        [one] { $change-deadline-days } календарного дня
        [few] { $change-deadline-days } календарних днів
        [many] { $change-deadline-days } календарних днів
       *[other] { $change-deadline-days } календарного дня
    } після подарунка, через який ви перевищуєте межу.
info-what-to-report-gifts-p6 = Що надіслати: банківську виписку, де видно подарунок.

# Inheritance, prizes, compensation
info-what-to-report-windfall-heading = Спадщина, виграші і відшкодування збитків
info-what-to-report-windfall-p1 = Про ці речі повідомляйте завжди, навіть якщо сума дуже мала:
info-what-to-report-windfall-li1 = спадщина;
info-what-to-report-windfall-li2 = виграш у лотерею, конкурсі або азартній грі;
info-what-to-report-windfall-li3 = відшкодування збитків;
info-what-to-report-windfall-li4 = пенсія, яку вам виплачують одразу всією сумою.
info-what-to-report-windfall-p2 = Коли повідомляти: протягом { $change-deadline-days ->
        [one] { $change-deadline-days } календарного дня
        [few] { $change-deadline-days } календарних днів
        [many] { $change-deadline-days } календарних днів
       *[other] { $change-deadline-days } календарного дня
    }.
info-what-to-report-windfall-p3 = Що надіслати: лист від нотаріуса або лист про виграш чи відшкодування.

# Travel and stays elsewhere
info-what-to-report-travel-heading = Поїздки і перебування в іншому місці
info-what-to-report-travel-p1 = Якщо ви отримуєте bijstand, ви можете бути за кордоном не більше ніж { $days-abroad ->
        [one] { $days-abroad } день
        [few] { $days-abroad } дні
        [many] { $days-abroad } днів
       *[other] { $days-abroad } дня
    } за календарний рік. Вихідні дні теж враховуються. Одна поїздка також не може тривати довше ніж { $days-abroad ->
        [one] { $days-abroad } день
        [few] { $days-abroad } дні
        [many] { $days-abroad } днів
       *[other] { $days-abroad } дня
    } поспіль.
info-what-to-report-travel-p2 = День від’їзду не враховується. День повернення враховується. Ви подорожуєте на Новий рік? Тоді рахуйте дні окремо для кожного календарного року. І вся поїздка не може тривати довше ніж { $days-abroad ->
        [one] { $days-abroad } день
        [few] { $days-abroad } дні
        [many] { $days-abroad } днів
       *[other] { $days-abroad } дня
    }.
info-what-to-report-travel-p3 = Ви залишаєтеся довше? Тоді за додаткові дні ви не отримуєте допомоги bijstand. Іноді допомога навіть припиняється повністю. Тоді вам треба знову подати заяву на bijstand. Виняток можливий лише з дуже нагальних причин. Таке буває дуже рідко.
info-what-to-report-travel-p4 = Ви більше ніж на кілька днів їдете в гості або зупиняєтеся в іншому місці в Нідерландах? Про це теж повідомте.
info-what-to-report-travel-p7 = Ви переїжджаєте жити за кордон? Тоді ваша допомога bijstand припиняється в день від’їзду. Допомогу отримують лише ті, хто живе в Нідерландах. Повідомте про це до від’їзду.
info-what-to-report-travel-p5 = Коли повідомляти: щонайменше за { $travel-notice-days ->
        [one] { $travel-notice-days } день
        [few] { $travel-notice-days } дні
        [many] { $travel-notice-days } днів
       *[other] { $travel-notice-days } дня
    } до від’їзду. Скажіть нам, куди ви їдете і коли повернетеся.
info-what-to-report-travel-p6 = Що надіслати: ваші квитки. Зберігайте їх ще три місяці після поїздки.

# Detention, hospital and care institutions
info-what-to-report-stay-heading = В’язниця, лікарня і заклад догляду
info-what-to-report-stay-p1 = Повідомте нам, якщо ви перебуваєте в іншому місці або отримали покарання. Наприклад:
info-what-to-report-stay-li1 = ви у в’язниці або в слідчому ізоляторі (huis van bewaring);
info-what-to-report-stay-li2 = ви в лікарні;
info-what-to-report-stay-li3 = ви живете в будинку догляду або перебуваєте в реабілітаційній клініці для людей із залежністю;
info-what-to-report-stay-li4 = ви отримали покарання у вигляді громадських робіт (taakstraf).
info-what-to-report-stay-p2 = Ви у в’язниці? Тоді з першого дня ви не отримуєте допомоги bijstand. Ми також дізнаємося про це від Dienst Justitiële Inrichtingen (служби пенітенціарних установ).
info-what-to-report-stay-p3 = Коли повідомляти: протягом { $change-deadline-days ->
        [one] { $change-deadline-days } календарного дня
        [few] { $change-deadline-days } календарних днів
        [many] { $change-deadline-days } календарних днів
       *[other] { $change-deadline-days } календарного дня
    }. Ви не можете зробити це самі? Тоді попросіть когось зробити це за вас.
info-what-to-report-stay-p4 = Що надіслати: лист від лікарні, закладу або суду.

# Education
info-what-to-report-education-heading = Школа і навчання
info-what-to-report-education-p1 = Повідомте нам, якщо ви або ваша дитина починаєте навчання або припиняєте його. Хтось віком від 27 років у вашому домі отримує studiefinanciering (фінансування на навчання) або перестає його отримувати? Про це теж повідомте.
info-what-to-report-education-p2 = Коли повідомляти: протягом { $change-deadline-days ->
        [one] { $change-deadline-days } календарного дня
        [few] { $change-deadline-days } календарних днів
        [many] { $change-deadline-days } календарних днів
       *[other] { $change-deadline-days } календарного дня
    }.
info-what-to-report-education-p3 = Що додати: підтвердження зарахування зі школи або лист від DUO про студентське фінансування чи WTOS.

# Bank account and contact details
info-what-to-report-details-heading = Банківський рахунок і контактні дані
info-what-to-report-details-p1 = Повідомте нам, якщо змінюється щось із цього:
info-what-to-report-details-li1 = номер вашого банківського рахунку;
info-what-to-report-details-li2 = ваш номер телефону або адреса електронної пошти;
info-what-to-report-details-li3 = ви можете користуватися банківським рахунком іншої людини, наприклад як mantelzorger (людина, яка доглядає за близьким);
info-what-to-report-details-li4 = вам призначили bewindvoerder (людину, яка керує вашими грошима).
info-what-to-report-details-p2 = Коли повідомляти: протягом { $change-deadline-days ->
        [one] { $change-deadline-days } календарного дня
        [few] { $change-deadline-days } календарних днів
        [many] { $change-deadline-days } календарних днів
       *[other] { $change-deadline-days } календарного дня
    }.
info-what-to-report-details-p3 = Що надіслати: якщо рахунок новий — банківську виписку з вашим ім’ям. Якщо у вас є bewindvoerder — лист від суду.
