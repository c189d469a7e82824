# The online change notice: the steps after the start page.

report-optional = (nieobowiązkowe)
report-error-label = Błąd:
report-error-prefix = Błąd:
report-error-summary-title = Coś poszło nie tak
report-step-counter = Krok { $step } z { $steps }
report-back = Wstecz
report-form-summary = Zgłoś zmianę w swoim życiu online. Dostaniesz potwierdzenie z numerem sprawy.
report-continue = Dalej

report-identity-title = Kim jesteś?
report-identity-intro = Potrzebujemy twoich danych, aby dołączyć zmianę do twoich akt.

report-changes-title = Co się zmieniło?
report-changes-hint = Wybierz wszystko, co cię dotyczy. Możesz wybrać więcej niż jedną rzecz.

report-details-intro = Wpisz to, co wiesz. Czegoś nie wiesz na pewno? Napisz wtedy to, co wiesz.
report-file-label = Dodaj dokumenty (nieobowiązkowe)
report-file-hint = Na przykład odcinek wypłaty lub umowę. Zdjęcie zrobione telefonem wystarczy. PDF, JPG lub PNG, najwyżej 10 MB. Możesz wybrać kilka plików naraz.
report-files-heading = Pliki
report-file-remove = Usuń { $name }
report-file-remove-short = Usuń
report-size-kb = { $kb } kB
report-size-mb = { $mb } MB

report-check-title = Sprawdź swoje odpowiedzi
report-change-link = Zmień
report-check-other-changes = Wybierz coś innego lub coś dodaj
report-declaration-heading = Oświadczenie
report-declaration-text = Oświadczam, że wszystkie dane, które wpisuję, są prawdziwe i kompletne.
report-declaration-consequence = Używamy tych danych, aby dobrze obliczyć twój zasiłek bijstand. Coś później jednak się nie zgadza? Zgłoś to wtedy jak najszybciej. Razem znajdziemy rozwiązanie.
report-submit = Wyślij

report-received-title = Otrzymaliśmy zgłoszenie twojej zmiany
report-received-reference = Twój numer referencyjny:
report-received-when = Otrzymano { $date }.
report-next-heading = Co będzie dalej?
report-next-1 = Nasz pracownik zajmie się twoją zmianą w ciągu 5 dni roboczych.
report-next-2 = Potrzebujemy czegoś od ciebie? Wtedy zadzwonimy lub napiszemy do ciebie. Podaj wtedy swój numer referencyjny.
report-next-3 = Twój zasiłek bijstand się zmienia? Wtedy dostaniesz o tym list.
report-receipt-heading = Twoje potwierdzenie
report-receipt-intro = Zachowaj to potwierdzenie. Widać w nim, co zostało wysłane. Twój numer BSN i numer konta nie są w nim widoczne w całości.
report-receipt-download = Pobierz swoje potwierdzenie
report-receipt-print = Wydrukuj swoje potwierdzenie
report-receipt-title = Potwierdzenie zgłoszenia zmiany
report-new-heading = Chcesz zgłosić coś jeszcze?
report-new-button = Zgłoś kolejną zmianę

report-problem-expired-title = Ten formularz już nie działa
report-problem-expired-text = Być może formularz był otwarty zbyt długo albo w twojej przeglądarce są wyłączone pliki cookie. To, co zostało wcześniej zapisane, nie zginie, jeśli będziesz kontynuować na tym samym urządzeniu.
report-problem-start-again = Wróć do formularza
report-problem-too-many-title = Wysłano dużo zmian
report-problem-too-many-text = W ostatniej godzinie z tego adresu wysłano dużo zmian. Spróbuj ponownie za godzinę albo zadzwoń do nas.
report-problem-not-found-text = Ten krok formularza nie istnieje.
report-problem-too-large-title = To jest za duże, aby to wysłać
report-problem-too-large-text = Pliki razem są za duże. Do jednej zmiany wyślij najwyżej 5 plików, każdy najwyżej 10 MB.
report-problem-error-title = Coś poszło nie tak po naszej stronie
report-problem-error-text = Nie udało się zapisać twoich danych. Nic do nas nie dotarło. Spróbuj ponownie za kilka minut albo zadzwoń do nas.

report-erase-hint = Korzystasz z cudzego komputera albo z komputera w bibliotece? Gdy skończysz, usuń to, co zostało wpisane.
report-erase-button = Zakończ i usuń wpisane dane
