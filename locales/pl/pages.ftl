# General pages: not found, accessibility statement, errors.

not-found-title = Ta strona nie istnieje
not-found-text = Może w adresie jest błąd. Albo strona ma nowe miejsce.
not-found-home = Przejdź do strony głównej
not-found-contact = Szukasz czegoś i nie możesz tego znaleźć? Zadzwoń do nas pod numer { $phone }.

accessibility-title = Dostępność
accessibility-intro = Każdy powinien móc korzystać z tej strony. Także wtedy, gdy słabo widzisz, używasz narzędzia wspomagającego albo dopiero uczysz się niderlandzkiego.
accessibility-summary = Każdy powinien móc korzystać z tej strony. Przeczytaj, co dla tego robimy i jak zgłosić nam problem.
accessibility-what-heading = Co robimy
accessibility-what-1 = Możesz zrobić wszystko bez myszy, tylko za pomocą klawiatury.
accessibility-what-2 = Strona działa na małym telefonie i wtedy, gdy powiększysz tekst dwa razy.
accessibility-what-3 = Strona działa także wtedy, gdy JavaScript jest wyłączony.
accessibility-what-4 = Teksty są w prostym języku niderlandzkim i w pięciu innych językach.
accessibility-what-5 = Automatycznie sprawdzamy każdą stronę według zasad dostępności (WCAG 2.2, poziom AA).
accessibility-problem-heading = Coś nie działa dobrze?
accessibility-problem-text = Daj nam znać. Napisz na adres { $email } albo zadzwoń pod numer { $phone }. Odpowiemy w ciągu pięciu dni roboczych.

# Refused requests: what was sent could not be read (too large, broken, a character
# that is not text). The portal's own page instead of the framework's English.
request-too-large-title = To za dużo, żeby wysłać naraz
request-too-large-text = To, co wysłałeś, jest większe, niż możemy przyjąć. Skróć tekst. Albo wyślij mniej plików lub mniejsze pliki. Wróć i spróbuj ponownie.
request-unreadable-title = Nie mogliśmy tego odczytać
request-unreadable-text = To, co wysłałeś, nie dotarło do nas poprawnie. Wróć, odśwież stronę i spróbuj ponownie.
request-bad-text-title = Jest tu znak, którego nie możemy odczytać
request-bad-text-text = W tym, co wysłałeś, jest znak, którego nie możemy odczytać. Zdarza się to czasem, gdy kopiujesz i wklejasz tekst. Wpisz tekst jeszcze raz i spróbuj ponownie.
request-help = Nadal nie działa? Zadzwoń do nas pod numer { $phone }.
