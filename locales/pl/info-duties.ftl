# Page: your duties (inlichtingenplicht and meewerkplicht).

info-duties-title = Twoje obowiązki, gdy dostajesz zasiłek bijstand
info-duties-nav = Twoje obowiązki
info-duties-summary = Gdy dostajesz zasiłek bijstand, masz dwa obowiązki: zgłaszać zmiany i współpracować.
info-duties-short-1 = Sam mówisz nam o wszystkim, co może zmienić twój zasiłek bijstand.
info-duties-short-2 = Współpracujesz z nami, gdy o coś prosimy albo coś sprawdzamy.
info-duties-short-3 = Masz partnera? W takim razie twój partner ma takie same obowiązki.
info-duties-short-4 = Masz wątpliwości? W takim razie zgłoś to albo zapytaj nas.

# The duty to inform
info-duties-inform-heading = Inlichtingenplicht: obowiązek zgłaszania zmian
info-duties-inform-p1 = Wysokość twojego zasiłku bijstand zależy od twojej sytuacji. Dlatego musimy wiedzieć, jak wygląda twoje życie.
info-duties-inform-p2 = Inlichtingenplicht oznacza, że mówisz nam o wszystkim, co może mieć wpływ na twój zasiłek bijstand albo na twoje ustalenia dotyczące pracy. Robisz to z własnej inicjatywy. Nie czekasz, aż o to zapytamy. Pytamy cię o coś? W takim razie odpowiadasz.
info-duties-inform-p3 = Chodzi na przykład o takie zmiany:
info-duties-inform-li1 = zaczynasz pracować albo pracujesz więcej lub mniej godzin;
info-duties-inform-li2 = ktoś się do ciebie wprowadza albo się wyprowadza;
info-duties-inform-li3 = dostajesz pieniądze, na przykład prezent albo spadek;
info-duties-inform-li4 = wyjeżdżasz za granicę;
info-duties-inform-li5 = przeprowadzasz się albo masz nowy numer konta bankowego.
info-duties-inform-p4 = Zgłoś zmianę w ciągu { $change-deadline-days ->
        [one] { $change-deadline-days } dnia
        [few] { $change-deadline-days } dni
        [many] { $change-deadline-days } dni
       *[other] { $change-deadline-days } dnia
    }. Wyjazd za granicę zgłoś co najmniej { $travel-notice-days ->
        [one] { $travel-notice-days } dzień
        [few] { $travel-notice-days } dni
        [many] { $travel-notice-days } dni
       *[other] { $travel-notice-days } dnia
    } przed wyjazdem.

# The duty to cooperate
info-duties-cooperate-heading = Meewerkplicht: obowiązek współpracy
info-duties-cooperate-p1 = Meewerkplicht oznacza, że pomagasz, gdy cię o to prosimy. Chodzi o dwie rzeczy.
info-duties-cooperate-li1 = Współpracujesz z nami, gdy sprawdzamy twoją sytuację. Prosimy na przykład o dokumenty, o rozmowę albo o wizytę u ciebie w domu.
info-duties-cooperate-li2 = Pomagasz w znalezieniu pracy. Przychodzisz na spotkania i robisz to, co razem ustaliliśmy.
info-duties-cooperate-p2 = Coś ci się nie udaje, na przykład z powodu choroby albo opieki nad dzieckiem? Powiedz nam o tym na czas. Wtedy razem poszukamy rozwiązania.

# Partners
info-duties-partner-heading = Masz partnera?
info-duties-partner-p1 = Mieszkasz z partnerem? W takim razie dostajecie zasiłek bijstand razem. Oboje macie wtedy takie same obowiązki.
info-duties-partner-p2 = Zgłaszaj więc też zmiany, które dotyczą twojego partnera. Na przykład gdy twój partner zaczyna pracować albo dostaje pieniądze.

# When in doubt
info-duties-doubt-heading = Masz wątpliwości? Zgłoś to albo zapytaj nas
info-duties-doubt-p1 = Czasem nie wiesz na pewno, czy coś jest ważne. W takiej sytuacji i tak to zgłoś. Albo zadzwoń do nas pod numer { $phone } i zapytaj.
info-duties-doubt-p2 = Zgłoszenie trochę za dużo nigdy nie jest błędem. Sami sprawdzimy, czy to coś zmienia w twoim zasiłku bijstand.
info-duties-doubt-p3 = Chcesz wiedzieć, co dotyczy ciebie? W takim razie skorzystaj ze sprawdzenia na tej stronie internetowej. Odpowiadasz na kilka krótkich pytań.
