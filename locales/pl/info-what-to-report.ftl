# Page: what must I report, by life area.

info-what-to-report-title = Co muszę zgłaszać?
info-what-to-report-nav = Co zgłaszam?
info-what-to-report-summary = Tutaj przeczytasz, jakie zmiany zgłaszasz w każdym temacie, kiedy i z jakimi dokumentami.
info-what-to-report-short-1 = Zgłoś każdą zmianę w ciągu { $change-deadline-days ->
        [one] { $change-deadline-days } dnia
        [few] { $change-deadline-days } dni
        [many] { $change-deadline-days } dni
       *[other] { $change-deadline-days } dnia
    }.
info-what-to-report-short-2 = Wyjazd za granicę zgłoś co najmniej { $travel-notice-days ->
        [one] { $travel-notice-days } dzień
        [few] { $travel-notice-days } dni
        [many] { $travel-notice-days } dni
       *[other] { $travel-notice-days } dnia
    } wcześniej.
info-what-to-report-short-3 = Dołącz dokumenty, na przykład pasek z wypłaty albo umowę. Zdjęcie też wystarczy.
info-what-to-report-short-4 = Masz wątpliwości? W takim razie i tak to zgłoś.

# Work and income
info-what-to-report-work-heading = Praca i dochód
info-what-to-report-work-p1 = Dochód to wszystkie pieniądze, które dostajesz. Zgłoś na przykład, gdy:
info-what-to-report-work-li1 = zaczynasz pracę, kończysz ją albo pracujesz więcej lub mniej godzin;
info-what-to-report-work-li2 = robisz drobne prace, płatnie opiekujesz się dziećmi albo pracujesz jako samozatrudniony (zzp'er) – powiedz też, dla kogo;
info-what-to-report-work-li3 = robisz staż albo pracujesz jako wolontariusz;
info-what-to-report-work-li4 = dostajesz zasiłek albo emeryturę, na przykład WW, ZW albo WIA, albo niedługo zaczniesz dostawać AOW;
info-what-to-report-work-li5 = ktoś w twoim domu ma dochód, także dziecko, które z tobą mieszka;
info-what-to-report-work-li6 = dostajesz alimenty albo zwrot pieniędzy od Belastingdienst (urzędu skarbowego).
info-what-to-report-work-p4 = Ktoś inny płaci twoje rachunki? Albo ktoś w twoim domu ma dochód? Zgłoś to. Sprawdzimy, czy się liczy. Dochód partnera liczy się zawsze.
info-what-to-report-work-p5 = Dostajesz AOW? Wtedy twój zasiłek bijstand się kończy. Twoja AOW jest niższa niż kwota bijstand? Wtedy SVB może wypłacać dodatek. Nazywa się AIO.
info-what-to-report-work-p6 = Opiekujesz się kimś bez wynagrodzenia? To jest mantelzorg. Nie zgłaszasz tego jako pracy. Opieka nie pasuje do ustaleń dotyczących pracy? Porozmawiaj o tym ze swoim konsultantem (consulent).
info-what-to-report-work-p2 = Kiedy zgłosić: w ciągu { $change-deadline-days ->
        [one] { $change-deadline-days } dnia
        [few] { $change-deadline-days } dni
        [many] { $change-deadline-days } dni
       *[other] { $change-deadline-days } dnia
    }. Swój dochód z danego miesiąca zgłaszasz przed { $statement-day }. dniem miesiąca.
info-what-to-report-work-p3 = Co dołączyć: swoją umowę o pracę i paski z wypłaty. Zdjęcie paska z wypłaty też wystarczy.

# Household and housing
info-what-to-report-household-heading = Rodzina i mieszkanie
info-what-to-report-household-p1 = Zgłoś, gdy coś się zmienia w twojej rodzinie albo w twoim domu. Na przykład:
info-what-to-report-household-li1 = ktoś się do ciebie wprowadza albo się wyprowadza, na przykład partner, współlokator, osoba wynajmująca pokój albo dziecko;
info-what-to-report-household-li2 = zamieszkujesz z kimś, bierzesz ślub, rozwodzisz się albo się z kimś rozstajesz;
info-what-to-report-household-li3 = rodzi się dziecko albo ktoś umiera;
info-what-to-report-household-li4 = dziecko kończy 18, 21 albo 27 lat;
info-what-to-report-household-li5 = przeprowadzasz się, zmienia się twój czynsz albo kredyt hipoteczny, albo wynajmujesz komuś pokój.
info-what-to-report-household-p2 = Mieszka z tobą ktoś, kto ma 27 lat albo więcej? W takim razie czasem dostajesz mniejszy zasiłek bijstand. Dzielicie wtedy koszty mieszkania. To się nazywa kostendelersnorm. Nie liczą się studenci, którzy mogą dostać studiefinanciering, uczniowie BBL ani najemcy z umową na zasadach komercyjnych. Dochód współlokatora zwykle się nie liczy, dochód partnera tak.
info-what-to-report-household-p5 = Ktoś się do ciebie wprowadza albo się wyprowadza? Zawsze to zgłoś, także wtedy, gdy ta osoba ma mniej niż 27 lat.
info-what-to-report-household-p6 = Zamieszkacie razem, bo jedno z was potrzebuje opieki? To jest przeprowadzka i zmiana w gospodarstwie domowym. Zgłoś to jak inne zmiany. Od 2026 roku nie jesteście przez to same w sobie jednym gospodarstwem domowym.
info-what-to-report-household-p7 = Nocuje u ciebie ktoś, kto ma własny dom? Jednego krótkiego pobytu, krótszego niż miesiąc, nie musisz zgłaszać. Gość zostaje miesiąc albo dłużej albo przyjeżdża często? Wtedy to zgłoś. Twój chłopak albo twoja dziewczyna często u ciebie nocuje? To zgłaszaj zawsze.
info-what-to-report-household-p8 = Jesteś w ciąży? Powiedz o tym swojemu konsultantowi (consulent). To ważne dla ustaleń dotyczących pracy. Dziecko się urodziło? Wtedy zgłoś narodziny.
info-what-to-report-household-p3 = Kiedy zgłosić: w ciągu { $change-deadline-days ->
        [one] { $change-deadline-days } dnia
        [few] { $change-deadline-days } dni
        [many] { $change-deadline-days } dni
       *[other] { $change-deadline-days } dnia
    }.
info-what-to-report-household-p4 = Co dołączyć: swoją umowę najmu albo imię, nazwisko i datę urodzenia osoby, która się do ciebie wprowadza.

# Money and possessions
info-what-to-report-money-heading = Pieniądze i majątek
info-what-to-report-money-p1 = Gdy dostajesz zasiłek bijstand, możesz mieć majątek tylko do określonej kwoty. Dlatego zgłoś, co masz i co dodatkowo dostajesz. Na przykład:
info-what-to-report-money-li1 = oszczędności, akcje albo kryptowaluty;
info-what-to-report-money-li2 = samochód, motocykl, przyczepę kempingową albo inny pojazd z tablicą rejestracyjną;
info-what-to-report-money-li3 = biżuterię, dom albo działkę, w Holandii albo za granicą;
info-what-to-report-money-li4 = często korzystasz z samochodu albo motocykla innej osoby;
info-what-to-report-money-li5 = pożyczasz pieniądze albo ktoś inny spłaca twoje długi.
info-what-to-report-money-p5 = To, co masz, liczy się do zasiłku bijstand. Granica to { $asset-limit-single } dla jednej osoby. Dla pary albo samotnego rodzica to { $asset-limit-couple }. Te kwoty obowiązują od { $asset-limit-single-from }. Masz więcej? Wtedy możesz nie dostać zasiłku.
info-what-to-report-money-p2 = Kiedy zgłosić: w ciągu { $change-deadline-days ->
        [one] { $change-deadline-days } dnia
        [few] { $change-deadline-days } dni
        [many] { $change-deadline-days } dni
       *[other] { $change-deadline-days } dnia
    }.
info-what-to-report-money-p3 = Co dołączyć: wyciąg z konta albo dowód rejestracyjny pojazdu. Na twoje konto wpływają pieniądze, na przykład od kogoś innego? Zgłoś to. Sprawdzimy, czy się liczą.
info-what-to-report-money-p4 = Długów nie musisz zgłaszać. Możesz za to dostać bezpłatną pomoc. Zajrzyj na stronę o pomocy.

# Gifts
info-what-to-report-gifts-heading = Prezenty (giften)
info-what-to-report-gifts-p1 = Dostajesz pieniądze od rodziny lub przyjaciół? To jest prezent (gift). Prezenty pieniężne do { $gift-limit } w roku kalendarzowym nie liczą się przy zasiłku bijstand. Ta kwota dotyczy całego gospodarstwa domowego: ciebie i partnera razem.
info-what-to-report-gifts-p2 = Przekraczasz tę kwotę? Wtedy to zgłoś. Możesz zatrzymać prezenty. Ale to, co jest ponad limit, może się liczyć przy zasiłku bijstand. Dodaj w tym celu wszystkie prezenty pieniężne z tego roku kalendarzowego.
info-what-to-report-gifts-p3 = Przykład: co miesiąc dostajesz pieniądze od brata. Co miesiąc dodaj, ile już dostałeś w tym roku kalendarzowym. Suma przekracza { $gift-limit }? Wtedy to zgłoś. 1 stycznia zaczynasz znowu od zera. Prezent zaczyna się późno w roku? Wtedy sprawdź jeszcze raz w styczniu.
info-what-to-report-gifts-p7 = Często dostajesz od innych zakupy spożywcze albo rzeczy? Nie mieszczą się one w limicie { $gift-limit }. Ten limit dotyczy tylko pieniędzy. Zapytaj nas, czy musisz je zgłosić.
info-what-to-report-gifts-p8 = Ktoś inny płaci twoje rachunki, na przykład za ubezpieczenie zdrowotne? Zgłoś to. Sprawdzimy, czy się liczy.
info-what-to-report-gifts-p4 = Paczki z banku żywności (voedselbank) nigdy się nie liczą.
info-what-to-report-gifts-p5 = Kiedy zgłosić: w ciągu { $change-deadline-days ->
        [one] { $change-deadline-days } dnia
        [few] { $change-deadline-days } dni
        [many] { $change-deadline-days } dni
       *[other] { $change-deadline-days } dnia
    } od prezentu, przez który przekraczasz limit.
info-what-to-report-gifts-p6 = Co dołączyć: wyciąg z konta, na którym widać prezent.

# Inheritance, prizes, compensation
info-what-to-report-windfall-heading = Spadek, nagrody i odszkodowanie
info-what-to-report-windfall-p1 = Te rzeczy zgłaszasz zawsze, nawet gdy kwota jest bardzo mała:
info-what-to-report-windfall-li1 = spadek;
info-what-to-report-windfall-li2 = wygraną w loterii, w konkursie albo w grze hazardowej;
info-what-to-report-windfall-li3 = odszkodowanie;
info-what-to-report-windfall-li4 = emeryturę, którą dostajesz wypłaconą jednorazowo w całości.
info-what-to-report-windfall-p2 = Kiedy zgłosić: w ciągu { $change-deadline-days ->
        [one] { $change-deadline-days } dnia
        [few] { $change-deadline-days } dni
        [many] { $change-deadline-days } dni
       *[other] { $change-deadline-days } dnia
    }.
info-what-to-report-windfall-p3 = Co dołączyć: list od notariusza albo list w sprawie nagrody lub odszkodowania.

# Travel and stays elsewhere
info-what-to-report-travel-heading = Podróże i pobyt w innym miejscu
info-what-to-report-travel-p1 = Gdy dostajesz zasiłek bijstand, w jednym roku kalendarzowym możesz spędzić za granicą łącznie { $days-abroad ->
        [one] { $days-abroad } dzień
        [few] { $days-abroad } dni
        [many] { $days-abroad } dni
       *[other] { $days-abroad } dnia
    }. Weekendy też się liczą. Jedna podróż też nie może trwać dłużej niż { $days-abroad ->
        [one] { $days-abroad } dzień
        [few] { $days-abroad } dni
        [many] { $days-abroad } dni
       *[other] { $days-abroad } dnia
    } bez przerwy.
info-what-to-report-travel-p2 = Dzień wyjazdu się nie liczy. Dzień powrotu się liczy. Podróżujesz w okresie Nowego Roku? W takim razie licz dni osobno dla każdego roku kalendarzowego. A cała podróż nie może trwać dłużej niż { $days-abroad ->
        [one] { $days-abroad } dzień
        [few] { $days-abroad } dni
        [many] { $days-abroad } dni
       *[other] { $days-abroad } dnia
    }.
info-what-to-report-travel-p3 = Zostajesz dłużej? Wtedy za dodatkowe dni nie dostajesz zasiłku bijstand. Czasem zasiłek kończy się nawet całkiem. Wtedy musisz znowu złożyć wniosek o bijstand. Wyjątek jest możliwy tylko z bardzo pilnych powodów. Zdarza się to bardzo rzadko.
info-what-to-report-travel-p4 = Zatrzymujesz się na dłużej niż kilka dni w innym miejscu w Holandii? To też zgłoś.
info-what-to-report-travel-p7 = Zamieszkasz za granicą? Wtedy twój zasiłek bijstand kończy się w dniu wyjazdu. Zasiłek dostajesz tylko wtedy, gdy mieszkasz w Holandii. Zgłoś to przed wyjazdem.
info-what-to-report-travel-p5 = Kiedy zgłosić: co najmniej { $travel-notice-days ->
        [one] { $travel-notice-days } dzień
        [few] { $travel-notice-days } dni
        [many] { $travel-notice-days } dni
       *[other] { $travel-notice-days } dnia
    } przed wyjazdem. Powiedz nam, dokąd jedziesz i kiedy wracasz.
info-what-to-report-travel-p6 = Co dołączyć: swoje bilety. Zachowaj je jeszcze przez trzy miesiące po podróży.

# Detention, hospital and care institutions
info-what-to-report-stay-heading = Więzienie, szpital i placówka opiekuńcza
info-what-to-report-stay-p1 = Zgłoś, gdy przebywasz w innym miejscu albo dostajesz karę. Na przykład:
info-what-to-report-stay-li1 = jesteś w więzieniu albo w areszcie śledczym (huis van bewaring);
info-what-to-report-stay-li2 = leżysz w szpitalu;
info-what-to-report-stay-li3 = mieszkasz w domu opieki albo jesteś w ośrodku leczenia uzależnień;
info-what-to-report-stay-li4 = dostajesz karę prac społecznych (taakstraf).
info-what-to-report-stay-p2 = Jesteś w więzieniu? W takim razie od pierwszego dnia nie dostajesz zasiłku bijstand. Dowiadujemy się o tym także od Dienst Justitiële Inrichtingen (służby więziennej).
info-what-to-report-stay-p3 = Kiedy zgłosić: w ciągu { $change-deadline-days ->
        [one] { $change-deadline-days } dnia
        [few] { $change-deadline-days } dni
        [many] { $change-deadline-days } dni
       *[other] { $change-deadline-days } dnia
    }. Nie możesz tego zrobić sam? W takim razie poproś kogoś, żeby zrobił to za ciebie.
info-what-to-report-stay-p4 = Co dołączyć: list ze szpitala, z placówki albo od sędziego.

# Education
info-what-to-report-education-heading = Szkoła i studia
info-what-to-report-education-p1 = Zgłoś, gdy ty albo twoje dziecko zaczynacie naukę albo ją kończycie. Ktoś w twoim domu, kto ma 27 lat albo więcej, dostaje studiefinanciering (pomoc finansową na studia) albo przestaje ją dostawać? To też zgłoś.
info-what-to-report-education-p2 = Kiedy zgłosić: w ciągu { $change-deadline-days ->
        [one] { $change-deadline-days } dnia
        [few] { $change-deadline-days } dni
        [many] { $change-deadline-days } dni
       *[other] { $change-deadline-days } dnia
    }.
info-what-to-report-education-p3 = Co dołączyć: zaświadczenie ze szkoły o zapisaniu albo list od DUO w sprawie studiefinanciering albo WTOS.

# Bank account and contact details
info-what-to-report-details-heading = Konto bankowe i dane kontaktowe
info-what-to-report-details-p1 = Zgłoś, gdy zmieniają się te rzeczy:
info-what-to-report-details-li1 = twój numer konta bankowego;
info-what-to-report-details-li2 = twój numer telefonu albo adres e-mail;
info-what-to-report-details-li3 = możesz korzystać z konta bankowego innej osoby, na przykład jako opiekun (mantelzorger);
info-what-to-report-details-li4 = dostajesz kuratora finansowego (bewindvoerder).
info-what-to-report-details-p2 = Kiedy zgłosić: w ciągu { $change-deadline-days ->
        [one] { $change-deadline-days } dnia
        [few] { $change-deadline-days } dni
        [many] { $change-deadline-days } dni
       *[other] { $change-deadline-days } dnia
    }.
info-what-to-report-details-p3 = Co dołączyć: przy nowym koncie wyciąg z konta z twoim imieniem i nazwiskiem. Przy kuratorze finansowym (bewindvoerder) list od sędziego.
