# Staff area: the text editor. Only staff of the municipality see these texts.

staff-home-texts-link = Edytuj teksty
staff-texts-title = Teksty
staff-texts-intro = Tutaj zmieniasz teksty strony internetowej we wszystkich językach. To, co opublikujesz, mieszkańcy widzą od razu.
staff-texts-languages-link = Według języka: czego brakuje lub co jest nieaktualne, pobieranie i wysyłanie
staff-texts-back-to-list = Wszystkie teksty
staff-texts-back-to-text = Wróć do tekstu
staff-texts-search-label = Znajdź tekst
staff-texts-search-hint = Szukaj słowa z tekstu albo nazwy tekstu.
staff-texts-search-button = Szukaj
staff-texts-filtered = Widzisz tylko teksty ze statusem „{ $status }” w języku: { $language }.
staff-texts-show-all = Pokaż wszystkie teksty
staff-texts-results = { $count ->
        [one] Znaleziono { $count } tekst
        [few] Znaleziono { $count } teksty
       *[other] Znaleziono { $count } tekstów
    }
staff-texts-group-count = { $count ->
        [one] { $count } tekst
        [few] { $count } teksty
       *[other] { $count } tekstów
    }
staff-texts-col-text = Tekst
staff-texts-draft = wersja robocza
staff-texts-unknown-person = nieznana osoba

staff-texts-status-original = Oryginał
staff-texts-status-translated = Przetłumaczony
staff-texts-status-edited = Zmieniony
staff-texts-status-outdated = Nieaktualny
staff-texts-status-missing = Brak

staff-texts-group-info = Strona informacyjna: { $page }
staff-texts-group-info-common = Strony informacyjne: stałe teksty
staff-texts-group-dates = Daty i miesiące
staff-texts-group-notice = Formularz: zgłoś zmianę
staff-texts-group-pages = Inne strony
staff-texts-group-report = Strona startowa: zgłoś zmianę
staff-texts-group-selfcheck = Sprawdzenie: pytania, odpowiedzi i wyniki
staff-texts-group-selfcheck-page = Sprawdzenie: przyciski i wyjaśnienia
staff-texts-group-shell = Wokół każdej strony: nagłówek, stopka i wybór języka
staff-texts-group-start = Strona startowa
staff-texts-group-glossary = Słowniczek

staff-texts-languages-title = Teksty według języka
staff-texts-languages-intro = Dla każdego języka widzisz, ile tekstów jest zmienionych, nieaktualnych lub brakuje. Tłumaczenie jest nieaktualne, gdy tekst niderlandzki się zmienił. Pobierz język jako plik dla tłumacza, a potem wyślij plik z powrotem.
staff-texts-col-language = Język
staff-texts-col-total = Teksty
staff-texts-col-files = Plik
staff-texts-source-language = (język źródłowy)
staff-texts-export = Pobierz
staff-texts-import-link = Wyślij
staff-texts-imported = { $count ->
        [one] Opublikowano { $count } tekst.
        [few] Opublikowano { $count } teksty.
       *[other] Opublikowano { $count } tekstów.
    }

staff-texts-edit-title = { $id } – { $language }
staff-texts-status = Status: { $status }
staff-texts-history-link = Historia
staff-texts-source-heading = Tekst niderlandzki
staff-texts-value-label = Tekst w języku: { $language }
staff-texts-value-hint = Napisz **tak**, aby coś wyróżnić, i [tekst linku](/pl/help), aby dodać link. Zostaw wartości takie jak { "{ $phone }" } dokładnie bez zmian.
staff-texts-draft-saved-by = Wersję roboczą zapisał(a) { $name }, { $date }.
staff-texts-publish = Opublikuj
staff-texts-preview-button = Podgląd
staff-texts-save-draft = Zapisz wersję roboczą
staff-texts-outdated-explain = Tekst niderlandzki zmienił się po przygotowaniu tego tłumaczenia. Zaktualizuj tłumaczenie albo potwierdź, że jest nadal poprawne.
staff-texts-confirm = Tłumaczenie jest nadal poprawne
staff-texts-done-draft = Wersja robocza została zapisana. Mieszkańcy jeszcze jej nie widzą.
staff-texts-done-published = Tekst został opublikowany. Mieszkańcy widzą go teraz.
staff-texts-done-confirmed = Potwierdzono, że tłumaczenie jest nadal poprawne.
staff-texts-done-reverted = Przywrócono wcześniejszą wersję. Mieszkańcy widzą ją teraz.

staff-texts-error-empty = Wpisz tekst
staff-texts-error-too-long = Tekst może mieć najwyżej { $max } znaków
staff-texts-error-too-deep = W tekście jest za dużo nawiasów {"{"} jeden w drugim. Może ich być najwyżej { $max } jeden w drugim.
staff-texts-error-too-many-braces = W tekście jest za dużo nawiasów {"{"} i (. Może ich być najwyżej { $max }.
staff-texts-error-syntax = W tekście jest błąd formatowania ({ $detail }). Sprawdź najpierw nawiasy {"{"} i {"}"}.
staff-texts-error-wrong-message = To musi być dokładnie jeden tekst o nazwie { $id }
staff-texts-error-dropped-variable = Brakuje wartości { $variable }. Przywróć ją, bo tekst niderlandzki jej używa.
staff-texts-error-unknown-variable = Wartości { $variable } nie ma w tekście niderlandzkim. Usuń ją.
staff-texts-error-html = W tekście nie można używać HTML ({ $snippet }). Użyj **wyróżnienia** albo [tekstu linku](/pl/help).
staff-texts-error-unsafe-address = Adres z { $snippet } jest niedozwolony
staff-texts-error-image = Tekst nie może zawierać obrazu
staff-texts-error-link-target = Link musi prowadzić do strony tej witryny (np. /pl/help) albo zaczynać się od https://, mailto: lub tel:, a nie od { $target }
staff-texts-error-emphasis = Zamknij wyróżnienie znakami **
staff-texts-error-unchanged = Tekst się nie zmienił

staff-texts-readability-heading = Poziom językowy B1
staff-texts-readability-b1 = Ten tekst jest prawdopodobnie na poziomie B1.
staff-texts-readability-not-b1 = Ten tekst jest prawdopodobnie trudniejszy niż B1. Skróć zdania i wybierz popularne słowa.
staff-texts-readability-sentences = Zdania: { $sentences }, średnio { $average } słów w zdaniu (B1: najwyżej { $max-average }), najdłuższe zdanie: { $longest } słów (B1: najwyżej { $max-sentence }).
staff-texts-readability-score = Czytelność (Flesch-Douma): { $score }. Dla B1 dobry wynik to { $min } lub więcej.
staff-texts-readability-long-sentences = Te zdania są za długie:
staff-texts-readability-long-words = Długie słowa. Czy jest krótsze lub bardziej znane słowo?
staff-texts-live-hint-figures = Wskaźniki poziomu języka i podgląd zmieniają się podczas pisania.
staff-texts-live-hint = Podgląd zmienia się podczas pisania.

staff-texts-preview-heading = Podgląd na telefonie
staff-texts-preview-text-only = Ten tekst nie jest na jednej stałej stronie. Tutaj widzisz tylko tekst.
staff-texts-preview-unavailable = Nie ma podglądu, bo w tekście jest błąd.

staff-texts-history-title = Historia { $id } – { $language }
staff-texts-history-empty = Ten tekst nie był jeszcze zmieniany. Mieszkańcy widzą tekst oryginalny.
staff-texts-history-entry = { $kind }: { $date }, { $name }
staff-texts-history-kind-publish = Opublikowano
staff-texts-history-kind-revert = Przywrócono
staff-texts-history-kind-import = Wysłano z pliku
staff-texts-history-before = Przed
staff-texts-history-after = Po
staff-texts-history-removed = usunięto
staff-texts-history-added = dodano
staff-texts-history-current = To jest tekst, który mieszkańcy widzą teraz.
staff-texts-history-restore = Przywróć tę wersję
staff-texts-history-restore-shipped = Przywróć tekst oryginalny

staff-texts-import-title = Wyślij teksty – { $language }
staff-texts-import-intro = Wklej tutaj zawartość pliku, który wcześniej pobrano. Każdy tekst zostanie sprawdzony. Jeśli wszystko jest w porządku, zmienione teksty zostaną opublikowane.
staff-texts-import-label = Zawartość pliku .ftl
staff-texts-import-hint = Wiersze zaczynające się od # są pomijane.
staff-texts-import-button = Sprawdź i opublikuj
staff-texts-import-unknown = Tego tekstu nie ma w tekstach niderlandzkich
staff-texts-error-formatting-not-shown = Pogrubienie i linki działają tylko w tekście głównym strony informacyjnej. Tutaj mieszkańcy zobaczyliby znaki ** lub [ ]( ). Usuń je.
