# Parts that every information page shares.

info-in-short = W skrócie
info-on-this-page = Na tej stronie
info-next-heading = Co możesz teraz zrobić?
info-next-check = Sprawdź, co musisz zgłosić
info-next-report = Zgłoś zmianę
info-next-contact = Nie masz pewności? Zadzwoń do nas pod numer { $phone }.
info-more-heading = Więcej wyjaśnień
info-print = Wydrukuj tę stronę
