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
info-what-to-report-work-p1 = Дохід — це всі гроші, які ви отримуєте. Хтось інший оплачує ваші рахунки, наприклад вашу медичну страховку? Це теж вважається доходом. Наприклад, повідомте, якщо:
info-what-to-report-work-li1 = ви починаєте або припиняєте працювати, або працюєте більше чи менше годин;
info-what-to-report-work-li2 = ви виконуєте дрібні роботи, доглядаєте за дітьми за гроші або працюєте як zzp’er (самозайнята особа); скажіть також, на кого ви працюєте;
info-what-to-report-work-li3 = ви проходите стажування або робите волонтерську роботу;
info-what-to-report-work-li4 = ви отримуєте соціальну виплату або пенсію, наприклад WW, ZW або WIA (виплати по безробіттю, хворобі або непрацездатності), або скоро отримуватимете AOW (державну пенсію);
info-what-to-report-work-li5 = хтось у вашому домі отримує дохід, також дитина, яка живе з вами;
info-what-to-report-work-li6 = ви отримуєте аліменти або повернення грошей від Belastingdienst (податкової служби).
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
info-what-to-report-household-p2 = З вами живе людина віком від 27 років? Тоді ви іноді отримуєте менше bijstand. Ви тоді ділите витрати на житло. Це називається kostendelersnorm. Не враховуються студенти, які можуть отримувати studiefinanciering, учні BBL та орендарі з діловою домовленістю. Дохід сусіда по житлу не враховується, враховується лише дохід партнера. Ви живете разом, тому що комусь потрібно багато догляду? Скажіть нам. Тоді іноді діють інші правила.
info-what-to-report-household-p5 = Хтось починає жити з вами або виїжджає? Завжди повідомляйте про це, навіть якщо цій людині менше 27 років.
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
info-what-to-report-money-li4 = ви часто користуєтеся автомобілем або мотоциклом іншої людини.
info-what-to-report-money-p2 = Коли повідомляти: протягом { $change-deadline-days ->
        [one] { $change-deadline-days } календарного дня
        [few] { $change-deadline-days } календарних днів
        [many] { $change-deadline-days } календарних днів
       *[other] { $change-deadline-days } календарного дня
    }.
info-what-to-report-money-p3 = Що надіслати: банківську виписку або свідоцтво про реєстрацію транспортного засобу (kentekenbewijs). На ваш рахунок надходять гроші? Тоді ви повинні мати змогу пояснити, звідки вони.

# Gifts
info-what-to-report-gifts-heading = Подарунки (giften)
info-what-to-report-gifts-p1 = Ви отримуєте гроші або речі від родини чи друзів? Це подарунок (gift). За календарний рік ви можете отримати подарунки на суму до { $gift-limit } разом.
info-what-to-report-gifts-p2 = Ви отримали більше? Тоді повідомте нам. Для цього додайте всі подарунки за цей рік разом.
info-what-to-report-gifts-p3 = Приклад: ви щомісяця отримуєте гроші від брата. Щомісяця рахуйте, скільки ви вже отримали цього року. Загальна сума стала більшою за { $gift-limit }? Тоді повідомте нам у тому самому місяці.
info-what-to-report-gifts-p4 = Продуктові набори від банку їжі (voedselbank) ніколи не враховуються.
info-what-to-report-gifts-p5 = Коли повідомляти: у тому місяці, коли ви перевищили межу.
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
info-what-to-report-travel-p3 = Ви відсутні довше? Тоді за ці додаткові дні ви не отримуєте bijstand. Лише в дуже особливих ситуаціях може бути інакше.
info-what-to-report-travel-p4 = Ви більше ніж на кілька днів їдете в гості або зупиняєтеся в іншому місці в Нідерландах? Про це теж повідомте.
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
info-what-to-report-stay-p2 = Ви у в’язниці? Тоді ви не отримуєте bijstand, починаючи з першого дня.
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
info-what-to-report-education-p3 = Що надіслати: довідку про зарахування від школи або лист від DUO про studiefinanciering.

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
