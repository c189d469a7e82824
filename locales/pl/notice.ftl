# Change notice (wijzigingsformulier): the kinds of change, the questions per change,
# the error messages next to a field and what is still missing before sending.
# The ids come from src/domain/notice/ (NOTICE_MESSAGE_IDS); every message is one line.

## Errors next to a field

notice-error-form = Coś poszło nie tak z formularzem. Otwórz stronę jeszcze raz i spróbuj ponownie.
notice-error-missing = To pole nie jest jeszcze wypełnione.
notice-error-too-long = To jest za długie. Użyj najwyżej { $max } znaków.
notice-error-control-character = Jest tu znak, którego nie możemy odczytać. Wpisz tekst jeszcze raz.
notice-error-choice = Wybierz jedną z odpowiedzi.
notice-error-not-for-choice = Przy wybranej odpowiedzi zostaw to pole puste.
notice-error-date = Ta data nie istnieje. Sprawdź dzień, miesiąc i rok.
notice-error-month = Wpisz miesiąc i rok.
notice-error-date-too-far-back = Ta data jest zbyt dawno. Czy data jest jednak dobra? Zadzwoń do nas: { $phone }.
notice-error-date-too-far-ahead = Ta data jest zbyt daleko w przyszłości. Czy data jest jednak dobra? Zadzwoń do nas: { $phone }.
notice-error-birth-date-future = Data urodzenia nie może być w przyszłości.
notice-error-birth-date-too-early = Ta data urodzenia jest zbyt dawno. Sprawdź rok.
notice-error-date-order = Ta data jest przed pierwszą datą. Sprawdź daty.
notice-error-amount = Wpisz kwotę w euro, na przykład 1250 albo 1250,50.
notice-error-amount-negative = Kwota nie może być niższa niż 0.
notice-error-amount-too-large = Ta kwota jest bardzo wysoka. Sprawdź, czy jest dobra. Jest dobra? Zadzwoń do nas: { $phone }.
notice-error-amount-zero = Wpisz kwotę wyższą niż 0.
notice-error-hours = Wpisz liczbę godzin w tygodniu, od 0 do 80.
notice-error-bsn-length = Numer BSN ma 9 cyfr. Czy BSN zaczyna się od 0? Wpisz też to 0.
notice-error-bsn-check = Taki numer BSN nie istnieje. Sprawdź, czy dobrze przepisano wszystkie cyfry.
notice-error-partner-bsn-same = To jest twój własny numer BSN. Wpisz numer BSN partnera.
notice-error-iban = IBAN ma tylko litery i cyfry, na przykład NL91 ABNA 0417 1643 00.
notice-error-iban-country = IBAN zaczyna się od kodu kraju, na przykład NL.
notice-error-iban-length = Ten IBAN ma za dużo albo za mało znaków. Holenderski IBAN ma ich 18.
notice-error-iban-check = Taki IBAN nie istnieje. Sprawdź, czy dobrze przepisano wszystkie litery i cyfry.
notice-error-registration = Wpisz holenderski numer rejestracyjny, na przykład AB-123-C. Masz inny numer rejestracyjny? Wpisz go tam, gdzie piszesz, jaki to pojazd.
notice-error-phone = Wpisz numer telefonu cyframi, na przykład 06 12345678.
notice-error-email = Wpisz adres e-mail, na przykład name@example.nl.
notice-error-reference = Numer referencyjny wygląda tak: MW-7KQD-3FXP.
notice-error-reference-check = Taki numer referencyjny nie istnieje. Sprawdź, czy dobrze go przepisano.
notice-error-file-empty = Ten plik jest pusty. Wybierz inny plik.
notice-error-file-too-large = Ten plik jest za duży. Plik może mieć najwyżej { $max-mb } MB.
notice-error-file-type = Nie możemy otworzyć takiego pliku. Wyślij PDF albo zdjęcie (JPG albo PNG).
notice-error-too-many-files = Do jednej zmiany możesz wysłać najwyżej { $max ->
        [one] { $max } plik
        [few] { $max } pliki
        [many] { $max } plików
       *[other] { $max } pliku
    }.
notice-error-file-name = Nie możemy odczytać nazwy tego pliku. Zmień nazwę pliku i wybierz go ponownie.
notice-error-files-too-large-together = Wszystkie pliki razem są za duże. Razem mogą mieć najwyżej { $max-mb } MB. Wyślij mniej plików lub mniejsze pliki.

## What changed

notice-kind-work = Praca: zaczynasz pracować, pracujesz w innych godzinach albo kończysz
notice-kind-moves-in = Ktoś zamieszka z tobą
notice-kind-moves-out = Ktoś wyprowadza się od ciebie
notice-kind-travel = Wyjeżdżasz za granicę
notice-kind-gift-or-inheritance = Dostajesz darowiznę albo spadek
notice-kind-vehicle = Dostajesz, kupujesz albo sprzedajesz samochód, motocykl albo inny pojazd
notice-kind-bank-account = Masz nowe konto w banku
notice-kind-income-this-month = Dostajesz pieniądze, na przykład wynagrodzenie albo zasiłek
notice-kind-household = Zmienia się twoja rodzina albo mieszkanie, na przykład przeprowadzka albo dziecko kończy 18 lat
notice-kind-stay = Przebywasz gdzie indziej, na przykład w szpitalu albo w domu opieki
notice-kind-education = Ty albo ktoś w twoim domu zaczyna albo kończy naukę
notice-kind-justice = Dostajesz karę prac społecznych albo musisz iść do więzienia
notice-kind-assets = Zmienia się twój majątek: oszczędności, pożyczka, dom albo coś, co sprzedajesz
notice-kind-details = Zmieniają się twoje dane: telefon, e-mail, zezwolenie na pobyt albo zarządca majątku
notice-kind-other = Coś innego

## Questions per change

notice-field-work-event = Co zmienia się w twojej pracy?
notice-field-work-event-started = Zaczynam pracować
notice-field-work-event-hours-changed = Będę pracować więcej albo mniej godzin
notice-field-work-event-stopped = Kończę pracę
notice-field-work-employer = Dla kogo pracujesz?
notice-field-work-employer-hint = Nazwa firmy albo osoby. Pracujesz na własny rachunek? Napisz wtedy: dla siebie.
notice-field-work-hours = Ile godzin w tygodniu pracujesz?
notice-field-work-hours-hint = Co tydzień jest inaczej? Wpisz wtedy średnią.
notice-field-work-date = Którego dnia to się zmienia?
notice-field-work-date-hint = Twój pierwszy dzień pracy, pierwszy dzień z innymi godzinami albo twój ostatni dzień pracy.
notice-field-work-end-date = Do którego dnia tam pracujesz?
notice-field-work-end-date-hint = Tylko jeśli pracujesz tam przez jakiś czas, na przykład na umowę na czas określony.
notice-field-work-income = Ile mniej więcej zarabiasz miesięcznie?
notice-field-work-income-hint = Kwota przed podatkiem (brutto). Jeszcze nie wiesz? Zostaw to pole puste.
notice-field-moves-in-name = Jak nazywa się osoba, która z tobą zamieszka?
notice-field-moves-in-date-of-birth = Jaka jest data urodzenia tej osoby?
notice-field-moves-in-date = Którego dnia ta osoba z tobą zamieszka?
notice-field-moves-out-name = Jak nazywa się osoba, która się wyprowadza?
notice-field-moves-out-date = Którego dnia ta osoba się wyprowadza?
notice-field-travel-country = Do jakiego kraju jedziesz?
notice-field-travel-from = Którego dnia wyjeżdżasz?
notice-field-travel-to = Którego dnia wracasz?
notice-field-gift-or-inheritance-kind = Co dostałeś lub dostałaś?
notice-field-gift-or-inheritance-kind-gift = Darowiznę
notice-field-gift-or-inheritance-kind-inheritance = Spadek
notice-field-gift-or-inheritance-amount = Ile to pieniędzy? Albo ile to jest warte?
notice-field-gift-or-inheritance-date = Którego dnia to dostałeś lub dostałaś?
notice-field-gift-or-inheritance-from-whom = Od kogo to dostałeś lub dostałaś?
notice-field-vehicle-description = Jaki to pojazd?
notice-field-vehicle-description-hint = Na przykład: samochód, marka, model i rok produkcji.
notice-field-vehicle-registration = Jaki jest numer rejestracyjny?
notice-field-vehicle-registration-hint = Na przykład AB-123-C.
notice-field-vehicle-value = Ile jest wart ten pojazd?
notice-field-vehicle-date = Którego dnia dostałeś, kupiłeś albo sprzedałeś pojazd?
notice-field-bank-account-iban = Jaki jest numer twojego nowego konta (IBAN)?
notice-field-bank-account-iban-hint = Na przykład NL91 ABNA 0417 1643 00.
notice-field-bank-account-date = Od którego dnia masz to konto?
notice-field-income-this-month-amount = Ile pieniędzy dostałeś lub dostałaś?
notice-field-income-this-month-month = W którym miesiącu dostałeś lub dostałaś te pieniądze?
notice-field-income-this-month-source = Od kogo dostałeś lub dostałaś te pieniądze?
notice-field-income-this-month-source-hint = Na przykład od pracodawcy albo od UWV.
notice-field-household-description = Co zmienia się w twojej rodzinie albo mieszkaniu?
notice-field-household-description-hint = Napisz, kogo to dotyczy i co się zmienia. Na przykład: moja córka kończy 18 lat i zaczyna pracować.
notice-field-household-date = Którego dnia to się zmienia?
notice-field-stay-description = Gdzie przebywasz i do kiedy?
notice-field-stay-description-hint = Napisz nazwę i miejscowość szpitala albo instytucji, albo adres. Nie wiesz jeszcze, do kiedy? Napisz to.
notice-field-stay-date = Którego dnia zaczyna się twój pobyt?
notice-field-education-description = Kto zaczyna albo kończy naukę i jaka to szkoła albo kurs?
notice-field-education-description-hint = Napisz też nazwę szkoły i czy jest stypendium studenckie (studiefinanciering).
notice-field-education-date = Którego dnia nauka się zaczyna albo kończy?
notice-field-justice-description = Jaka to kara i jak długo trwa?
notice-field-justice-description-hint = Na przykład: 80 godzin prac społecznych, dwa dni w tygodniu.
notice-field-justice-date = Którego dnia zaczyna się kara?
notice-field-assets-description = Co zmieniło się w twoim majątku i ile to jest warte?
notice-field-assets-description-hint = Na przykład: pożyczyłem pieniądze od brata. Albo: sprzedałam rower.
notice-field-assets-date = Którego dnia to się zmieniło?
notice-field-details-description = Jakie dane się zmieniają?
notice-field-details-description-hint = Napisz nowe dane. Na przykład twój nowy numer telefonu albo nazwisko zarządcy majątku.
notice-field-details-date = Od którego dnia to obowiązuje?
notice-field-other-description = Co się zmieniło?
notice-field-other-description-hint = Napisz to własnymi słowami.
notice-field-other-date = Którego dnia to się zmieniło?

## Who you are

notice-field-person-name = Jak się nazywasz?
notice-field-person-bsn = Jaki jest twój numer BSN (burgerservicenummer)?
notice-field-person-bsn-hint = Numer BSN jest w twoim paszporcie, dowodzie osobistym albo prawie jazdy.
notice-field-person-date-of-birth = Jaka jest twoja data urodzenia?
notice-field-person-phone = Jaki jest twój numer telefonu?
notice-field-person-phone-hint = Wtedy możemy do ciebie zadzwonić, jeśli mamy pytanie.
notice-field-person-email = Jaki jest twój adres e-mail?
notice-field-person-partner = Czy mieszkasz razem z partnerem lub partnerką?
notice-field-person-partner-yes = Tak
notice-field-person-partner-no = Nie
notice-field-person-partner-name = Jak nazywa się twój partner lub twoja partnerka?
notice-field-person-partner-bsn = Jaki jest numer BSN twojego partnera lub twojej partnerki?
notice-field-person-partner-date-of-birth = Jaka jest data urodzenia twojego partnera lub twojej partnerki?

## Before sending

notice-missing-identity = Wpisz jeszcze, kim jesteś.
notice-missing-changes = Wybierz jeszcze, co się zmieniło.
notice-missing-details = Wpisz jeszcze dane o tej zmianie.
notice-missing-outdated = Sprawdź jeszcze raz dane o tej zmianie. Jedna data już się nie zgadza.
notice-missing-declaration = Oświadcz jeszcze, że wszystko, co wpisałeś lub wpisałaś, jest prawdą.
