# The self-check: what must I report? Questions, answers and outcomes.
# The ids come from content/selfcheck.toml. Figures are always variables.

# Shared parts
selfcheck-answer-yes = Tak
selfcheck-answer-no = Nie
selfcheck-period-from = Od
selfcheck-period-to = Do (włącznie)
selfcheck-people-count = Ilu osób to dotyczy?
selfcheck-person-age = Wiek
selfcheck-person-birth-month = Miesiąc i rok urodzenia
selfcheck-amount-hint = Wpisz kwotę w euro, na przykład 150 albo 150,50.
selfcheck-date-hint = Nie znasz dokładnego dnia? W takim razie wybierz dzień, który jest najbliżej.
selfcheck-several-hint = Możesz wybrać więcej niż jedną odpowiedź.
selfcheck-deadline = Zgłoś to najpóźniej { $deadline }.
selfcheck-deadline-passed = Ta data już minęła: { $deadline }. Zgłoś to teraz. To zawsze lepsze niż nie zgłosić wcale.
selfcheck-no-deadline = Zgłoś to jak najszybciej.
selfcheck-nothing-stored = Nie zapisujemy twoich odpowiedzi. Są one tylko w adresie tej strony.

# Field errors
selfcheck-error-unknown-question = Nie znamy tego pytania. Zacznij odpowiadać na pytania od nowa.
selfcheck-error-empty = Odpowiedz na to pytanie.
selfcheck-error-too-long = Ta odpowiedź jest za długa. Skróć ją.
selfcheck-error-unknown-option = Wybierz jedną z odpowiedzi.
selfcheck-error-date = Wpisz datę, która istnieje, na przykład 3 marca 2026.
selfcheck-error-amount = Wpisz kwotę, na przykład 150 albo 150,50.
selfcheck-error-amount-negative = Wpisz kwotę bez znaku minus.
selfcheck-error-amount-too-large = Ta kwota jest za wysoka. Sprawdź, czy jest dobrze wpisana.
selfcheck-error-number = Wpisz liczbę całkowitą, na przykład 7.
selfcheck-error-period-from = Wpisz pierwszy dzień.
selfcheck-error-period-to = Wpisz ostatni dzień.
selfcheck-error-period-order = Ostatni dzień jest przed pierwszym dniem. Sprawdź, czy daty są dobrze wpisane.
selfcheck-error-people-count = Wpisz dane dla każdej osoby.
selfcheck-error-age = Wpisz wiek w latach, na przykład 22.
selfcheck-error-birth-month = Wpisz miesiąc i rok, które już minęły, na przykład 05-2008.

# Life areas
selfcheck-life-areas = Co się stało albo co się stanie?
selfcheck-life-areas-hint = Wybierz wszystko, co do ciebie pasuje. Potem zadamy ci tylko pytania, które tego dotyczą.
selfcheck-life-areas-work = Praca albo dochód
selfcheck-life-areas-household = Rodzina albo mieszkanie
selfcheck-life-areas-money = Pieniądze albo majątek, na przykład samochód albo oszczędności
selfcheck-life-areas-gifts = Prezenty (giften): pieniądze albo pomoc od innych osób
selfcheck-life-areas-windfall = Spadek, nagroda albo odszkodowanie
selfcheck-life-areas-travel = Podróże albo pobyt w innym miejscu
selfcheck-life-areas-institution = Więzienie, szpital albo inna placówka
selfcheck-life-areas-education = Szkoła albo studia
selfcheck-life-areas-admin = Konto bankowe albo dane kontaktowe
selfcheck-life-areas-other = Coś innego

# Work and income
selfcheck-work-change = Co się zmienia w twojej pracy albo w twoim dochodzie?
selfcheck-work-change-job-started = Zaczynam pracować albo mam nową pracę
selfcheck-work-change-job-stopped = Kończę pracę
selfcheck-work-change-hours-changed = Będę pracować więcej albo mniej godzin
selfcheck-work-change-side-jobs = Robię drobne prace albo płatnie opiekuję się dziećmi
selfcheck-work-change-self-employed = Pracuję na własny rachunek, na przykład jako samozatrudniony (zzp'er)
selfcheck-work-change-internship = Zaczynam staż
selfcheck-work-change-volunteering = Zaczynam pracę jako wolontariusz
selfcheck-work-change-informal-care = Opiekuję się kimś z rodziny albo z mojego otoczenia (mantelzorg)
selfcheck-work-change-benefit = Dostaję emeryturę, WW, ZW albo WIA, albo ta kwota się zmienia
selfcheck-work-change-aow = Niedługo zacznę dostawać AOW
selfcheck-work-change-alimony = Dostaję alimenty albo zmienia się ich kwota
selfcheck-work-change-household-income = Ktoś w moim domu ma dochód, także dziecko
selfcheck-work-change-tax-refund = Dostaję zwrot pieniędzy od Belastingdienst (urzędu skarbowego)
selfcheck-work-change-deposit = Na moim koncie są pieniądze i muszę umieć wyjaśnić, skąd pochodzą
selfcheck-care-paid = Dostajesz pieniądze za tę opiekę?
selfcheck-care-paid-hint = Na przykład pieniądze z osobistego budżetu na opiekę (pgb).
selfcheck-work-date = Kiedy to się zaczyna albo zmienia?
selfcheck-household-date = Kiedy to się stało albo kiedy się stanie?
selfcheck-money-date = Jaka jest data otrzymania, zakupu albo sprzedaży?
selfcheck-windfall-date = Kiedy to dostałeś albo kiedy się o tym dowiedziałeś?
selfcheck-institution-date = Którego dnia to się zaczęło albo się zacznie?
selfcheck-education-date = Kiedy nauka się zaczyna albo kończy?

# Household and housing
selfcheck-household-change = Co się zmienia w twojej rodzinie albo w twoim mieszkaniu?
selfcheck-household-change-moves-in = Ktoś się do mnie wprowadza
selfcheck-household-change-moves-out = Ktoś się ode mnie wyprowadza
selfcheck-household-change-relationship = Zamieszkam z partnerem, wezmę ślub albo się rozstanę
selfcheck-household-change-birth = Urodzi się dziecko
selfcheck-household-change-death = Ktoś w moim domu zmarł
selfcheck-household-change-turns-age = Moje dziecko albo współlokator kończy 18, 21 albo 27 lat
selfcheck-household-change-moving-house = Przeprowadzam się w obrębie tej samej gminy
selfcheck-household-change-rent-change = Zmienia się mój czynsz albo kredyt hipoteczny
selfcheck-household-change-lodger = Wynajmuję komuś pokój albo część mojego domu
selfcheck-household-change-care-household = Zamieszkam z kimś, bo jedno z nas potrzebuje opieki
selfcheck-moves-in-who = Kto się do ciebie wprowadza?
selfcheck-moves-in-who-partner = Mój partner
selfcheck-moves-in-who-child = Moje dziecko
selfcheck-moves-in-who-other = Ktoś inny, na przykład przyjaciel albo ktoś z rodziny
selfcheck-moves-in-ages = Ile lat mają osoby, które się do ciebie wprowadzają?
selfcheck-moves-in-ages-hint = Wpisz wiek każdej osoby. Ktoś, kto ma 27 lat albo więcej, zwykle dzieli z tobą koszty mieszkania. Zgłoś też młodsze osoby.
selfcheck-relationship-change = Co się zmieni?
selfcheck-relationship-change-living-together = Zamieszkam z partnerem
selfcheck-relationship-change-marriage = Wezmę ślub albo zawrę zarejestrowany związek partnerski (geregistreerd partnerschap)
selfcheck-relationship-change-separation = Rozstanę się albo się rozwiodę
selfcheck-turns-who = Kto kończy 18, 21 albo 27 lat?
selfcheck-turns-who-child = Moje dziecko
selfcheck-turns-who-housemate = Ktoś inny, kto ze mną mieszka
selfcheck-turns-birth-months = W jakim miesiącu i roku urodziła się ta osoba?
selfcheck-turns-birth-months-hint = Wpisz tylko miesiąc i rok, na przykład 05-2008 dla maja 2008. Chodzi o więcej osób? W takim razie wpisz miesiąc i rok każdej osoby.

# Money and possessions
selfcheck-money-change = Co się zmieniło w twoich pieniądzach albo w twoim majątku?
selfcheck-money-change-vehicle = Mam nowy samochód, motocykl, przyczepę kempingową albo inny pojazd z tablicą rejestracyjną (kupiony albo otrzymany)
selfcheck-money-change-vehicle-use = Często korzystam z samochodu innej osoby
selfcheck-money-change-savings = Mam więcej oszczędności, akcji albo kryptowalut
selfcheck-money-change-property = Mam nowy dom albo nową działkę (kupione albo otrzymane), także za granicą
selfcheck-money-change-valuables = Mam nową biżuterię albo inne drogie rzeczy (kupione albo otrzymane)
selfcheck-money-change-sold = Sprzedaję coś wartościowego

# Gifts
selfcheck-gift-kind = Jaką pomoc albo jakie pieniądze dostajesz od innych osób?
selfcheck-gift-kind-regular = Co miesiąc dostaję od kogoś pieniądze
selfcheck-gift-kind-once = Ktoś dał mi pieniądze jeden raz albo kilka razy
selfcheck-gift-kind-bills-paid = Ktoś płaci za mnie rachunki, na przykład za moje ubezpieczenie zdrowotne
selfcheck-gift-kind-goods = Ktoś często daje mi rzeczy, na przykład zakupy spożywcze albo ubrania
selfcheck-gift-kind-food-bank = Dostaję paczki z banku żywności (voedselbank)
selfcheck-gift-monthly-amount = Ile pieniędzy dostajesz co miesiąc?
selfcheck-gift-monthly-since = Od kiedy dostajesz te pieniądze?
selfcheck-gift-monthly-since-hint = Wpisz dzień, w którym pieniądze przyszły pierwszy raz.
selfcheck-gift-total = Ile pieniędzy dostaliście razem ty i twój partner w tym roku kalendarzowym?
selfcheck-gift-total-hint = Dodaj wszystkie pojedyncze prezenty pieniężne z tego roku kalendarzowego, także te dla partnera. Nie licz pieniędzy, które dostajesz co miesiąc.
selfcheck-gift-date = Kiedy dostałeś ostatni prezent?
selfcheck-bills-paid-since = Od kiedy ktoś płaci twoje rachunki?

# Inheritance, prizes and compensation
selfcheck-windfall-kind = Co dostałeś?
selfcheck-windfall-kind-inheritance = Spadek, bez względu na wielkość, także samochód albo rzeczy
selfcheck-windfall-kind-prize = Nagrodę albo pieniądze z loterii lub gry hazardowej
selfcheck-windfall-kind-compensation = Odszkodowanie
selfcheck-windfall-kind-pension-buyout = Moją emeryturę wypłaconą jednorazowo w całości

# Travel and stays elsewhere
selfcheck-travel-kind = Dokąd jedziesz?
selfcheck-travel-kind-abroad = Jadę za granicę albo mam już za sobą wyjazd za granicę
selfcheck-travel-kind-elsewhere = Przez jakiś czas będę spać w innym miejscu w Holandii
selfcheck-travel-kind-emigrate = Zamieszkam za granicą
selfcheck-trip-dates = Kiedy wyjeżdżasz i kiedy wracasz?
selfcheck-trip-dates-hint = Dzień wyjazdu się nie liczy. Dzień powrotu się liczy.
selfcheck-abroad-earlier-days = Ile dni byłeś już za granicą w roku kalendarzowym, w którym zaczyna się ta podróż?
selfcheck-abroad-earlier-days-hint = Licz tylko dni przed tą podróżą. Twoja podróż zaczyna się na przykład w marcu 2027? W takim razie licz tylko dni w 2027 roku. Nie licz dnia wyjazdu, ale licz dzień powrotu. Jeszcze nigdzie nie wyjeżdżałeś? W takim razie wpisz 0.
selfcheck-trip-reason = Dlaczego wyjeżdżasz?
selfcheck-trip-reason-holiday = Wakacje albo odwiedziny u rodziny
selfcheck-trip-reason-family-emergency = Ktoś z rodziny jest ciężko chory albo zmarł
selfcheck-trip-reason-other = Inny powód
selfcheck-stay-dates = Od kiedy do kiedy śpisz w innym miejscu?
selfcheck-stay-dates-hint = Na przykład u rodziny, u przyjaciela albo w domku letniskowym w Holandii.
selfcheck-emigrate-date = Którego dnia wyjeżdżasz za granicę albo wyjechałeś?

# Detention, hospital and institutions
selfcheck-institution-kind = Co się dzieje?
selfcheck-institution-kind-detention = Muszę iść do więzienia albo jestem w areszcie
selfcheck-institution-kind-hospital = Idę do szpitala
selfcheck-institution-kind-care-home = Idę do domu opieki albo do placówki opiekuńczej
selfcheck-institution-kind-rehab = Idę do ośrodka leczenia uzależnień
selfcheck-institution-kind-community-service = Mam karę prac społecznych (taakstraf)

# Education
selfcheck-education-who = Kto zaczyna albo kończy naukę?
selfcheck-education-who-me = Ja
selfcheck-education-who-child = Moje dziecko
selfcheck-education-who-housemate = Ktoś inny, kto ze mną mieszka i dostaje studiefinanciering (pomoc finansową na studia)
selfcheck-housemate-27-plus = Czy ta osoba, która z tobą mieszka, ma 27 lat albo więcej?

# Bank account and contact details
selfcheck-admin-change = Co się zmienia?
selfcheck-admin-change-bank-account = Mam nowe konto bankowe
selfcheck-admin-change-phone = Mam nowy numer telefonu
selfcheck-admin-change-email = Mam nowy adres e-mail
selfcheck-admin-change-carer-access = Opiekuję się kimś i mogę korzystać z konta bankowego tej osoby
selfcheck-admin-change-guardian = Dostaję kuratora finansowego (bewindvoerder)

# How to report
selfcheck-how-change-form = Użyj formularza „Zgłoś zmianę” na tej stronie. Albo zadzwoń do nas pod numer { $phone }.
selfcheck-how-change-form-or-call = Użyj formularza „Zgłoś zmianę”. Nie możesz tego zrobić sam? W takim razie ktoś inny może to zrobić za ciebie albo zadzwonić do nas pod numer { $phone }.
selfcheck-how-monthly-statement = Co miesiąc wypełniaj formularz dochodów (inkomstenformulier). Zrób to przed { $statement-day }. dniem miesiąca.
selfcheck-how-travel = Użyj formularza „Zgłoś zmianę”. Wpisz datę wyjazdu, datę powrotu i kraj.
selfcheck-how-ask-us = Zadzwoń do nas pod numer { $phone } albo napisz na adres { $email }. Razem z tobą sprawdzimy, co musisz zrobić.

# Why it matters
selfcheck-why-income = Inny dochód może zmienić wysokość twojego zasiłku bijstand. Gdy zgłosisz to szybko, dostaniesz właściwą kwotę. Mimo to dostałeś za dużo? W takim razie kwota, którą być może oddasz, będzie mniejsza.
selfcheck-why-work-duties = To może mieć wpływ na ustalenia dotyczące pracy, które masz z nami.
selfcheck-why-assets = To, co masz, liczy się przy twoim prawie do zasiłku bijstand. Gdy to zgłosisz, możemy to dobrze sprawdzić.
selfcheck-why-household = To, kto z tobą mieszka, ma wpływ na wysokość twojego zasiłku bijstand.
selfcheck-why-partner = Gdy masz partnera, dostajecie razem jeden zasiłek bijstand. Kwota jest wtedy inna.
selfcheck-why-cost-sharing = Mieszka z tobą ktoś, kto ma 27 lat albo więcej? W takim razie dzielicie koszty mieszkania. Wtedy często dostajesz mniejszy zasiłek bijstand. To się nazywa kostendelersnorm. Nie liczą się studenci, którzy mogą dostać studiefinanciering, uczniowie BBL ani najemcy z umową na zasadach komercyjnych. Dochód współlokatora się nie liczy, liczy się tylko dochód partnera.
selfcheck-why-housing = Twój adres i koszty mieszkania są potrzebne, żeby dobrze obliczyć twój zasiłek bijstand.
selfcheck-why-windfall = Pieniądze albo majątek, które dostajesz, liczą się przy twoim zasiłku bijstand. Dotyczy to każdej kwoty.
selfcheck-why-travel = Gdy dostajesz zasiłek bijstand, w jednym roku kalendarzowym możesz spędzić za granicą { $days-abroad ->
        [one] { $days-abroad } dzień
        [few] { $days-abroad } dni
        [many] { $days-abroad } dni
       *[other] { $days-abroad } dnia
    }. Jedna podróż też nie może trwać dłużej niż { $days-abroad ->
        [one] { $days-abroad } dzień
        [few] { $days-abroad } dni
        [many] { $days-abroad } dni
       *[other] { $days-abroad } dnia
    } bez przerwy. Gdy zgłosisz wyjazd wcześniej, masz pewność, że twój zasiłek bijstand będzie dalej wypłacany.

# Outcomes: work and income
selfcheck-out-job-started-what = { $when ->
        [past] Zgłoś, że zacząłeś pracować. Powiedz, u kogo, ile godzin i ile zarabiasz.
       *[future] Zgłoś, że zaczynasz pracować. Powiedz, u kogo, ile godzin i ile zarabiasz.
    }
selfcheck-out-job-started-documents = Twoja umowa o pracę, a później twoje paski z wypłaty.
selfcheck-out-monthly-income-what = Co miesiąc zgłaszaj, ile zarabiasz.
selfcheck-out-monthly-income-documents = Twój pasek z wypłaty albo zestawienie twoich zarobków.
selfcheck-out-job-stopped-what = { $when ->
        [past] Zgłoś, że skończyłeś pracę i którego dnia.
       *[future] Zgłoś, że kończysz pracę i którego dnia.
    }
selfcheck-out-job-stopped-documents = List o zakończeniu twojej pracy i twój ostatni pasek z wypłaty.
selfcheck-out-hours-changed-what = Zgłoś, ile godzin będziesz pracować i od którego dnia.
selfcheck-out-hours-changed-documents = Nowa umowa albo list od twojego pracodawcy.
selfcheck-out-side-jobs-what = Zgłoś, jakie drobne prace robisz, dla kogo i ile za nie dostajesz.
selfcheck-out-side-jobs-documents = Lista drobnych prac i tego, ile za nie dostajesz.
selfcheck-out-self-employed-what = Zgłoś, że pracujesz na własny rachunek. Powiedz, kim są twoi klienci i ile zarabiasz.
selfcheck-out-self-employed-documents = Twój wpis do Kamer van Koophandel (izby handlowej) i twoje faktury.
selfcheck-out-internship-what = Zgłoś, że zaczynasz staż, gdzie i ile godzin.
selfcheck-out-internship-documents = Umowa o staż.
selfcheck-out-volunteering-what = Zgłoś, że zaczynasz pracę jako wolontariusz, gdzie i ile godzin.
selfcheck-out-volunteering-documents = Dostajesz za to jakieś pieniądze? W takim razie dołącz ustalenia w tej sprawie.
selfcheck-out-informal-care-reason = Opiekujesz się kimś i nie dostajesz za to pieniędzy? To jest mantelzorg. Nie musisz tego zgłaszać jako pracy. Opieka zajmuje dużo czasu i nie pasuje do twoich ustaleń dotyczących pracy? Porozmawiaj o tym ze swoim konsultantem (consulent). Dobrze, że się kimś opiekujesz.
selfcheck-out-paid-care-what = Zgłoś, że dostajesz pieniądze za opiekę nad kimś, i ile.
selfcheck-out-paid-care-documents = Umowa albo ustalenia dotyczące pgb.
selfcheck-out-benefit-what = Zgłoś, jaki zasiłek albo jaką emeryturę dostajesz i ile.
selfcheck-out-benefit-documents = List od UWV albo od twojego funduszu emerytalnego.
selfcheck-out-aow-what = Zgłoś, kiedy zaczynasz dostawać AOW.
selfcheck-out-aow-documents = List od SVB w sprawie twojej AOW.
selfcheck-out-aow-why = Gdy zaczynasz dostawać AOW, twój zasiłek bijstand się kończy. Twoja AOW jest niższa niż kwota bijstand, na przykład dlatego, że nie zawsze mieszkałeś w Holandii? Wtedy możesz poprosić SVB o dodatek. Nazywa się AIO. Zgłoś AOW na czas. Wtedy później oddasz jak najmniej.
selfcheck-out-alimony-what = Zgłoś, ile alimentów dostajesz i od kiedy.
selfcheck-out-alimony-documents = Wyrok sądu albo ustalenia dotyczące alimentów.
selfcheck-out-household-income-what = Zgłoś, kto w twoim domu ma dochód i ile.
selfcheck-out-household-income-documents = Pasek z wypłaty tej osoby albo list w sprawie jej zasiłku.
selfcheck-out-household-income-why = Dochód partnera liczy się przy twoim zasiłku bijstand. Dochód dziecka albo współlokatora zwykle się nie liczy. Zgłoś go mimo to. Sprawdzimy, czy się liczy.
selfcheck-out-tax-refund-what = Zgłoś, ile pieniędzy dostajesz z powrotem od Belastingdienst.
selfcheck-out-tax-refund-documents = List od Belastingdienst.
selfcheck-out-deposit-what = Zgłoś, jaka kwota wpłynęła na twoje konto i od kogo.
selfcheck-out-deposit-documents = Twój wyciąg z konta i, jeśli go masz, dowód, skąd pochodzą te pieniądze.
selfcheck-out-deposit-why = Pieniądze, które dostajesz, mogą się liczyć przy twoim zasiłku bijstand. Zgłoś je. Sprawdzimy, czy się liczą.

# Outcomes: household and housing
selfcheck-out-partner-moves-in-what = Zgłoś, że twój partner się do ciebie wprowadza i którego dnia.
selfcheck-out-moves-in-documents = Imię, nazwisko i data urodzenia każdej osoby, która się do ciebie wprowadza.
selfcheck-out-moves-in-27-plus-what = Zgłoś, kto się do ciebie wprowadza i którego dnia. { $aged-count ->
        [one] Wprowadza się do ciebie { $aged-count } osoba
        [few] Wprowadzają się do ciebie { $aged-count } osoby
        [many] Wprowadza się do ciebie { $aged-count } osób
       *[other] Wprowadza się do ciebie { $aged-count } osoby
    } w wieku 27 lat albo więcej.
selfcheck-out-moves-in-under-27-what = Zgłoś, kto się do ciebie wprowadza i którego dnia. Musisz to zrobić także wtedy, gdy ktoś ma mniej niż 27 lat.
selfcheck-out-moves-out-what = Zgłoś, kto się od ciebie wyprowadza i którego dnia.
selfcheck-out-moves-out-documents = Nowy adres osoby, która się wyprowadza, jeśli go znasz.
selfcheck-out-living-together-what = Zgłoś, że zamieszkasz z partnerem albo weźmiesz ślub, i od którego dnia.
selfcheck-out-living-together-documents = Imię, nazwisko i data urodzenia twojego partnera oraz informacje o jego dochodzie.
selfcheck-out-separation-what = Zgłoś, że się rozstajesz, i od którego dnia.
selfcheck-out-separation-documents = Jeśli je masz: dokumenty w sprawie rozwodu albo alimentów.
selfcheck-out-birth-what = Zgłoś, że urodziło się twoje dziecko.
selfcheck-out-death-what = Zgłoś, kto zmarł i którego dnia. Wyrazy współczucia z powodu twojej straty.
selfcheck-out-child-turns-age-what = Twoje dziecko kończy { $turns-age } lat w miesiącu: { $turns-month }. Zgłoś to.
selfcheck-out-child-turns-age-documents = Informacje o szkole, pracy albo dochodzie twojego dziecka.
selfcheck-out-child-turns-age-why = Gdy dziecko kończy 18, 21 i 27 lat, coś się zmienia w twoim zasiłku bijstand. Od 27 lat twoje dziecko zwykle dzieli z tobą koszty mieszkania. Nie dotyczy to dziecka, które może dostać studiefinanciering albo uczy się w systemie BBL.
selfcheck-out-turns-later-reason = Na razie nie musisz jeszcze nic zgłaszać. Twoje dziecko albo współlokator kończy { $turns-age } lat w miesiącu: { $turns-month }. Zgłoś to wtedy.
selfcheck-out-housemate-turns-27-what = Twój współlokator kończy 27 lat w miesiącu: { $turns-month }. Zgłoś to. Od 27 lat współlokator zwykle dzieli z tobą koszty mieszkania.
selfcheck-out-turns-age-unclear-reason = Z twoich odpowiedzi nie wiemy, co musisz zgłosić. Chętnie ci pomożemy.
selfcheck-out-moving-house-what = { $when ->
        [past] Zgłoś swój nowy adres i dzień, w którym się przeprowadziłeś.
       *[future] Zgłoś swój nowy adres i dzień przeprowadzki.
    }
selfcheck-out-rent-documents = Umowa najmu albo list w sprawie nowego czynszu lub kredytu hipotecznego.
selfcheck-out-rent-change-what = Zgłoś, ile będzie wynosić twój czynsz albo kredyt hipoteczny i od kiedy.
selfcheck-out-lodger-what = Zgłoś, że wynajmujesz pokój, komu i za ile.
selfcheck-out-lodger-documents = Umowa najmu z osobą, która wynajmuje od ciebie pokój.
selfcheck-out-care-household-what = { $when ->
        [past] Zgłoś, że zamieszkaliście razem, bo jedno z was potrzebuje opieki. Napisz, z kim, pod jakim adresem i od którego dnia.
       *[future] Zgłoś, że zamieszkacie razem, bo jedno z was potrzebuje opieki. Napisz, z kim, pod jakim adresem i od którego dnia.
    }
selfcheck-out-care-household-documents = Imię, nazwisko i data urodzenia osoby, u której zamieszkasz, albo która zamieszka u ciebie.
selfcheck-out-care-household-why = Twój adres i to, kto z tobą mieszka, liczą się przy zasiłku bijstand. Od 2026 roku wspólne mieszkanie z powodu opieki nie oznacza już samo w sobie jednego gospodarstwa domowego. Sprawdzimy z tobą, co to dla ciebie znaczy.

# Outcomes: money and possessions
selfcheck-out-vehicle-what = Zgłoś, jaki pojazd masz i ile jest wart.
selfcheck-out-vehicle-documents = Dowód rejestracyjny i, jeśli ją masz, umowa kupna.
selfcheck-out-vehicle-use-what = Zgłoś, do kogo należy samochód, z którego często korzystasz, i jak często z niego korzystasz.
selfcheck-out-savings-what = Zgłoś, ile masz oszczędności, akcji albo kryptowalut.
selfcheck-out-savings-documents = Aktualne zestawienie z twojego banku albo z konta inwestycyjnego.
selfcheck-out-property-what = Zgłoś, jaki dom albo jaką działkę masz, gdzie jest i ile jest warta.
selfcheck-out-property-documents = Dokumenty od notariusza albo wycena.
selfcheck-out-valuables-what = Zgłoś, co masz nowego i ile to jest mniej więcej warte.
selfcheck-out-sold-what = Zgłoś, co sprzedajesz i za ile.
selfcheck-out-sold-documents = Dowód sprzedaży, na przykład wyciąg z konta.

# Outcomes: gifts
selfcheck-out-gifts-over-limit-what = Twoje prezenty w { $gift-year } roku przekroczą { $gift-limit }. { $when ->
        [past] Stało się to { $passes-on }. Zgłoś prezenty teraz.
       *[future] Stanie się to { $passes-on }. Wtedy zgłoś prezenty.
    }
selfcheck-out-gifts-next-year-what = Ten prezent będzie trwał także w { $next-year } roku? Wtedy twoje prezenty przekroczą { $gift-limit } w dniu { $next-passes-on }. Wtedy je zgłoś. W styczniu { $next-year } roku odpowiedz jeszcze raz na te pytania.
selfcheck-out-gifts-documents = Zestawienie prezentów: od kogo, ile i kiedy.
selfcheck-out-gifts-why = Prezenty pieniężne do { $gift-limit } w roku kalendarzowym nie liczą się przy zasiłku bijstand. Ta kwota dotyczy ciebie i partnera razem. Możesz dostać więcej. Ale to, co jest ponad tę kwotę, może się liczyć. Sprawdzimy to razem z tobą.
selfcheck-out-gifts-at-limit-reason = Nie musisz nic zgłaszać. Twoje prezenty w { $gift-year } roku to razem { $gift-total }. To dokładnie limit { $gift-limit }. Dostaniesz w { $gift-year } roku coś więcej? Sprawdź jeszcze raz.
selfcheck-out-gifts-under-limit-reason = Nie musisz nic zgłaszać. Twoje prezenty w { $gift-year } roku to razem { $gift-total }. To mniej niż { $gift-limit }. Dostaniesz w { $gift-year } roku coś więcej? Sprawdź jeszcze raz.
selfcheck-out-bills-paid-what = Zgłoś, kto płaci za ciebie jakie rachunki i ile miesięcznie.
selfcheck-out-bills-paid-documents = Zestawienie rachunków, które ktoś za ciebie płaci.
selfcheck-out-bills-paid-why = Ktoś płaci twoje rachunki, na przykład rodzic płaci twoje ubezpieczenie zdrowotne? To może się liczyć przy zasiłku bijstand. Sprawdzimy, czy się liczy.
selfcheck-out-goods-reason = Zakupy spożywcze i rzeczy nie mieszczą się w limicie { $gift-limit } dla prezentów. Ten limit dotyczy tylko pieniędzy. Często dostajesz od kogoś zakupy albo rzeczy? Zapytaj nas, czy musisz to zgłosić. Paczki z banku żywności nigdy się nie liczą.
selfcheck-out-food-bank-reason = Nie musisz nic zgłaszać. Paczki z banku żywności (voedselbank) nigdy nie liczą się przy twoim zasiłku bijstand.

# Outcomes: inheritance, prizes and compensation
selfcheck-out-inheritance-what = Zgłoś spadek, także wtedy, gdy chodzi o mało pieniędzy albo o rzeczy, na przykład samochód.
selfcheck-out-inheritance-documents = Poświadczenie dziedziczenia (verklaring van erfrecht) albo list od notariusza. Przy samochodzie także dowód rejestracyjny.
selfcheck-out-prize-what = Zgłoś, co wygrałeś i ile to jest warte.
selfcheck-out-prize-documents = Dowód wygranej, na przykład list albo wyciąg z konta.
selfcheck-out-compensation-what = Zgłoś, ile odszkodowania dostajesz i za co.
selfcheck-out-compensation-documents = List w sprawie odszkodowania.
selfcheck-out-pension-buyout-what = Zgłoś, ile emerytury dostajesz jednorazowo.
selfcheck-out-pension-buyout-documents = List od twojego funduszu emerytalnego.

# Outcomes: travel and stays elsewhere
selfcheck-out-trip-within-limit-what = Zgłoś swoją podróż z wyprzedzeniem. Ta podróż liczy { $trip-days ->
        [one] { $trip-days } dzień
        [few] { $trip-days } dni
        [many] { $trip-days } dni
       *[other] { $trip-days } dnia
    }. W roku { $trip-year } spędzisz wtedy za granicą { $days-used ->
        [one] { $days-used } dzień
        [few] { $days-used } dni
        [many] { $days-used } dni
       *[other] { $days-used } dnia
    }. W roku { $trip-year } { $days-left ->
        [one] zostaje ci jeszcze { $days-left } dzień
        [few] zostają ci jeszcze { $days-left } dni
        [many] zostaje ci jeszcze { $days-left } dni
       *[other] zostaje ci jeszcze { $days-left } dnia
    }.
selfcheck-out-trip-reaches-limit-what = Zgłoś swoją podróż z wyprzedzeniem. Z tą podróżą dochodzisz dokładnie do limitu { $days-abroad ->
        [one] { $days-abroad } dnia
        [few] { $days-abroad } dni
        [many] { $days-abroad } dni
       *[other] { $days-abroad } dnia
    }. Ta podróż liczy { $trip-days ->
        [one] { $trip-days } dzień
        [few] { $trip-days } dni
        [many] { $trip-days } dni
       *[other] { $trip-days } dnia
    }. W roku { $trip-year } spędzisz za granicą { $days-used ->
        [one] { $days-used } dzień
        [few] { $days-used } dni
        [many] { $days-used } dni
       *[other] { $days-used } dnia
    }. Chcesz jeszcze raz wyjechać w tym samym roku kalendarzowym? W takim razie najpierw skontaktuj się z nami.
selfcheck-out-trip-over-limit-what = Uwaga: z tą podróżą jesteś za granicą za długo. Możesz wyjechać na { $days-abroad ->
        [one] { $days-abroad } dzień
        [few] { $days-abroad } dni
        [many] { $days-abroad } dni
       *[other] { $days-abroad } dnia
    } w roku kalendarzowym i nie dłużej niż na { $days-abroad ->
        [one] { $days-abroad } dzień
        [few] { $days-abroad } dni
        [many] { $days-abroad } dni
       *[other] { $days-abroad } dnia
    } bez przerwy. Ta podróż liczy { $trip-days ->
        [one] { $trip-days } dzień
        [few] { $trip-days } dni
        [many] { $trip-days } dni
       *[other] { $trip-days } dnia
    }. W roku { $trip-year } spędzisz za granicą { $days-used ->
        [one] { $days-used } dzień
        [few] { $days-used } dni
        [many] { $days-used } dni
       *[other] { $days-used } dnia
    }. To o { $days-over ->
        [one] { $days-over } dzień
        [few] { $days-over } dni
        [many] { $days-over } dni
       *[other] { $days-over } dnia
    } za dużo. Zgłoś swoją podróż z wyprzedzeniem.
selfcheck-out-trip-over-limit-why = Za dni ponad limit nie dostajesz zasiłku bijstand. Czasem zasiłek kończy się nawet całkiem. Wtedy po powrocie musisz znowu złożyć wniosek o bijstand. Może możesz skrócić podróż. Skontaktuj się z nami, jeśli to niemożliwe.
selfcheck-out-trip-documents = Zachowaj bilety i rezerwacje przez 3 miesiące po powrocie. Możemy o nie poprosić.
selfcheck-out-trip-hardship-reason = Wyjeżdżasz, bo ktoś z rodziny jest ciężko chory albo zmarł? Wyjątek jest możliwy tylko z bardzo pilnych powodów. Zdarza się to bardzo rzadko. Zadzwoń do nas przed wyjazdem.
selfcheck-out-stay-elsewhere-what = Zgłoś, gdzie się zatrzymujesz i na jak długo. Zrób to przed wyjazdem.
selfcheck-out-stay-elsewhere-why = Musimy wiedzieć, gdzie mieszkasz i śpisz. To ma znaczenie dla twojego prawa do zasiłku bijstand.
selfcheck-out-short-stay-reason = Nie musisz nic zgłaszać. Możesz spać kilka dni w innym miejscu bez zgłaszania.
selfcheck-out-emigration-what = { $when ->
        [past] Zgłoś, że zamieszkałeś za granicą, i którego dnia wyjechałeś.
       *[future] Zgłoś, że zamieszkasz za granicą, i którego dnia wyjeżdżasz.
    }
selfcheck-out-emigration-why = Zasiłek bijstand dostajesz tylko wtedy, gdy mieszkasz w Holandii. Zamieszkasz za granicą? Wtedy twój zasiłek kończy się w dniu wyjazdu. Zgłosisz to za późno? Wtedy musisz oddać zasiłek.

# Outcomes: detention, hospital and institutions
selfcheck-out-detention-what = Zgłoś, że jesteś w więzieniu albo w areszcie, i od którego dnia.
selfcheck-out-detention-why = Od pierwszego dnia pozbawienia wolności nie dostajesz zasiłku bijstand. Dowiadujemy się o tym także od Dienst Justitiële Inrichtingen (służby więziennej). Jeśli zgłosisz to sam, później oddasz mniej.
selfcheck-out-institution-stay-what = Zgłoś, że idziesz do szpitala albo placówki, gdzie i od którego dnia.
selfcheck-out-institution-stay-documents = List ze szpitala albo z placówki, jeśli go masz.
selfcheck-out-institution-stay-why = Gdy przebywasz w placówce, wysokość twojego zasiłku bijstand może się zmienić.
selfcheck-out-community-service-what = Zgłoś, że masz karę prac społecznych (taakstraf) i kiedy ją odbywasz.
selfcheck-out-community-service-documents = List w sprawie twojej kary prac społecznych.

# Outcomes: education
selfcheck-out-education-what = Zgłoś, kto zaczyna albo kończy naukę, jaką i od kiedy.
selfcheck-out-education-documents = Potwierdzenie zapisu i, jeśli jest, list z DUO w sprawie stypendium studenckiego albo WTOS.
selfcheck-out-education-why = Nauka może mieć wpływ na twój zasiłek bijstand, na kinderbijslag (zasiłek na dzieci) albo na studiefinanciering.
selfcheck-out-housemate-student-finance-what = Zgłoś, że osoba, która z tobą mieszka, dostaje studiefinanciering albo przestaje ją dostawać.
selfcheck-out-housemate-under-27-study-reason = Nie musisz nic zgłaszać. Współlokator, który ma mniej niż 27 lat, nie liczy się do kostendelersnorm. Jego nauka nie zmienia więc twojego zasiłku bijstand.

# Outcomes: bank account and contact details
selfcheck-out-bank-account-what = Zgłoś swój nowy numer konta (IBAN).
selfcheck-out-bank-account-documents = Wyciąg z konta albo zrzut ekranu z twoim imieniem, nazwiskiem i numerem konta.
selfcheck-out-bank-account-why = Dzięki temu twój zasiłek bijstand trafia na właściwe konto.
selfcheck-out-contact-details-what = Zgłoś swój nowy numer telefonu albo adres e-mail.
selfcheck-out-contact-details-why = Dzięki temu możemy się z tobą skontaktować, gdy to potrzebne.
selfcheck-out-carer-access-what = Zgłoś, kim się opiekujesz i że możesz korzystać z konta bankowego tej osoby.
selfcheck-out-guardian-what = Zgłoś, kto jest twoim kuratorem finansowym (bewindvoerder) i od kiedy.
selfcheck-out-guardian-documents = Orzeczenie sądu w sprawie kurateli finansowej (bewind).
selfcheck-out-guardian-why = Wtedy wiemy, z kim kontaktujemy się w sprawie twoich pieniędzy.

# Outcomes: when the rules cannot decide
selfcheck-out-other-reason = Nie wszystko pasuje do tych pytań. Nie wiesz, czy musisz coś zgłosić? Śmiało nas zapytaj.
selfcheck-out-not-sure-reason = Z twoich odpowiedzi nie wynika, czy musisz coś zgłosić. Chętnie ci pomożemy.

# Issue 12 (self-check gaps): "nothing changed", "none of these", new situations,
# the asset limit and debt help. One block, apart from the law corrections.
selfcheck-life-areas-nothing = Nic się nie zmieniło
selfcheck-none-of-these = Żadne z tych: to coś innego
selfcheck-work-change-selling-online = Często sprzedaję rzeczy, na przykład przez internet na Marktplaats albo Vinted
selfcheck-work-change-partner-aow = Mój partner wkrótce dostanie emeryturę AOW
selfcheck-household-change-partner-stays = Mój partner albo moja partnerka często u mnie nocuje albo mieszka pod dwoma adresami
selfcheck-household-change-guest = Ktoś mieszka u mnie przez jakiś czas jako gość
selfcheck-household-change-pregnancy = Jestem w ciąży albo moja partnerka jest w ciąży
selfcheck-household-change-moving-away = Przeprowadzam się do innej gminy
selfcheck-guest-partner = Czy jesteś w związku z tą osobą?
selfcheck-guest-partner-hint = Na przykład twój chłopak albo twoja dziewczyna. Wtedy obowiązują inne zasady niż dla rodziny w odwiedzinach.
selfcheck-guest-own-home = Czy ta osoba ma własny dom i czy do niego wróci?
selfcheck-guest-own-home-hint = Gość to ktoś, kto przez jakiś czas u ciebie nocuje, na przykład rodzina w odwiedzinach.
selfcheck-guest-stay = Jak długo i jak często ta osoba u ciebie nocuje?
selfcheck-guest-stay-hint = Licz wszystkie noce, także gdy gość w międzyczasie wraca do domu.
selfcheck-guest-stay-once-short = Jeden raz, krócej niż miesiąc
selfcheck-guest-stay-once-long = Jeden raz, miesiąc albo dłużej
selfcheck-guest-stay-often = Częściej: jedną lub więcej nocy w tygodniu albo w każdy weekend
selfcheck-money-change-vehicle-sold = Sprzedałem albo oddałem samochód, motocykl albo inny pojazd
selfcheck-money-change-loan = Pożyczyłem pieniądze albo dostałem kredyt
selfcheck-money-change-debts = Mam długi albo nie mogę zapłacić rachunków
selfcheck-admin-change-residence-permit = Moje zezwolenie na pobyt się zmienia, jest przedłużane albo się kończy
selfcheck-out-selling-online-what = Zgłoś, że często sprzedajesz rzeczy. Napisz, co sprzedajesz, jak często i ile za to dostajesz.
selfcheck-out-selling-online-documents = Zestawienie tego, co sprzedałeś i za ile. Na przykład zrzuty ekranu twoich ogłoszeń.
selfcheck-out-selling-online-why = Często sprzedajesz rzeczy albo kupujesz rzeczy, żeby je dalej sprzedać? Wtedy te pieniądze mogą liczyć się jako dochód. Sprawdzimy to razem z tobą.
selfcheck-out-partner-aow-what = { $when ->
        [past] Zgłoś, że emerytura AOW twojego partnera się zaczęła, i którego dnia.
       *[future] Zgłoś, kiedy zaczyna się emerytura AOW twojego partnera.
    }
selfcheck-out-partner-aow-documents = List z SVB o emeryturze AOW twojego partnera.
selfcheck-out-partner-aow-why = Gdy twój partner dostaje AOW, twój zasiłek bijstand się zmienia. Możliwe, że dostaniesz wtedy zasiłek dla jednej osoby. Twój partner może czasem dostać dodatek z SVB.
selfcheck-out-partner-stays-what = Zgłoś, kto często u ciebie nocuje, ile nocy w tygodniu i pod jakim adresem ta osoba jest zameldowana.
selfcheck-out-partner-stays-why = Prawie mieszkacie razem, nawet pod dwoma adresami? Wtedy możecie być jednym gospodarstwem domowym. Dostajecie wtedy razem jeden zasiłek bijstand. Sprawdzimy to razem z tobą.
selfcheck-out-guest-what = Zgłoś, kto u ciebie nocuje, od którego dnia, jak długo i ile nocy w tygodniu.
selfcheck-out-guest-why = Ktoś nocuje u ciebie długo albo często? Wtedy twój dom może stać się jego prawdziwym adresem. Wtedy twój zasiłek bijstand może się zmienić. Sprawdzimy to razem z tobą.
selfcheck-out-guest-reason = Nie musisz nic zgłaszać. Gość z własnym domem, który zostaje jeden raz na krótko, nie mieszka u ciebie. Twój gość zostanie jednak miesiąc albo dłużej? Albo przyjeżdża częściej? Wtedy to zgłoś.
selfcheck-out-pregnancy-reason = Ciąży nie musisz zgłaszać tak jak narodzin. Powiedz o niej jednak swojemu konsultantowi (consulent). Wtedy weźmiemy to pod uwagę w ustaleniach dotyczących pracy. Dziecko się urodziło? Wtedy zgłoś narodziny.
selfcheck-out-moving-away-what = { $when ->
        [past] Zgłoś, że przeprowadziłeś się do innej gminy. Podaj nowy adres i dzień przeprowadzki.
       *[future] Zgłoś, że przeprowadzasz się do innej gminy. Podaj nowy adres i dzień przeprowadzki.
    }
selfcheck-out-moving-away-why = Twój zasiłek bijstand od nas się kończy, gdy zamieszkasz w innej gminie. Złóż na czas wniosek o zasiłek w nowej gminie. Wtedy nie zostaniesz bez pieniędzy.
selfcheck-out-vehicle-sold-what = Zgłoś, jaki pojazd sprzedałeś albo oddałeś i ile za niego dostałeś.
selfcheck-out-vehicle-sold-documents = Potwierdzenie zbycia pojazdu (vrijwaringsbewijs) z RDW i dowód sprzedaży, na przykład wyciąg z konta.
selfcheck-out-loan-what = Zgłoś, ile pieniędzy pożyczyłeś, od kogo i jak je oddajesz.
selfcheck-out-loan-documents = Ustalenia dotyczące pożyczki, na przykład umowa albo wiadomość, i wyciąg z konta.
selfcheck-out-loan-why = Pożyczone pieniądze też czasem liczą się do zasiłku bijstand. Sprawdzimy to razem z tobą.
selfcheck-why-asset-limit = To, co masz, liczy się do zasiłku bijstand. Granica to { $asset-limit-single } dla jednej osoby. Dla pary albo samotnego rodzica to { $asset-limit-couple }. { $asset-limit-single-from ->
        [undated] {""}
       *[other] Te kwoty obowiązują od { $asset-limit-single-from }.
    } Masz więcej? Wtedy możesz nie dostać zasiłku.
selfcheck-out-debts-help-reason = Długów nie musisz nam zgłaszać. Ale gminny Geldloket (punkt pomocy w sprawach pieniędzy) pomoże ci bezpłatnie. Im wcześniej poprosisz o pomoc, tym lepiej. Zadzwoń pod numer { $debt-help-phone } albo zajrzyj na { $debt-help-website }. Ktoś inny spłaca twoje długi? Albo pożyczasz pieniądze? To musisz zgłosić.
selfcheck-out-residence-permit-what = Zgłoś, co zmienia się w twoim zezwoleniu na pobyt. Na przykład nowe zezwolenie, przedłużenie albo koniec.
selfcheck-out-residence-permit-documents = Kopia nowego dokumentu pobytowego albo list z IND.
selfcheck-out-residence-permit-why = Twoje prawo do zasiłku bijstand zależy od zezwolenia na pobyt. Dzięki temu dostajesz zasiłek tak długo, jak masz do niego prawo.
selfcheck-out-not-listed-reason = To, co się u ciebie zmienia, nie jest na liście. Może mimo to musisz to zgłosić. Masz wątpliwości? Zapytaj nas. Wtedy będziesz mieć pewność.
selfcheck-out-nothing-changed-reason = Teraz nie musisz nic zgłaszać. Coś zmieni się później? Na przykład praca albo dochód, ktoś się do ciebie wprowadza albo wyprowadza, pieniądze albo prezent, albo wyjazd za granicę. Wtedy zgłoś to w ciągu { $change-deadline-days ->
        [one] { $change-deadline-days } dnia
        [few] { $change-deadline-days } dni
        [many] { $change-deadline-days } dni
       *[other] { $change-deadline-days } dnia
    }. Masz wątpliwości? Śmiało nas zapytaj.
