# Parts that every information page shares.

info-in-short = Коротко
info-on-this-page = На цій сторінці
info-next-heading = Що ви можете зробити зараз?
info-next-check = Перевірити, про що треба повідомити
info-next-report = Повідомити про зміну
info-next-contact = Не впевнені? Зателефонуйте нам за номером { $phone }.
info-more-heading = Більше пояснень
info-print = Надрукувати цю сторінку
