# The start page: what the portal is for, and the three ways in.

start-title = Bijstand (pomoc społeczna): co muszę zgłaszać?
start-intro = Dostajesz zasiłek bijstand? W takim razie musisz zgłaszać nam zmiany w swoim życiu. Na tej stronie przeczytasz, co musisz zgłaszać, kiedy i jak.
start-summary = Dostajesz zasiłek bijstand? Przeczytaj, jakie zmiany musisz zgłaszać, kiedy i jak. Sprawdź to sam albo zgłoś zmianę online.
start-trust = Ufamy, że chcesz postępować dobrze. Ludzie zwykle popełniają błędy niechcący. Dlatego wyjaśniamy zasady z góry.
start-ways-heading = Od czego chcesz zacząć?
start-duties-title = Zrozum swoje obowiązki
start-duties-text = Przeczytaj prostymi słowami, co musisz robić, gdy dostajesz zasiłek bijstand.
start-check-title = Sprawdź, co musisz zgłosić
start-check-text = Odpowiedz na kilka krótkich pytań. Wtedy zobaczysz, co musisz zgłosić i do kiedy.
start-report-title = Zgłoś zmianę
start-report-text = Zgłoś nam zmianę bezpiecznie przez internet. Dostaniesz potwierdzenie z numerem.
start-help-heading = Masz wątpliwości?
start-help-text = W takiej sytuacji i tak to zgłoś albo zadzwoń do nas pod numer { $phone }. Chętnie ci pomożemy.
