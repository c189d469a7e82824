# The glossary page (/<lang>/glossary): difficult words explained. The self-check
# links a word to its explanation; the Dutch word (AOW, taakstraf, …) is what it
# looks for in every language, and also the term as this file writes it.

glossary-title = Sözlük
glossary-intro = Burada zor kelimelerin ne anlama geldiğini okuyabilirsiniz. Bu kelimeleri bu web sitesinde ve bijstand ile ilgili mektuplarda görürsünüz.
glossary-list-heading = A'dan Z'ye kelimeler
glossary-ask-us = Bir kelime listede yok mu? Ya da bir şeyi anlamadınız mı? Bizi { $phone } numarasından arayın.
glossary-see = Zor kelimelerin açıklaması:

glossary-aow-term = AOW
glossary-aow-definition = AOW, devletin emekli maaşıdır. AOW yaşından itibaren alırsınız. Ödemeyi SVB yapar.
glossary-bewindvoerder-term = bewindvoerder
glossary-bewindvoerder-definition = Bewindvoerder (mali vasi), paranızı kendiniz iyi yönetemediğinizde sizin için yöneten kişidir. Bu kişiyi mahkeme seçer.
glossary-duo-term = DUO
glossary-duo-definition = DUO bir devlet kurumudur. DUO öğrencilere öğrenim kredisi öder.
glossary-kalenderjaar-term = takvim yılı
glossary-kalenderjaar-definition = Takvim yılı (kalenderjaar) 1 Ocak'ta başlar ve 31 Aralık'ta biter.
glossary-pgb-term = pgb
glossary-pgb-definition = Pgb, kişiye özel bütçe demektir. Bu parayla kişi bakımını kendisi satın alır, örneğin bir aile üyesinden.
glossary-rdw-term = RDW
glossary-rdw-definition = RDW, kimin plakalı bir araba, motosiklet ya da başka bir aracı olduğunu kaydeder.
glossary-taakstraf-term = taakstraf
glossary-taakstraf-definition = Taakstraf, mahkemenin ya da savcının verdiği kamu hizmeti cezasıdır. Ücretsiz çalışırsınız ya da bir kursa katılırsınız.
glossary-uwv-term = UWV
glossary-uwv-definition = UWV, WW, ZW ve WIA gibi yardımları öder. UWV iş bulmanıza da yardım eder.
glossary-wia-term = WIA
glossary-wia-definition = WIA, UWV'nin verdiği bir yardımdır. İki yıl hastalıktan sonra hiç ya da daha az çalışabiliyorsanız alırsınız.
glossary-ww-term = WW
glossary-ww-definition = WW, işinizi kaybettiğinizde UWV'nin verdiği işsizlik yardımıdır. WW, İşsizlik Kanunu demektir.
glossary-zw-term = ZW
glossary-zw-definition = ZW, hasta olduğunuzda ve işvereniniz olmadığında UWV'nin verdiği yardımdır. ZW, Hastalık Kanunu demektir.
glossary-zzp-term = zzp
glossary-zzp-definition = Zzp'er, personeli olmayan serbest çalışan kişidir. Kendi hesabınıza çalışırsınız ve yanınızda kimse çalışmaz.
