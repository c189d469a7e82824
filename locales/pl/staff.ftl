# Staff area: sign-in, the staff start page and account management.
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
