# Page: what the municipality learns anyway (Inlichtingenbureau).

info-what-we-know-title = Що муніципалітет уже знає
info-what-we-know-nav = Що ми вже знаємо
info-what-we-know-summary = Муніципалітет отримує інформацію від інших державних органів. Тут ви прочитаєте, яку саме.
info-what-we-know-short-1 = Інші державні органи передають нам інформацію про вас.
info-what-we-know-short-2 = Це відбувається через Inlichtingenbureau.
info-what-we-know-short-3 = Повідомити самостійно — завжди краще. Тоді ваша допомога bijstand одразу правильна.

# How it works
info-what-we-know-how-heading = Як це працює?
info-what-we-know-how-p1 = Муніципалітет співпрацює з іншими державними органами. Вони обмінюються інформацією через Inlichtingenbureau. Це фонд, який з’єднує муніципалітети та інші державні органи між собою.
info-what-we-know-how-p2 = Так відбувається з кожним, хто отримує bijstand. Це не означає, що ми вам не довіряємо. Ми хочемо, щоб ваша допомога bijstand була правильною.

# What we receive
info-what-we-know-signals-heading = Яку інформацію ми отримуємо?
info-what-we-know-signals-p1 = Наприклад, ми отримуємо інформацію про:
info-what-we-know-signals-li1 = вашу зарплату і ваші виплати, від UWV;
info-what-we-know-signals-li2 = чи ви у в’язниці, щодня, від Dienst Justitiële Inrichtingen (служби, що керує в’язницями);
info-what-we-know-signals-li3 = автомобілі та інші транспортні засоби на ваше ім’я, від RDW;
info-what-we-know-signals-li4 = studiefinanciering (фінансування на навчання), від DUO;
info-what-we-know-signals-li5 = хто живе за вашою адресою, з BRP: це список усіх жителів;
info-what-we-know-signals-li6 = ваше майно і ваші податки, від Belastingdienst (податкової служби);
info-what-we-know-signals-li7 = ваша пенсія AOW або допомога на дітей, від Sociale Verzekeringsbank (SVB).

# Why reporting yourself is better
info-what-we-know-better-heading = Чому краще повідомити самостійно
info-what-we-know-better-p1 = Ви самі вчасно повідомляєте про зміну? Тоді ваша допомога bijstand швидше стає правильною. Вам усе одно треба щось повернути? Тоді сума менша і ви не отримуєте штрафу.
info-what-we-know-better-p2 = Повідомлення не збігається з тим, що ви нам сказали? Тоді ми зв’яжемося з вами. Ви зможете пояснити, як усе є насправді.
