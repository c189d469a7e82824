# Page: what happens if a change is reported late or not at all.

info-consequences-title = Co się dzieje, gdy zgłosisz coś za późno albo wcale?
info-consequences-nav = Gdy coś pójdzie źle
info-consequences-summary = Z góry uczciwie mówimy ci, co się dzieje, gdy czegoś nie zgłosisz albo zgłosisz za późno.
info-consequences-short-1 = Dostałeś za dużo zasiłku bijstand? W takim razie możemy poprosić o zwrot.
info-consequences-short-2 = Czasem dostajesz ostrzeżenie albo karę pieniężną.
info-consequences-short-3 = Nie współpracujesz? W takim razie twój zasiłek bijstand może być przez jakiś czas niższy.
info-consequences-short-4 = Popełniłeś błąd? Powiedz nam o tym teraz. To, że sam naprawiasz błąd, ma znaczenie.

# Paying back
info-consequences-repay-heading = Zwrot zbyt dużego zasiłku bijstand
info-consequences-repay-p1 = Zgłaszasz zmianę za późno albo wcale? W takim razie możesz dostać za dużo zasiłku bijstand. Wtedy obliczamy twój zasiłek bijstand od nowa.
info-consequences-repay-p2 = Kwotę, którą dostałeś za dużo, możemy odebrać. To się nazywa terugvordering. Nie zawsze musimy to robić. Możemy też poprosić o mniej albo o nic, jeśli tak jest sprawiedliwiej. Przez oddawanie pieniędzy masz kłopoty finansowe? Powiedz nam o tym. Wtedy razem poszukamy rozwiązania.
info-consequences-repay-p3 = Zgłaszasz zmianę na czas? W takim razie kwota pozostaje mała i nie dostajesz kary. Czasem i tak musisz coś oddać. Na przykład dlatego, że twój dochód możemy obliczyć dopiero później.

info-consequences-suspend-heading = Dokumenty niewysłane na czas
info-consequences-suspend-p1 = Prosimy cię o informacje albo dokumenty? W takim razie wyślij je na czas. W przeciwnym razie możemy na jakiś czas wstrzymać wypłatę twojego zasiłku bijstand. To się nazywa opschorting.
info-consequences-suspend-p2 = Dostajesz wtedy list z nowym terminem. Wysyłasz dokumenty przed tym terminem? W takim razie znowu wypłacamy twój zasiłek bijstand. Nie wysyłasz ich? W takim razie twój zasiłek bijstand może się całkiem skończyć.

# Warning and fine
info-consequences-fine-heading = Ostrzeżenie albo kara pieniężna
info-consequences-fine-p1 = To pierwszy raz i chodzi o małą kwotę? W takim razie możesz dostać ostrzeżenie zamiast kary pieniężnej.
info-consequences-fine-p2 = W innym przypadku możesz dostać karę pieniężną (boete). Jej wysokość zależy od tych rzeczy:
info-consequences-fine-li1 = kwoty, którą dostałeś za dużo: kara to 25, 50, 75 albo 100 procent tej kwoty;
info-consequences-fine-li2 = tego, jak bardzo można ci coś zarzucić: pomyłka waży mniej niż celowe działanie;
info-consequences-fine-li3 = twojej sytuacji: zawsze patrzymy na to, co się u ciebie dzieje.
info-consequences-fine-p3 = Dostajesz znowu karę pieniężną w ciągu pięciu lat? W takim razie może być ona wyższa, do 150 procent.
info-consequences-fine-p4 = Chodzi o dużo pieniędzy i ktoś zrobił to celowo? W takim razie możemy zgłosić sprawę do Openbaar Ministerie (prokuratury). Dzieje się tak tylko przy poważnym oszustwie.

# Lowering when not cooperating
info-consequences-lower-heading = Niższy zasiłek bijstand, gdy nie współpracujesz
info-consequences-lower-p1 = Nie przychodzisz na spotkania? Albo nie robisz tego, co ustaliliśmy w sprawie pracy? W takim razie twój zasiłek bijstand może być przez jakiś czas niższy. To się nazywa verlaging (obniżenie).
info-consequences-lower-p2 = Najpierw patrzymy na twoją sytuację. Masz ważny powód? Powiedz nam o tym. W takim razie bierzemy go pod uwagę.

info-consequences-rights-heading = Twoje prawa: przedstawienie swojej wersji i sprzeciw
info-consequences-rights-p1 = Zanim nałożymy na ciebie karę, możesz najpierw przedstawić swoją wersję. Naprawdę jej słuchamy.
info-consequences-rights-p2 = Nie zgadzasz się z naszą decyzją? W takim razie możesz złożyć sprzeciw. To się nazywa bezwaar. Robisz to w ciągu 6 tygodni. Te 6 tygodni zaczyna się w dniu po tym, jak wysłaliśmy decyzję. W liście jest napisane, jak to zrobić.

# The way out
info-consequences-fix-heading = Popełniłeś błąd? Powiedz nam o tym teraz
info-consequences-fix-p1 = Każdy czasem popełnia błąd. Popełniłeś błąd? Powiedz nam o tym teraz. To, że sam naprawiasz błąd, ma znaczenie.
info-consequences-fix-p2 = Wiemy, że błędy zwykle zdarzają się przypadkiem. Dlatego zawsze patrzymy na twoją sytuację.
info-consequences-fix-p3 = Masz kłopoty z pieniędzmi albo długi? Chętnie ci pomożemy. Zajrzyj na stronę o pomocy.
