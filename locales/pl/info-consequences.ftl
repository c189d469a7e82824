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
info-consequences-repay-p2 = Kwotę, którą dostałeś za dużo, oddajesz. To się nazywa terugvordering. Razem z tobą ustalamy plan spłaty, na który cię stać.

# Warning and fine
info-consequences-fine-heading = Ostrzeżenie albo kara pieniężna
info-consequences-fine-p1 = To pierwszy raz i chodzi o małą kwotę? W takim razie zwykle dostajesz ostrzeżenie.
info-consequences-fine-p2 = W innym przypadku możesz dostać karę pieniężną (boete). Jej wysokość zależy od tego, jak bardzo można ci coś zarzucić:
info-consequences-fine-li1 = naprawdę o tym nie wiedziałeś: brak kary albo niska kara;
info-consequences-fine-li2 = mogłeś o tym wiedzieć: 25 albo 50 procent kwoty;
info-consequences-fine-li3 = zrobiłeś to celowo: 75 albo 100 procent kwoty.
info-consequences-fine-p3 = Zdarza się to znowu w ciągu pięciu lat? W takim razie kara może być wyższa, do 150 procent.
info-consequences-fine-p4 = Przy dużej kwocie i celowym działaniu gmina może zgłosić sprawę do Openbaar Ministerie (prokuratury).

# Lowering when not cooperating
info-consequences-lower-heading = Niższy zasiłek bijstand, gdy nie współpracujesz
info-consequences-lower-p1 = Nie przychodzisz na spotkania? Albo nie robisz tego, co ustaliliśmy w sprawie pracy? W takim razie twój zasiłek bijstand może być przez jakiś czas niższy. To się nazywa verlaging (obniżenie).
info-consequences-lower-p2 = Najpierw z tobą rozmawiamy. Masz ważny powód? W takim razie bierzemy go pod uwagę.

# The way out
info-consequences-fix-heading = Popełniłeś błąd? Powiedz nam o tym teraz
info-consequences-fix-p1 = Każdy czasem popełnia błąd. Powiedz nam o tym jak najszybciej. To, że sam naprawiasz błąd, ma znaczenie.
info-consequences-fix-p2 = Zawsze patrzymy na twoją sytuację. Zastanawiamy się też, czy sami wyjaśniliśmy wszystko wystarczająco jasno.
info-consequences-fix-p3 = Masz kłopoty z pieniędzmi albo długi? Chętnie ci pomożemy. Zajrzyj na stronę o pomocy.
