# Page: help with money worries, forms and other problems.

info-help-title = Pomoc, gdy jest ci trudno
info-help-nav = Pomoc
info-help-summary = Masz kłopoty z pieniędzmi, długi albo potrzebujesz pomocy z formularzami? Tutaj przeczytasz, gdzie możesz się zwrócić.
info-help-short-1 = Masz długi albo kłopoty z pieniędzmi? Pomożemy ci.
info-help-short-2 = Ktoś może ci pomóc z formularzami i listami.
info-help-short-3 = Sociaal team (zespół socjalny) szuka z tobą rozwiązań.
info-help-short-4 = Prośba o pomoc to mądra decyzja. Im wcześniej, tym lepiej.

# Debts
info-help-debts-heading = Kłopoty z pieniędzmi i długi
info-help-debts-p1 = Długi mogą się zdarzyć każdemu. Gdy masz kłopoty z pieniędzmi, łatwiej też o błąd, na przykład przy zgłaszaniu zmian. Dlatego nie czekaj zbyt długo z prośbą o pomoc.
info-help-debts-p2 = Gmina pomaga w sprawie długów. To się nazywa schuldhulpverlening. Możesz się zgłosić do gminnego Geldloket (punktu pomocy w sprawach pieniędzy). Razem z tobą robimy przegląd twoich pieniędzy. Potem razem szukamy rozwiązania.
info-help-debts-p3 = Ta pomoc jest bezpłatna. Zadzwoń pod numer { $debt-help-phone }, aby umówić pierwszą rozmowę, albo zajrzyj na { $debt-help-website }.
info-help-debts-p4 = Długów nie musisz nam zgłaszać. Ktoś inny spłaca twoje długi? Albo pożyczasz pieniądze? To zgłoś.

# Forms
info-help-forms-heading = Pomoc z formularzami i listami
info-help-forms-p1 = Formularze albo listy są dla ciebie trudne? Nic nie szkodzi. Wiele osób tak ma.
info-help-forms-p2 = Chętnie pomożemy ci w wypełnianiu. Poproś o to, gdy do nas dzwonisz albo przychodzisz. Możesz też przyjść z osobą, której ufasz.

# Social team
info-help-team-heading = Sociaal team (zespół socjalny)
info-help-team-p1 = Sociaal team pomaga w różnych sprawach. Na przykład w sprawach wychowania dzieci, opieki, mieszkania albo samotności.
info-help-team-p2 = Możesz sam się z nim skontaktować. Możesz też umówić spotkanie razem z nami.

# Contact
info-help-reach-heading = Jak się z nami skontaktować
info-help-reach-p1 = Zadzwoń do nas pod numer { $phone }. Napisz e-mail na adres { $email }. Albo przyjdź do nas: { $address }.
