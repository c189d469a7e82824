# Page: what must I report, by life area.

info-what-to-report-title = Co muszę zgłaszać?
info-what-to-report-nav = Co zgłaszam?
info-what-to-report-summary = Tutaj przeczytasz, jakie zmiany zgłaszasz w każdym temacie, kiedy i z jakimi dokumentami.
info-what-to-report-short-1 = Zgłoś każdą zmianę w ciągu { $change-deadline-days } dni.
info-what-to-report-short-2 = Wyjazd za granicę zgłoś co najmniej { $travel-notice-days } dni wcześniej.
info-what-to-report-short-3 = Dołącz dokumenty, na przykład pasek z wypłaty albo umowę.
info-what-to-report-short-4 = Masz wątpliwości? W takim razie i tak to zgłoś.

# Work and income
info-what-to-report-work-heading = Praca i dochód
info-what-to-report-work-p1 = Zgłoś wszystko, co ma związek z pracą i zarabianiem pieniędzy. Na przykład:
info-what-to-report-work-li1 = zaczynasz pracę, kończysz ją albo pracujesz więcej lub mniej godzin;
info-what-to-report-work-li2 = robisz drobne prace, płatnie opiekujesz się dziećmi albo pracujesz jako samozatrudniony (zzp'er);
info-what-to-report-work-li3 = robisz staż albo pracujesz jako wolontariusz;
info-what-to-report-work-li4 = dostajesz alimenty, emeryturę, WW, ZW albo WIA;
info-what-to-report-work-li5 = ktoś w twoim domu ma dochód, także dziecko, które z tobą mieszka;
info-what-to-report-work-li6 = ktoś inny płaci twoje rachunki, na przykład za twoje ubezpieczenie zdrowotne.
info-what-to-report-work-p2 = Kiedy zgłosić: w ciągu { $change-deadline-days } dni. Swój dochód z danego miesiąca zgłaszasz przed { $statement-day }. dniem miesiąca.
info-what-to-report-work-p3 = Co dołączyć: swoją umowę o pracę i paski z wypłaty.

# Household and housing
info-what-to-report-household-heading = Rodzina i mieszkanie
info-what-to-report-household-p1 = Zgłoś, gdy zmienia się to, kto z tobą mieszka. Na przykład:
info-what-to-report-household-li1 = ktoś się do ciebie wprowadza albo się wyprowadza, także dziecko albo osoba wynajmująca pokój;
info-what-to-report-household-li2 = zamieszkujesz z kimś, bierzesz ślub albo się rozwodzisz;
info-what-to-report-household-li3 = rodzi się dziecko albo ktoś umiera;
info-what-to-report-household-li4 = dziecko kończy 18, 21 albo 27 lat;
info-what-to-report-household-li5 = przeprowadzasz się albo zmienia się twój czynsz.
info-what-to-report-household-p2 = Mieszka z tobą ktoś, kto ma 21 lat albo więcej? W takim razie czasem dostajesz mniejszy zasiłek bijstand. To się nazywa kostendelersnorm. Dzielicie wtedy koszty mieszkania.
info-what-to-report-household-p3 = Kiedy zgłosić: w ciągu { $change-deadline-days } dni.
info-what-to-report-household-p4 = Co dołączyć: umowę najmu albo dane osoby, która się do ciebie wprowadza.

# Money and possessions
info-what-to-report-money-heading = Pieniądze i majątek
info-what-to-report-money-p1 = Zgłoś, co masz albo co dodatkowo dostajesz. Na przykład:
info-what-to-report-money-li1 = oszczędności, akcje albo kryptowaluty;
info-what-to-report-money-li2 = samochód, motocykl albo przyczepę kempingową;
info-what-to-report-money-li3 = biżuterię, dom albo działkę, także za granicą;
info-what-to-report-money-li4 = często jeździsz samochodem innej osoby.
info-what-to-report-money-p2 = Kiedy zgłosić: w ciągu { $change-deadline-days } dni.
info-what-to-report-money-p3 = Co dołączyć: wyciąg z konta albo dowód rejestracyjny pojazdu.

# Gifts
info-what-to-report-gifts-heading = Prezenty (giften)
info-what-to-report-gifts-p1 = Dostajesz pieniądze albo rzeczy od rodziny lub przyjaciół? To jest prezent (gift). W jednym roku kalendarzowym możesz dostać prezenty o łącznej wartości { $gift-limit }.
info-what-to-report-gifts-p2 = Przekraczasz tę kwotę? W takim razie to zgłoś. Dodaj do siebie wszystkie prezenty z tego roku.
info-what-to-report-gifts-p3 = Przykład: co miesiąc dostajesz pieniądze od brata. Co miesiąc policz, ile już dostałeś w tym roku. W miesiącu, w którym suma przekroczy { $gift-limit }, zgłoś to.
info-what-to-report-gifts-p4 = Paczki z banku żywności (voedselbank) się nie liczą.
info-what-to-report-gifts-p5 = Kiedy zgłosić: w miesiącu, w którym przekroczysz limit.
info-what-to-report-gifts-p6 = Co dołączyć: wyciąg z konta, na którym widać prezent.

# Inheritance, prizes, compensation
info-what-to-report-windfall-heading = Spadek, nagrody i odszkodowanie
info-what-to-report-windfall-p1 = Te rzeczy zgłaszasz zawsze, nawet gdy kwota jest bardzo mała:
info-what-to-report-windfall-li1 = spadek;
info-what-to-report-windfall-li2 = wygraną w loterii albo w grze;
info-what-to-report-windfall-li3 = odszkodowanie;
info-what-to-report-windfall-li4 = emeryturę wypłaconą jednorazowo.
info-what-to-report-windfall-p2 = Kiedy zgłosić: w ciągu { $change-deadline-days } dni.
info-what-to-report-windfall-p3 = Co dołączyć: list od notariusza albo list w sprawie nagrody lub odszkodowania.

# Travel and stays elsewhere
info-what-to-report-travel-heading = Podróże i pobyt w innym miejscu
info-what-to-report-travel-p1 = Gdy dostajesz zasiłek bijstand, w jednym roku kalendarzowym możesz spędzić za granicą łącznie { $days-abroad } dni. Weekendy też się liczą.
info-what-to-report-travel-p2 = Dzień wyjazdu się nie liczy. Dzień powrotu się liczy.
info-what-to-report-travel-p3 = Zostajesz dłużej? W takim razie za te dni nie dostajesz zasiłku bijstand.
info-what-to-report-travel-p4 = Spędzasz kilka dni w innym miejscu w Holandii? To też zgłoś.
info-what-to-report-travel-p5 = Kiedy zgłosić: co najmniej { $travel-notice-days } dni przed wyjazdem.
info-what-to-report-travel-p6 = Co dołączyć: swoje bilety. Zachowaj je jeszcze przez trzy miesiące po podróży.

# Detention, hospital and care institutions
info-what-to-report-stay-heading = Więzienie, szpital i placówka opiekuńcza
info-what-to-report-stay-p1 = Zgłoś, gdy przebywasz w innym miejscu. Na przykład:
info-what-to-report-stay-li1 = jesteś w więzieniu albo w areszcie;
info-what-to-report-stay-li2 = leżysz w szpitalu;
info-what-to-report-stay-li3 = mieszkasz w domu opieki albo w klinice;
info-what-to-report-stay-li4 = dostajesz karę prac społecznych (taakstraf).
info-what-to-report-stay-p2 = W więzieniu nie dostajesz zasiłku bijstand, już od pierwszego dnia.
info-what-to-report-stay-p3 = Kiedy zgłosić: w ciągu { $change-deadline-days } dni.
info-what-to-report-stay-p4 = Co dołączyć: list ze szpitala, z placówki albo od sędziego.

# Education
info-what-to-report-education-heading = Szkoła i studia
info-what-to-report-education-p1 = Zgłoś, gdy ty albo twoje dziecko zaczynacie albo kończycie naukę. Ktoś w twoim domu, kto ma 21 lat albo więcej, dostaje studiefinanciering (pomoc finansową na studia)? To też zgłoś.
info-what-to-report-education-p2 = Kiedy zgłosić: w ciągu { $change-deadline-days } dni.
info-what-to-report-education-p3 = Co dołączyć: zaświadczenie ze szkoły o zapisaniu.

# Bank account and contact details
info-what-to-report-details-heading = Konto bankowe i dane kontaktowe
info-what-to-report-details-p1 = Zgłoś, gdy zmieniają się te dane:
info-what-to-report-details-li1 = twój numer konta bankowego;
info-what-to-report-details-li2 = twój numer telefonu albo adres e-mail;
info-what-to-report-details-li3 = dostajesz dostęp do konta bankowego innej osoby, na przykład jako opiekun (mantelzorger);
info-what-to-report-details-li4 = dostajesz kuratora finansowego (bewindvoerder).
info-what-to-report-details-p2 = Kiedy zgłosić: w ciągu { $change-deadline-days } dni.
info-what-to-report-details-p3 = Co dołączyć: przy nowym koncie kartę bankową albo wyciąg z konta z twoim imieniem i nazwiskiem.
