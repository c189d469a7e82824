# Page: what changes in 2026 and 2027 (Participatiewet in Balans). A message
# `<id>-from-2027-01-01` replaces `<id>` from that day on (src/i18n/dated.rs).

info-changes-2026-title = Co się zmienia w 2026 roku?
info-changes-2026-title-from-2027-01-01 = Co się zmieniło w 2026 i 2027 roku?
info-changes-2026-nav = Nowości w 2026 roku
info-changes-2026-nav-from-2027-01-01 = Nowości w 2026 i 2027 roku
info-changes-2026-summary = 1 stycznia 2026 roku zmieniło się prawo dotyczące zasiłku bijstand. Tutaj przeczytasz, co się dla ciebie zmieniło.
info-changes-2026-summary-from-2027-01-01 = 1 stycznia 2026 roku i 1 stycznia 2027 roku zmieniło się prawo dotyczące zasiłku bijstand. Tutaj przeczytasz, co się dla ciebie zmieniło.
info-changes-2026-short-1 = Prawo opiera się teraz bardziej na zaufaniu.
info-changes-2026-short-2 = Prezenty pieniężne do { $gift-limit } w roku kalendarzowym nie liczą się przy zasiłku bijstand.

info-changes-2026-short-4 = Od 1 stycznia 2027 roku młodzi ludzie będą mogli więcej dorobić.
info-changes-2026-short-4-from-2027-01-01 = Od 1 stycznia 2027 roku młodzi ludzie mogą więcej dorobić.

# Why the law changes
info-changes-2026-why-heading = Dlaczego prawo się zmienia?
info-changes-2026-why-p1 = Nowe prawo nazywa się Participatiewet in Balans. Zasady stają się prostsze. Prawo bardziej opiera się na zaufaniu i na człowieku.

# What changes now
info-changes-2026-now-heading = Co jest inaczej od 1 stycznia 2026 roku?
info-changes-2026-now-li1 = Prezenty pieniężne do { $gift-limit } w roku kalendarzowym nie liczą się przy zasiłku bijstand. Ta kwota dotyczy ciebie i partnera razem. Zakupy spożywcze i rzeczy się w niej nie mieszczą.
info-changes-2026-now-li2 = Możesz dostać zasiłek bijstand do trzech miesięcy wstecz.
info-changes-2026-now-li3 = Masz mniej niż 27 lat? W takim razie najpierw przez cztery tygodnie sam szukasz pracy albo szkoły. Teraz możemy dopasować ten czas szukania do twojej sytuacji.
info-changes-2026-now-li4 = Opieka nad bliskimi (mantelzorg) nie liczy się już jako płatna praca. Mieszkasz z kimś, bo ktoś potrzebuje opieki? Z tego powodu nie jesteście automatycznie partnerami.
info-changes-2026-now-li5 = Europejskie prawo jazdy i DigiD są uznawane jako dowód tożsamości.

# What changes on 1 January 2027: as coming before that day, as the present from it
info-changes-2026-in-2027-heading = Co zmienia się 1 stycznia 2027 roku?
info-changes-2026-in-2027-heading-from-2027-01-01 = Co jest inaczej od 1 stycznia 2027 roku?
info-changes-2026-in-2027-p1 = 1 stycznia 2027 roku zaczyna obowiązywać kolejna część prawa. Gminy mogą zacząć ją stosować już w 2026 roku.
info-changes-2026-in-2027-p1-from-2027-01-01 = 1 stycznia 2027 roku zaczęła obowiązywać kolejna część prawa.
info-changes-2026-in-2027-li1 = Młodzi ludzie będą wtedy mogli więcej dorobić obok zasiłku bijstand.
info-changes-2026-in-2027-li1-from-2027-01-01 = Młodzi ludzie mogą więcej dorobić obok zasiłku bijstand.
info-changes-2026-in-2027-li2 = Zarabiasz pieniądze obok zasiłku bijstand? Od tego dnia będą one częściej automatycznie rozliczane z twoim zasiłkiem.
info-changes-2026-in-2027-li2-from-2027-01-01 = Zarabiasz pieniądze obok zasiłku bijstand? Wtedy są one częściej automatycznie rozliczane z twoim zasiłkiem.

# What comes later
info-changes-2026-later-heading = Co zmieni się później?
info-changes-2026-later-p2 = Będzie też nowe prawo: Wet handhaving sociale zekerheid. To prawo daje więcej miejsca na błędy. Wtedy częściej dostaniesz ostrzeżenie zamiast kary pieniężnej. To prawo jest jeszcze przygotowywane. Nie wiadomo jeszcze, kiedy zacznie obowiązywać.

# What stays the same
info-changes-2026-same-heading = Co zostaje bez zmian?
info-changes-2026-same-p1 = Nadal sam zgłaszasz nam zmiany. Robisz to w ciągu { $change-deadline-days ->
        [one] { $change-deadline-days } dnia
        [few] { $change-deadline-days } dni
        [many] { $change-deadline-days } dni
       *[other] { $change-deadline-days } dnia
    }. Masz wątpliwości? Zapytaj nas.
