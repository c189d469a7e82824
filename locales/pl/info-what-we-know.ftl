# Page: what the municipality learns anyway (Inlichtingenbureau).

info-what-we-know-title = Co gmina już wie
info-what-we-know-nav = Co już wiemy
info-what-we-know-summary = Gmina dostaje informacje od innych urzędów państwowych. Tutaj przeczytasz, jakie.
info-what-we-know-short-1 = Inne urzędy państwowe przekazują nam informacje o tobie.
info-what-we-know-short-2 = Dzieje się to przez Inlichtingenbureau.
info-what-we-know-short-3 = Lepiej zawsze zgłosić coś samemu. Wtedy twój zasiłek bijstand od razu się zgadza.

# How it works
info-what-we-know-how-heading = Jak to działa?
info-what-we-know-how-p1 = Gmina współpracuje z innymi urzędami państwowymi. Wymieniają się one informacjami przez Inlichtingenbureau. To jest fundacja, która łączy gminy i inne urzędy państwowe.
info-what-we-know-how-p2 = Tak jest w przypadku każdego, kto dostaje zasiłek bijstand. To nie znaczy, że ci nie ufamy. Chcemy, żeby twój zasiłek bijstand się zgadzał.

# What we receive
info-what-we-know-signals-heading = Jakie informacje dostajemy?
info-what-we-know-signals-p1 = Dostajemy na przykład informacje o:
info-what-we-know-signals-li1 = twoim wynagrodzeniu i twoich zasiłkach, od UWV;
info-what-we-know-signals-li2 = tym, czy jesteś w więzieniu, codziennie, od Dienst Justitiële Inrichtingen (służby więziennej);
info-what-we-know-signals-li3 = samochodach i innych pojazdach zarejestrowanych na ciebie, od RDW;
info-what-we-know-signals-li4 = studiefinanciering (pomocy finansowej na studia), od DUO;
info-what-we-know-signals-li5 = tym, kto mieszka pod twoim adresem, z BRP: to lista wszystkich mieszkańców;
info-what-we-know-signals-li6 = twoim majątku i podatkach, od Belastingdienst (urzędu skarbowego);
info-what-we-know-signals-li7 = twojej emeryturze AOW albo zasiłku na dzieci, od Sociale Verzekeringsbank (SVB).

# Why reporting yourself is better
info-what-we-know-better-heading = Dlaczego lepiej zgłosić coś samemu
info-what-we-know-better-p1 = Sam zgłaszasz zmianę na czas? W takim razie twój zasiłek bijstand szybciej się zgadza. Mimo to musisz coś oddać? W takim razie kwota jest mniejsza i nie dostajesz kary.
info-what-we-know-better-p2 = Jakaś informacja nie zgadza się z tym, co nam powiedziałeś? W takim razie kontaktujemy się z tobą. Możesz wtedy wyjaśnić, jak jest naprawdę.
