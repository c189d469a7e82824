# Page: what must I report, by life area.

info-what-to-report-title = Про що я маю повідомляти?
info-what-to-report-nav = Про що я повідомляю?
info-what-to-report-summary = Тут ви прочитаєте за темами, про які зміни треба повідомляти, коли і з якими документами.
info-what-to-report-short-1 = Повідомляйте про кожну зміну протягом { $change-deadline-days } календарних днів.
info-what-to-report-short-2 = Про поїздку за кордон повідомте заздалегідь. Строк: щонайменше { $travel-notice-days } дн. до від’їзду.
info-what-to-report-short-3 = Надішліть документи, наприклад розрахунковий листок із зарплатою або договір.
info-what-to-report-short-4 = Сумніваєтеся? Тоді все одно повідомте нам.

# Work and income
info-what-to-report-work-heading = Робота і дохід
info-what-to-report-work-p1 = Повідомляйте про все, що пов’язано з роботою і заробітком. Наприклад:
info-what-to-report-work-li1 = ви починаєте або припиняєте працювати, або працюєте більше чи менше годин;
info-what-to-report-work-li2 = ви виконуєте дрібні роботи, доглядаєте за дітьми за гроші або працюєте як zzp’er (самозайнята особа);
info-what-to-report-work-li3 = ви проходите стажування або робите волонтерську роботу;
info-what-to-report-work-li4 = ви отримуєте аліменти, пенсію, WW, ZW або WIA (виплати по безробіттю, хворобі або непрацездатності);
info-what-to-report-work-li5 = хтось у вашому домі отримує дохід, також дитина, яка живе з вами;
info-what-to-report-work-li6 = хтось інший оплачує ваші рахунки, наприклад вашу медичну страховку.
info-what-to-report-work-p2 = Коли повідомляти: протягом { $change-deadline-days } календарних днів. Про свій дохід за місяць повідомляйте до { $statement-day }-го числа місяця.
info-what-to-report-work-p3 = Що надіслати: ваш трудовий договір і розрахункові листки із зарплатою.

# Household and housing
info-what-to-report-household-heading = Сім’я і житло
info-what-to-report-household-p1 = Повідомте нам, якщо змінюється, хто живе з вами. Наприклад:
info-what-to-report-household-li1 = хтось починає жити з вами або виїжджає, також дитина або людина, яка орендує у вас кімнату;
info-what-to-report-household-li2 = ви починаєте жити разом із партнером, одружуєтеся або розлучаєтеся;
info-what-to-report-household-li3 = народжується дитина або хтось помирає;
info-what-to-report-household-li4 = дитині виповнюється 18, 21 або 27 років;
info-what-to-report-household-li5 = ви переїжджаєте, або змінюється ваша орендна плата.
info-what-to-report-household-p2 = З вами живе людина віком від 21 року? Тоді ви іноді отримуєте менше bijstand. Це називається kostendelersnorm. Ви тоді ділите витрати на житло.
info-what-to-report-household-p3 = Коли повідомляти: протягом { $change-deadline-days } календарних днів.
info-what-to-report-household-p4 = Що надіслати: договір оренди або дані людини, яка починає жити з вами.

# Money and possessions
info-what-to-report-money-heading = Гроші і майно
info-what-to-report-money-p1 = Повідомте, що у вас є або що ви отримуєте додатково. Наприклад:
info-what-to-report-money-li1 = заощадження, акції або криптовалюта;
info-what-to-report-money-li2 = автомобіль, мотоцикл або караван (житловий причіп);
info-what-to-report-money-li3 = прикраси, будинок або земля, також за кордоном;
info-what-to-report-money-li4 = ви часто їздите на автомобілі іншої людини.
info-what-to-report-money-p2 = Коли повідомляти: протягом { $change-deadline-days } календарних днів.
info-what-to-report-money-p3 = Що надіслати: банківську виписку або свідоцтво про реєстрацію транспортного засобу (kentekenbewijs).

# Gifts
info-what-to-report-gifts-heading = Подарунки (giften)
info-what-to-report-gifts-p1 = Ви отримуєте гроші або речі від родини чи друзів? Це подарунок (gift). За календарний рік ви можете отримати подарунки на суму до { $gift-limit } разом.
info-what-to-report-gifts-p2 = Ви отримали більше? Тоді повідомте нам. Додайте всі подарунки за цей рік разом.
info-what-to-report-gifts-p3 = Приклад: ви щомісяця отримуєте гроші від брата. Щомісяця рахуйте, скільки ви вже отримали цього року. У тому місяці, коли сума стає більшою за { $gift-limit }, повідомте нам.
info-what-to-report-gifts-p4 = Продуктові набори від банку їжі (voedselbank) не враховуються.
info-what-to-report-gifts-p5 = Коли повідомляти: у тому місяці, коли ви перевищили межу.
info-what-to-report-gifts-p6 = Що надіслати: банківську виписку, де видно подарунок.

# Inheritance, prizes, compensation
info-what-to-report-windfall-heading = Спадщина, виграші і відшкодування збитків
info-what-to-report-windfall-p1 = Про ці речі повідомляйте завжди, навіть якщо сума дуже мала:
info-what-to-report-windfall-li1 = спадщина;
info-what-to-report-windfall-li2 = виграш у лотерею або в грі;
info-what-to-report-windfall-li3 = відшкодування збитків;
info-what-to-report-windfall-li4 = пенсія, яку виплачують одразу всією сумою.
info-what-to-report-windfall-p2 = Коли повідомляти: протягом { $change-deadline-days } календарних днів.
info-what-to-report-windfall-p3 = Що надіслати: лист від нотаріуса або лист про виграш чи відшкодування.

# Travel and stays elsewhere
info-what-to-report-travel-heading = Поїздки і перебування в іншому місці
info-what-to-report-travel-p1 = Якщо ви отримуєте bijstand, ви можете бути за кордоном до { $days-abroad } днів за календарний рік. Вихідні дні теж враховуються.
info-what-to-report-travel-p2 = День від’їзду не враховується. День повернення враховується.
info-what-to-report-travel-p3 = Ви залишаєтеся довше? Тоді за ці дні ви не отримуєте bijstand.
info-what-to-report-travel-p4 = Ви кілька днів перебуваєте в іншому місці в Нідерландах? Про це теж повідомте.
info-what-to-report-travel-p5 = Коли повідомляти: щонайменше { $travel-notice-days } дн. до від’їзду.
info-what-to-report-travel-p6 = Що надіслати: ваші квитки. Зберігайте їх ще три місяці після поїздки.

# Detention, hospital and care institutions
info-what-to-report-stay-heading = В’язниця, лікарня і заклад догляду
info-what-to-report-stay-p1 = Повідомте нам, якщо ви перебуваєте в іншому місці. Наприклад:
info-what-to-report-stay-li1 = ви у в’язниці або під вартою;
info-what-to-report-stay-li2 = ви в лікарні;
info-what-to-report-stay-li3 = ви живете в будинку догляду або в клініці;
info-what-to-report-stay-li4 = ви отримали покарання у вигляді громадських робіт (taakstraf).
info-what-to-report-stay-p2 = У в’язниці ви не отримуєте bijstand, починаючи з першого дня.
info-what-to-report-stay-p3 = Коли повідомляти: протягом { $change-deadline-days } календарних днів.
info-what-to-report-stay-p4 = Що надіслати: лист від лікарні, закладу або суду.

# Education
info-what-to-report-education-heading = Школа і навчання
info-what-to-report-education-p1 = Повідомте нам, якщо ви або ваша дитина починаєте або припиняєте навчання. Хтось у вашому домі віком від 21 року отримує studiefinanciering (фінансування на навчання)? Про це теж повідомте.
info-what-to-report-education-p2 = Коли повідомляти: протягом { $change-deadline-days } календарних днів.
info-what-to-report-education-p3 = Що надіслати: довідку про зарахування від школи.

# Bank account and contact details
info-what-to-report-details-heading = Банківський рахунок і контактні дані
info-what-to-report-details-p1 = Повідомте нам, якщо змінюються ці дані:
info-what-to-report-details-li1 = номер вашого банківського рахунку;
info-what-to-report-details-li2 = ваш номер телефону або адреса електронної пошти;
info-what-to-report-details-li3 = ви отримуєте доступ до банківського рахунку іншої людини, наприклад як mantelzorger (людина, яка доглядає за близьким);
info-what-to-report-details-li4 = вам призначили bewindvoerder (людину, яка керує вашими грошима).
info-what-to-report-details-p2 = Коли повідомляти: протягом { $change-deadline-days } календарних днів.
info-what-to-report-details-p3 = Що надіслати: якщо рахунок новий — банківську картку або банківську виписку з вашим ім’ям.
