# General pages: not found, accessibility statement, errors.

not-found-title = Ta strona nie istnieje
not-found-text = Może w adresie jest błąd. Albo strona ma nowe miejsce.
not-found-home = Przejdź do strony głównej
not-found-contact = Szukasz czegoś i nie możesz tego znaleźć? Zadzwoń do nas pod numer { $phone }.

accessibility-title = Dostępność
accessibility-intro = Każdy powinien móc korzystać z tej strony. Także wtedy, gdy słabo widzisz, używasz narzędzia wspomagającego albo dopiero uczysz się niderlandzkiego.
accessibility-what-heading = Co robimy
accessibility-what-1 = Możesz zrobić wszystko bez myszy, tylko za pomocą klawiatury.
accessibility-what-2 = Strona działa na małym telefonie i wtedy, gdy powiększysz tekst dwa razy.
accessibility-what-3 = Strona działa także wtedy, gdy JavaScript jest wyłączony.
accessibility-what-4 = Teksty są w prostym języku niderlandzkim i w pięciu innych językach.
accessibility-what-5 = Automatycznie sprawdzamy każdą stronę według zasad dostępności (WCAG 2.2, poziom AA).
accessibility-problem-heading = Coś nie działa dobrze?
accessibility-problem-text = Daj nam znać. Napisz na adres { $email } albo zadzwoń pod numer { $phone }. Odpowiemy w ciągu pięciu dni roboczych.
