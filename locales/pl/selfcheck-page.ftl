# The self-check pages around the questions: start, steps, results.
# The questions and outcomes themselves are in selfcheck.ftl.

selfcheck-page-title = Co muszę zgłosić?
selfcheck-page-summary = Odpowiedz na kilka pytań o swoje życie. Wtedy zobaczysz, co musisz zgłosić, kiedy i jak.
selfcheck-page-intro = Odpowiedz na kilka krótkich pytań o swoje życie. Potem zobaczysz, co musisz zgłosić. Zobaczysz też, kiedy i jak.
selfcheck-page-trust = To nie jest kontrola. Tutaj jeszcze niczego nie zgłaszasz. Pytania pomagają ci uniknąć błędów.
selfcheck-page-time = To zajmie około 5 minut.
selfcheck-page-start = Zacznij odpowiadać na pytania
selfcheck-progress = Pytanie { $current } z około { $total }
selfcheck-next = Dalej
selfcheck-back = Wstecz
selfcheck-start-again = Zacznij od nowa
selfcheck-error-summary-title = Wystąpił problem
selfcheck-error-prefix = Błąd:
selfcheck-broken-link = Ten link już nie działa. Zacznij odpowiadać na pytania od nowa.
selfcheck-person-number = Osoba { $number }
selfcheck-people-rows-hint = Wypełnij jeden wiersz dla każdej osoby. Pozostałe wiersze zostaw puste.
selfcheck-euro = Kwota w euro

# Results
selfcheck-result-title = Twoja osobista lista
selfcheck-result-intro = Oto co musisz zrobić na podstawie twoich odpowiedzi z dnia { $today }. Zacznij od góry.
selfcheck-result-group-high = Zrób to najpierw
selfcheck-result-group-normal = Zrób to na czas
selfcheck-result-group-low = Warto wiedzieć
selfcheck-kind-report = Zgłoś
selfcheck-kind-no-need = Nie musisz zgłaszać
selfcheck-kind-ask-us = Zapytaj nas
selfcheck-label-how = Jak to zgłosić?
selfcheck-label-documents = Co dołączyć do zgłoszenia?
selfcheck-label-why = Dlaczego to ważne?
selfcheck-read-more = Więcej informacji:
selfcheck-your-answers = Twoje odpowiedzi
selfcheck-change = Zmień
selfcheck-change-hidden = swoją odpowiedź na pytanie: { $question }
selfcheck-share-heading = Zachowaj ten wynik
selfcheck-share-text = Dzięki temu linkowi możesz później znowu zobaczyć ten wynik. W linku są tylko twoje odpowiedzi. Nie ma w nim imienia i nazwiska ani numeru BSN.
selfcheck-share-link = Link do tego wyniku
selfcheck-print = Wydrukuj tę listę
selfcheck-doubt = Masz wątpliwości? Zadzwoń do nas: { $phone }. Albo napisz na adres { $email }.
selfcheck-report-now-heading = Zgłoś to teraz
selfcheck-report-now-text = Możesz od razu zgłosić te zmiany przez internet. To, co musisz zgłosić, będzie już gotowe w formularzu.
selfcheck-report-now-link = Zgłoś te zmiany
