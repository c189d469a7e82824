# Reporting a change (wijziging doorgeven): the first page.

report-title = Zgłoś zmianę
report-summary = Czego potrzebujesz, aby zgłosić zmianę, i jak to zrobić.
report-intro = Czy coś zmieniło się w twoim życiu? Zgłoś to jak najszybciej. Wtedy dostaniesz właściwą kwotę.
report-need-heading = Tego potrzebujesz
report-need-bsn = Twój numer BSN. Jest w twoim paszporcie lub dowodzie osobistym.
report-need-date = Datę zmiany.
report-need-papers = Dokumenty, które do niej należą, na przykład odcinek wypłaty lub umowę. Zdjęcie zrobione telefonem wystarczy.
report-need-partner = Masz partnera lub partnerkę? Wtedy także jego lub jej numer BSN.
report-how-heading = Jak to zgłosić
report-how-text = Zadzwoń do nas lub przyjdź do nas. Chętnie ci pomożemy. Dostaniesz od nas potwierdzenie, że to zgłosiłeś.
report-check-heading = Nie wiesz, co musisz zgłosić?
report-check-link = Najpierw zrób test: co muszę zgłosić?
report-time = Wypełnienie formularza zajmuje około 10 minut. Możesz w międzyczasie przerwać: to, co wpiszesz, przechowujemy na tym urządzeniu przez { $hours ->
        [one] { $hours } godzinę
        [few] { $hours } godziny
        [many] { $hours } godzin
       *[other] { $hours } godziny
    }.
report-start-button = Zacznij zgłaszać
report-carried = Zmiany z twojego testu są już wpisane w formularzu.
