# The glossary page (/<lang>/glossary): difficult words explained. The self-check
# links a word to its explanation; the Dutch word (AOW, taakstraf, …) is what it
# looks for in every language, and also the term as this file writes it.

glossary-title = Glossary
glossary-intro = Here you can read what difficult words mean. You find these words on this website and in letters about your bijstand.
glossary-summary = What difficult words about bijstand mean, in plain language.
glossary-list-heading = Words from A to Z
glossary-ask-us = Is a word missing? Or do you not understand something? Call us on { $phone }.
glossary-see = Difficult words explained:

glossary-aow-term = AOW
glossary-aow-definition = AOW is the state pension. You get it from the AOW age. The SVB pays it.
glossary-bbl-term = BBL
glossary-bbl-definition = BBL is a way of learning a trade (beroepsbegeleidende leerweg). You work at a company and also go to school one or two days a week.
glossary-bewindvoerder-term = bewindvoerder
glossary-bewindvoerder-definition = A bewindvoerder (financial administrator) manages your money when you cannot do that well yourself. The court chooses the bewindvoerder.
glossary-duo-term = DUO
glossary-duo-definition = DUO is a government service. DUO pays student finance to students.
glossary-huis-van-bewaring-term = huis van bewaring
glossary-huis-van-bewaring-definition = A huis van bewaring (remand centre) is a prison for people who are still waiting for their trial.
glossary-ind-term = IND
glossary-ind-definition = The IND is the Immigration and Naturalisation Service. The IND decides on residence permits.
glossary-kalenderjaar-term = calendar year
glossary-kalenderjaar-definition = A calendar year (kalenderjaar) runs from 1 January to 31 December.
glossary-openbaar-ministerie-term = Openbaar Ministerie
glossary-openbaar-ministerie-definition = The Openbaar Ministerie (Public Prosecution Service) decides whether someone must go to court for a crime. The public prosecutor works there.
glossary-pgb-term = pgb
glossary-pgb-definition = Pgb means personal budget (persoonsgebonden budget). With this money someone buys their own care, for example from a family member.
glossary-rdw-term = RDW
glossary-rdw-definition = The RDW keeps track of who has a car, motorbike or other vehicle with a number plate.
glossary-taakstraf-term = taakstraf
glossary-taakstraf-definition = A taakstraf is a community service sentence from the court or the public prosecutor. You do work without pay, or you follow a course.
glossary-taxatie-term = valuation
glossary-taxatie-definition = A valuation (taxatie) is an estimate of what a house or something else is worth. A valuer does it and writes it down.
glossary-uwv-term = UWV
glossary-uwv-definition = The UWV pays benefits such as WW, ZW and WIA. The UWV also helps you find work.
glossary-verklaring-van-erfrecht-term = verklaring van erfrecht
glossary-verklaring-van-erfrecht-definition = A verklaring van erfrecht (certificate of inheritance) is a paper from the notary. It says who the heirs are.
glossary-vrijwaringsbewijs-term = vrijwaringsbewijs
glossary-vrijwaringsbewijs-definition = You get a vrijwaringsbewijs (indemnity proof) from the RDW when you sell or get rid of a vehicle. It shows that the vehicle is no longer in your name.
glossary-wia-term = WIA
glossary-wia-definition = WIA is a benefit from the UWV. You get it when you cannot work, or can work less, after two years of illness.
glossary-wtos-term = WTOS
glossary-wtos-definition = WTOS is money from DUO for school pupils aged 18 or older. It helps with the costs of school.
glossary-ww-term = WW
glossary-ww-definition = WW is a benefit from the UWV when you lose your job. WW stands for the Unemployment Insurance Act.
glossary-zw-term = ZW
glossary-zw-definition = ZW is a benefit from the UWV when you are ill and have no employer. ZW stands for the Sickness Benefits Act.
glossary-zzp-term = zzp
glossary-zzp-definition = A zzp'er is a self-employed person without staff. You work for yourself and employ nobody.
