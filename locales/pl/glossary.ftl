# The glossary page (/<lang>/glossary): difficult words explained. The self-check
# links a word to its explanation; the Dutch word (AOW, taakstraf, …) is what it
# looks for in every language, and also the term as this file writes it.

glossary-title = Słowniczek
glossary-intro = Tutaj przeczytasz, co znaczą trudne słowa. Znajdziesz je na tej stronie i w listach o twoim zasiłku bijstand.
glossary-summary = Co znaczą trudne słowa o zasiłku bijstand, prostym językiem.
glossary-list-heading = Słowa od A do Z
glossary-ask-us = Brakuje jakiegoś słowa? Albo czegoś nie rozumiesz? Zadzwoń do nas pod numer { $phone }.
glossary-see = Trudne słowa wyjaśnione:

glossary-aow-term = AOW
glossary-aow-definition = AOW to emerytura państwowa. Dostajesz ją od wieku emerytalnego AOW. Wypłaca ją SVB.
glossary-bbl-term = BBL
glossary-bbl-definition = BBL to nauka zawodu w praktyce (beroepsbegeleidende leerweg). Pracujesz w firmie i chodzisz do szkoły jeden albo dwa dni w tygodniu.
glossary-bewindvoerder-term = bewindvoerder
glossary-bewindvoerder-definition = Bewindvoerder (kurator finansowy) zarządza twoimi pieniędzmi, gdy sam nie możesz tego dobrze robić. Wybiera go sąd.
glossary-duo-term = DUO
glossary-duo-definition = DUO to urząd państwowy. DUO wypłaca studentom świadczenia na naukę (studiefinanciering).
glossary-huis-van-bewaring-term = huis van bewaring
glossary-huis-van-bewaring-definition = Huis van bewaring (areszt śledczy) to więzienie dla osób, które jeszcze czekają na swój proces.
glossary-ind-term = IND
glossary-ind-definition = IND to Urząd do spraw Imigracji i Naturalizacji. IND decyduje o zezwoleniach na pobyt.
glossary-kalenderjaar-term = rok kalendarzowy
glossary-kalenderjaar-definition = Rok kalendarzowy (kalenderjaar) trwa od 1 stycznia do 31 grudnia.
glossary-openbaar-ministerie-term = Openbaar Ministerie
glossary-openbaar-ministerie-definition = Openbaar Ministerie (prokuratura) decyduje, czy ktoś musi stanąć przed sądem za przestępstwo. Pracuje tam prokurator.
glossary-pgb-term = pgb
glossary-pgb-definition = Pgb to osobisty budżet na opiekę. Za te pieniądze ktoś sam kupuje opiekę, na przykład u członka rodziny.
glossary-rdw-term = RDW
glossary-rdw-definition = RDW prowadzi rejestr tego, kto ma samochód, motocykl albo inny pojazd z tablicą rejestracyjną.
glossary-taakstraf-term = taakstraf
glossary-taakstraf-definition = Taakstraf to kara prac społecznych od sądu albo prokuratora. Pracujesz wtedy bez wynagrodzenia albo chodzisz na kurs.
glossary-taxatie-term = wycena
glossary-taxatie-definition = Wycena (taxatie) to oszacowanie, ile jest wart dom albo inna rzecz. Robi to rzeczoznawca i zapisuje wynik.
glossary-uwv-term = UWV
glossary-uwv-definition = UWV wypłaca zasiłki, takie jak WW, ZW i WIA. UWV pomaga też w szukaniu pracy.
glossary-verklaring-van-erfrecht-term = verklaring van erfrecht
glossary-verklaring-van-erfrecht-definition = Verklaring van erfrecht (poświadczenie dziedziczenia) to dokument od notariusza. Jest w nim napisane, kto dziedziczy.
glossary-vrijwaringsbewijs-term = vrijwaringsbewijs
glossary-vrijwaringsbewijs-definition = Vrijwaringsbewijs (potwierdzenie zbycia pojazdu) dostajesz z RDW, gdy sprzedajesz pojazd albo się go pozbywasz. Widać na nim, że pojazd nie jest już na ciebie.
glossary-wia-term = WIA
glossary-wia-definition = WIA to świadczenie z UWV. Dostajesz je, gdy po dwóch latach choroby nie możesz pracować albo możesz pracować mniej.
glossary-wtos-term = WTOS
glossary-wtos-definition = WTOS to pieniądze z DUO dla uczniów w wieku 18 lat lub starszych. Pomagają w kosztach szkoły.
glossary-ww-term = WW
glossary-ww-definition = WW to zasiłek z UWV, gdy tracisz pracę. WW to ustawa o bezrobociu.
glossary-zw-term = ZW
glossary-zw-definition = ZW to zasiłek z UWV, gdy jesteś chory i nie masz pracodawcy. ZW to ustawa o zasiłku chorobowym.
glossary-zzp-term = zzp
glossary-zzp-definition = Zzp'er to osoba samozatrudniona bez pracowników. Pracujesz na własny rachunek i nikogo nie zatrudniasz.
