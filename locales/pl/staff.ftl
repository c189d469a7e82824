# Staff area: sign-in, the staff start page, account management and the notices inbox.
# Only staff of the municipality see these texts.

staff-error-prefix = Błąd:
staff-error-summary-title = Wystąpił problem

staff-sign-in-title = Logowanie dla pracowników
staff-sign-in-intro = Ta część strony jest tylko dla pracowników gminy { $municipality }.
staff-email-label = Adres e-mail
staff-password-label = Hasło
staff-sign-in-button = Zaloguj się
staff-sign-in-email-missing = Wpisz swój adres e-mail
staff-sign-in-password-missing = Wpisz swoje hasło
staff-sign-in-failed = Adres e-mail lub hasło jest nieprawidłowe
staff-sign-in-too-many = Zbyt wiele razy wpisano złe hasło. Spróbuj ponownie za { $minutes ->
        [one] { $minutes } minutę
        [few] { $minutes } minuty
        [many] { $minutes } minut
       *[other] { $minutes } minuty
    }.
staff-signed-out = Wylogowano.
staff-session-ended = Przez jakiś czas nie było aktywności. Zaloguj się ponownie.

staff-home-title = Pracownicy
staff-home-signed-in-as = Zalogowano jako { $name } ({ $email }).
staff-home-role = Twoja rola: { $role }
staff-home-accounts-link = Zarządzaj kontami
staff-sign-out-button = Wyloguj się

staff-role-editor = Redaktor
staff-role-caseworker = Opiekun klienta
staff-role-admin = Administrator

staff-accounts-title = Konta
staff-accounts-created = Konto zostało utworzone.
staff-accounts-deactivated = Konto zostało wyłączone.
staff-accounts-list-heading = Wszystkie konta
staff-accounts-active = Aktywne
staff-accounts-inactive = Wyłączone
staff-accounts-deactivate = Wyłącz
staff-accounts-new-heading = Nowe konto
staff-accounts-email = Adres e-mail
staff-accounts-name = Imię i nazwisko
staff-accounts-password-label = Pierwsze hasło
staff-accounts-password-hint = Co najmniej { $min } znaków. Przekaż hasło w bezpieczny sposób.
staff-accounts-role-legend = Rola
staff-accounts-role-editor-hint = Zmienia teksty na stronie.
staff-accounts-role-caseworker-hint = Zajmuje się zmianami, które zgłaszają mieszkańcy.
staff-accounts-role-admin-hint = Zarządza kontami i może robić wszystko.
staff-accounts-create-button = Utwórz konto
staff-accounts-email-invalid = Wpisz adres e-mail, na przykład imie@przyklad.nl
staff-accounts-email-taken = Konto z tym adresem e-mail już istnieje
staff-accounts-name-missing = Wpisz imię i nazwisko
staff-accounts-name-too-long = Imię i nazwisko może mieć najwyżej { $max } znaków
staff-accounts-role-missing = Wybierz rolę
staff-accounts-password-too-short = Hasło musi mieć co najmniej { $min } znaków
staff-accounts-password-too-long = Hasło jest za długie
staff-accounts-deactivate-self = Nie możesz wyłączyć własnego konta

staff-problem-sign-in-title = Najpierw się zaloguj
staff-problem-sign-in-text = Musisz się zalogować, aby zobaczyć tę stronę.
staff-problem-sign-in-link = Przejdź do logowania
staff-problem-forbidden-title = Brak dostępu
staff-problem-forbidden-text = Twoja rola nie daje dostępu do tej strony. Uważasz, że to błąd? Skontaktuj się z administratorem.
staff-problem-form-title = Formularz nie został wysłany
staff-problem-form-text = Formularz wygasł albo pochodzi z innej strony. Wróć, odśwież stronę i spróbuj ponownie.
staff-problem-not-found-title = To konto nie istnieje
staff-problem-not-found-text = Może adres jest nieprawidłowy.
staff-problem-error-title = Coś poszło nie tak
staff-problem-error-text = Spróbuj ponownie później.
staff-back-home = Przejdź do strony startowej dla pracowników

## The case workers' inbox of change notices and an opened notice.

staff-home-notices-link = Zobacz zmiany zgłoszone przez mieszkańców

staff-status-new = Nowe
staff-status-in-progress = W trakcie
staff-status-done = Załatwione
staff-status-needs-information = Potrzeba więcej informacji
staff-notice-identity = Jak rozpoznano mieszkańca?
staff-notice-identity-form = Wpisane przez mieszkańca (niesprawdzone)
staff-notice-identity-digid = DigiD, poziom { $level }
staff-digid-level-basis = Basis
staff-digid-level-midden = Midden
staff-digid-level-substantieel = Substantieel
staff-digid-level-hoog = Hoog

staff-notices-title = Zmiany zgłoszone przez mieszkańców
staff-notices-tabs-label = Zmiany według statusu
staff-notices-tab = { $name } ({ $count })
staff-notices-tab-all = Wszystkie
staff-notices-search-label = Szukaj według numeru referencyjnego
staff-notices-search-hint = Wystarczy część numeru. Wielkość liter nie ma znaczenia.
staff-notices-search-button = Szukaj
staff-notices-search-clear = Pokaż wszystko, bez wyszukiwania
staff-notices-found = { $count ->
        [one] Znaleziono 1 zmianę
        [few] Znaleziono { $count } zmiany
        [many] Znaleziono { $count } zmian
       *[other] Znaleziono { $count } zmiany
    }
staff-notices-none = Nie znaleziono żadnych zmian.
staff-notices-col-reference = Numer referencyjny
staff-notices-col-received = Otrzymano
staff-notices-col-status = Status
staff-notices-col-lang = Język
staff-notices-col-kinds = Co się zmieniło?
staff-notices-col-attachments = Załączniki
staff-notices-date-time = { $date }, { $time }
staff-notices-page = Strona { $page } z { $pages }
staff-notices-paging-label = Inne strony
staff-notices-previous = Poprzednia strona
staff-notices-next = Następna strona
staff-notices-export-heading = Pobierz
staff-notices-export-text = Pobierz wszystkie zmiany, które pasują do tego wyboru, także te z innych stron. Plik zawiera dane osobowe. Przechowuj go bezpiecznie i usuń, gdy nie będzie już potrzebny.
staff-notices-export-csv = Pobierz jako CSV (do Excela)
staff-notices-export-json = Pobierz jako JSON (do innych programów)

staff-notice-title = Zmiana { $reference }
staff-notice-back = Wróć do wszystkich zmian
staff-notice-received = Otrzymano
staff-notice-status = Status
staff-notice-lang = Język mieszkańca
staff-notice-kinds = Co się zmieniło?
staff-notice-content-heading = Co wpisał mieszkaniec
staff-notice-identity-heading = O mieszkańcu
staff-notice-change-heading = Zmiana { $number }: { $kind }
staff-notice-other-heading = Inne dane
staff-notice-empty-value = (nie wypełniono)
staff-notice-change-files = Pliki do tej zmiany
staff-notice-declaration = Oświadcza, że wszystkie dane są prawdziwe i kompletne
staff-notice-yes = Tak
staff-notice-no = Nie
staff-notice-attachments-heading = Załączniki
staff-notice-attachments-none = Brak załączników.
staff-notice-attachment-details = ({ $type }, { $kb } kB)
staff-notice-attachment-unnamed = Załącznik bez nazwy
staff-notice-history-heading = Historia
staff-notice-history-when = Kiedy
staff-notice-history-who = Kto
staff-notice-history-status = Status
staff-notice-history-note = Notatka
staff-notice-history-resident = Mieszkaniec (wysłał)
staff-notice-history-unknown = Nieznany pracownik
staff-notice-status-heading = Zmień status
staff-notice-status-legend = Jaki jest nowy status?
staff-notice-note-label = Notatka (opcjonalnie)
staff-notice-note-hint = Na przykład, co zostało zrobione. Notatkę widzą tylko pracownicy. Najwyżej { $max } znaków.
staff-notice-status-button = Zapisz status
staff-notice-status-saved = Status został zapisany.
staff-notice-status-missing = Wybierz status
staff-notice-note-too-long = Notatka może mieć najwyżej { $max } znaków

staff-problem-notice-not-found-title = Ta zmiana nie istnieje
staff-problem-notice-not-found-text = Może adres jest nieprawidłowy. Albo zmiana została usunięta, bo minął okres przechowywania.
