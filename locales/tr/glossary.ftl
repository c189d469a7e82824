# The glossary page (/<lang>/glossary): difficult words explained. The self-check
# links a word to its explanation; the Dutch word (AOW, taakstraf, …) is what it
# looks for in every language, and also the term as this file writes it.

glossary-title = Sözlük
glossary-intro = Burada zor kelimelerin ne anlama geldiğini okuyabilirsiniz. Bu kelimeleri bu web sitesinde ve bijstand ile ilgili mektuplarda görürsünüz.
glossary-summary = Bijstand ile ilgili zor kelimelerin anlamı, basit bir dille.
glossary-list-heading = A'dan Z'ye kelimeler
glossary-ask-us = Bir kelime listede yok mu? Ya da bir şeyi anlamadınız mı? Bizi { $phone } numarasından arayın.
glossary-see = Zor kelimelerin açıklaması:

glossary-aow-term = AOW
glossary-aow-definition = AOW, devletin emekli maaşıdır. AOW yaşından itibaren alırsınız. Ödemeyi SVB yapar.
glossary-bbl-term = BBL
glossary-bbl-definition = BBL, iş başında meslek eğitimidir (beroepsbegeleidende leerweg). Bir şirkette çalışırsınız ve haftada bir ya da iki gün okula gidersiniz.
glossary-bewindvoerder-term = bewindvoerder
glossary-bewindvoerder-definition = Bewindvoerder (mali vasi), paranızı kendiniz iyi yönetemediğinizde sizin için yöneten kişidir. Bu kişiyi mahkeme seçer.
glossary-duo-term = DUO
glossary-duo-definition = DUO bir devlet kurumudur. DUO öğrencilere öğrenim kredisi öder.
glossary-huis-van-bewaring-term = huis van bewaring
glossary-huis-van-bewaring-definition = Huis van bewaring (tutukevi), davasını hâlâ bekleyen insanlar için bir cezaevidir.
glossary-ind-term = IND
glossary-ind-definition = IND, Göç ve Vatandaşlık Dairesidir. IND oturma izinleri hakkında karar verir.
glossary-kalenderjaar-term = takvim yılı
glossary-kalenderjaar-definition = Takvim yılı (kalenderjaar) 1 Ocak'ta başlar ve 31 Aralık'ta biter.
glossary-openbaar-ministerie-term = Openbaar Ministerie
glossary-openbaar-ministerie-definition = Openbaar Ministerie (savcılık), birinin bir suç için mahkemeye çıkıp çıkmayacağına karar verir. Savcı orada çalışır.
glossary-pgb-term = pgb
glossary-pgb-definition = Pgb, kişiye özel bütçe demektir. Bu parayla kişi bakımını kendisi satın alır, örneğin bir aile üyesinden.
glossary-rdw-term = RDW
glossary-rdw-definition = RDW, kimin plakalı bir araba, motosiklet ya da başka bir aracı olduğunu kaydeder.
glossary-taakstraf-term = taakstraf
glossary-taakstraf-definition = Taakstraf, mahkemenin ya da savcının verdiği kamu hizmeti cezasıdır. Ücretsiz çalışırsınız ya da bir kursa katılırsınız.
glossary-taxatie-term = taxatie
glossary-taxatie-definition = Taxatie (değer tespiti), bir evin ya da başka bir şeyin ne kadar ettiğinin tahminidir. Bunu bir eksper yapar ve yazar.
glossary-uwv-term = UWV
glossary-uwv-definition = UWV, WW, ZW ve WIA gibi yardımları öder. UWV iş bulmanıza da yardım eder.
glossary-verklaring-van-erfrecht-term = verklaring van erfrecht
glossary-verklaring-van-erfrecht-definition = Verklaring van erfrecht (mirasçılık belgesi), noterden alınan bir belgedir. Mirasçıların kim olduğu bu belgede yazar.
glossary-vrijwaringsbewijs-term = vrijwaringsbewijs
glossary-vrijwaringsbewijs-definition = Vrijwaringsbewijs (devir belgesi), bir aracı sattığınızda ya da elden çıkardığınızda RDW'den alınır. Aracın artık sizin adınıza olmadığını gösterir.
glossary-wia-term = WIA
glossary-wia-definition = WIA, UWV'nin verdiği bir yardımdır. İki yıl hastalıktan sonra hiç ya da daha az çalışabiliyorsanız alırsınız.
glossary-wtos-term = WTOS
glossary-wtos-definition = WTOS, DUO'nun 18 yaşında ya da daha büyük öğrencilere verdiği paradır. Okul masraflarına yardım eder.
glossary-ww-term = WW
glossary-ww-definition = WW, işinizi kaybettiğinizde UWV'nin verdiği işsizlik yardımıdır. WW, İşsizlik Kanunu demektir.
glossary-zw-term = ZW
glossary-zw-definition = ZW, hasta olduğunuzda ve işvereniniz olmadığında UWV'nin verdiği yardımdır. ZW, Hastalık Kanunu demektir.
glossary-zzp-term = zzp
glossary-zzp-definition = Zzp'er, personeli olmayan serbest çalışan kişidir. Kendi hesabınıza çalışırsınız ve yanınızda kimse çalışmaz.
