# Page: what happens if a change is reported late or not at all.

info-consequences-title = Co się dzieje, gdy zgłosisz coś za późno albo wcale?
info-consequences-nav = Gdy coś pójdzie źle
info-consequences-summary = Z góry uczciwie mówimy ci, co się dzieje, gdy czegoś nie zgłosisz albo zgłosisz za późno.
info-consequences-short-1 = Dostałeś za dużo zasiłku bijstand? W takim razie to oddajesz.
info-consequences-short-2 = Czasem dostajesz ostrzeżenie albo karę pieniężną.
info-consequences-short-3 = Nie współpracujesz? W takim razie twój zasiłek bijstand może być przez jakiś czas niższy.
info-consequences-short-4 = Popełniłeś błąd? Powiedz nam o tym teraz. To, że sam naprawiasz błąd, ma znaczenie.

# Paying back
info-consequences-repay-heading = Zwrot zbyt dużego zasiłku bijstand
info-consequences-repay-p1 = Zgłaszasz zmianę za późno albo wcale? W takim razie możesz dostać za dużo zasiłku bijstand. Wtedy obliczamy twój zasiłek bijstand od nowa.
info-consequences-repay-p2 = Kwotę, którą dostałeś za dużo, oddajesz. To się nazywa terugvordering. Przez to masz kłopoty z pieniędzmi? Powiedz nam o tym. Wtedy razem poszukamy rozwiązania.

# Warning and fine
info-consequences-fine-heading = Ostrzeżenie albo kara pieniężna
info-consequences-fine-p1 = To pierwszy raz i chodzi o małą kwotę? W takim razie możesz dostać ostrzeżenie zamiast kary pieniężnej.
info-consequences-fine-p2 = W innym przypadku możesz dostać karę pieniężną (boete). Jej wysokość zależy od tych rzeczy:
info-consequences-fine-li1 = kwoty, którą dostałeś za dużo: kara to 25, 50, 75 albo 100 procent tej kwoty;
info-consequences-fine-li2 = tego, jak bardzo można ci coś zarzucić: pomyłka waży mniej niż celowe działanie;
info-consequences-fine-li3 = twojej sytuacji: zawsze patrzymy na to, co się u ciebie dzieje.
info-consequences-fine-p3 = Dostajesz znowu karę pieniężną w ciągu pięciu lat? W takim razie może być ona wyższa, do 150 procent.
info-consequences-fine-p4 = Chodzi o dużo pieniędzy i ktoś zrobił to celowo? W takim razie gmina może zgłosić sprawę do Openbaar Ministerie (prokuratury). Dzieje się tak tylko przy poważnym oszustwie.

# Lowering when not cooperating
info-consequences-lower-heading = Niższy zasiłek bijstand, gdy nie współpracujesz
info-consequences-lower-p1 = Nie przychodzisz na spotkania? Albo nie robisz tego, co ustaliliśmy w sprawie pracy? W takim razie twój zasiłek bijstand może być przez jakiś czas niższy. To się nazywa verlaging (obniżenie).
info-consequences-lower-p2 = Najpierw patrzymy na twoją sytuację. Masz ważny powód? Powiedz nam o tym. W takim razie bierzemy go pod uwagę.

# The way out
info-consequences-fix-heading = Popełniłeś błąd? Powiedz nam o tym teraz
info-consequences-fix-p1 = Każdy czasem popełnia błąd. Popełniłeś błąd? Powiedz nam o tym teraz. To, że sam naprawiasz błąd, ma znaczenie.
info-consequences-fix-p2 = Wiemy, że błędy zwykle zdarzają się przypadkiem. Dlatego zawsze patrzymy na twoją sytuację.
info-consequences-fix-p3 = Masz kłopoty z pieniędzmi albo długi? Chętnie ci pomożemy. Zajrzyj na stronę o pomocy.
