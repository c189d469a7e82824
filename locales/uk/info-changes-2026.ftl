# Page: what changes in 2026 (Participatiewet in Balans).

info-changes-2026-title = Що змінюється у 2026 році?
info-changes-2026-nav = Нове у 2026 році
info-changes-2026-summary = 1 січня 2026 року змінився закон про bijstand. Тут ви прочитаєте, що для вас тепер інакше.
info-changes-2026-short-1 = Закон більше спирається на довіру.
info-changes-2026-short-2 = За рік ви можете отримати подарунки на суму до { $gift-limit }.
info-changes-2026-short-3 = Тепер більше можливостей виправити помилку.

# Why the law changes
info-changes-2026-why-heading = Чому змінюється закон?
info-changes-2026-why-p1 = Новий закон називається Participatiewet in Balans. Правила стають простішими. Закон більше спирається на довіру і на людину.

# What changes now
info-changes-2026-now-heading = Що змінилося з 1 січня 2026 року?
info-changes-2026-now-li1 = Подарунки на суму до { $gift-limit } за календарний рік не впливають на вашу допомогу bijstand.
info-changes-2026-now-li2 = Ви можете подати заяву на bijstand із зворотною дією до трьох місяців.
info-changes-2026-now-li3 = Молоді люди до 27 років отримують час на пошук, який підходить до їхньої ситуації.
info-changes-2026-now-li4 = Mantelzorg (догляд за близькою людиною) більше не вважається оплачуваною роботою.
info-changes-2026-now-li5 = Європейське посвідчення водія і DigiD вважаються доказом вашої особи.
info-changes-2026-now-li6 = Тепер більше можливостей виправити помилку.

# What comes later
info-changes-2026-later-heading = Що буде пізніше?
info-changes-2026-later-p1 = З 1 січня 2027 року молоді люди зможуть більше заробляти додатково. Також дохід тоді частіше враховуватимуть автоматично.
info-changes-2026-later-p2 = Також буде новий закон про штрафи і перевірки. Цей закон дає більше місця для помилок. Тоді ви частіше отримуватимете попередження замість штрафу. Коли цей закон почне діяти, ще невідомо.

# What stays the same
info-changes-2026-same-heading = Що залишається так само?
info-changes-2026-same-p1 = Ви й далі самі повідомляєте про зміни. Ви робите це протягом { $change-deadline-days } календарних днів.
