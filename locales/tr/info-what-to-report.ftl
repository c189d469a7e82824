# Page: what must I report, by life area.

info-what-to-report-title = Neleri bildirmem gerekiyor?
info-what-to-report-nav = Neleri bildiririm?
info-what-to-report-summary = Burada her konu için hangi değişiklikleri, ne zaman ve hangi belgelerle bildireceğinizi okuyabilirsiniz.
info-what-to-report-short-1 = Her değişikliği { $change-deadline-days } gün içinde bildirin.
info-what-to-report-short-2 = Yurt dışı seyahatini en az { $travel-notice-days } gün önceden bildirin.
info-what-to-report-short-3 = Belgeleri de gönderin, örneğin bir maaş bordrosu ya da bir sözleşme. Bir fotoğraf da olur.
info-what-to-report-short-4 = Emin değil misiniz? O zaman yine de bildirin.

# Work and income
info-what-to-report-work-heading = İş ve gelir
info-what-to-report-work-p1 = Gelir, aldığınız bütün paradır. Örneğin şu durumlarda bildirin:
info-what-to-report-work-li1 = işe başlıyorsunuz, işi bırakıyorsunuz ya da daha çok veya daha az saat çalışıyorsunuz;
info-what-to-report-work-li2 = ufak işler yapıyorsunuz, para karşılığında çocuk bakıyorsunuz ya da serbest çalışan (zzp'er) olarak çalışıyorsunuz (kimin için çalıştığınızı da söyleyin);
info-what-to-report-work-li3 = staj yapıyorsunuz ya da gönüllü olarak çalışıyorsunuz;
info-what-to-report-work-li4 = WW, ZW ya da WIA gibi bir yardım veya emekli maaşı alıyorsunuz ya da yakında AOW alacaksınız;
info-what-to-report-work-li5 = evinizde yaşayan biri gelir elde ediyor, yanınızda yaşayan bir çocuğunuz da olsa;
info-what-to-report-work-li6 = nafaka alıyorsunuz ya da Belastingdienst'ten (vergi dairesi) para iadesi alıyorsunuz.
info-what-to-report-work-p4 = Faturalarınızı başka biri mi ödüyor? Ya da evinizdeki biri gelir mi alıyor? Bunu bildirin. Hesaba katılıp katılmadığına biz bakarız. Partnerinizin geliri her zaman hesaba katılır.
info-what-to-report-work-p5 = AOW mu alıyorsunuz? O zaman bijstand yardımınız durur. AOW ödemeniz bijstand tutarından düşük mü? O zaman SVB bir ek ödeme yapabilir. Buna AIO denir.
info-what-to-report-work-p6 = Birine para almadan mı bakıyorsunuz? Buna mantelzorg denir. Bunu iş olarak bildirmezsiniz. Bakım iş konusundaki anlaşmalarınıza uymuyor mu? O zaman bunu danışmanınızla (consulent) konuşun.
info-what-to-report-work-p2 = Ne zaman bildirilir: { $change-deadline-days } gün içinde. O ayki gelirinizi her ayın { $statement-day }. gününden önce bildirirsiniz.
info-what-to-report-work-p3 = Gönderilecek belgeler: iş sözleşmeniz ve maaş bordrolarınız. Maaş bordronuzun bir fotoğrafı da olur.

# Household and housing
info-what-to-report-household-heading = Aile ve konut
info-what-to-report-household-p1 = Ailenizde ya da evinizde bir şey değişirse bunu bildirin. Örneğin:
info-what-to-report-household-li1 = biri yanınıza taşınıyor ya da evinizden ayrılıyor, örneğin bir partner, ev arkadaşı, oda kiracısı ya da çocuk;
info-what-to-report-household-li2 = biriyle birlikte yaşamaya başlıyorsunuz, evleniyorsunuz, boşanıyorsunuz ya da ayrılıyorsunuz;
info-what-to-report-household-li3 = bir çocuk doğuyor ya da biri vefat ediyor;
info-what-to-report-household-li4 = bir çocuk 18, 21 ya da 27 yaşına giriyor;
info-what-to-report-household-li5 = taşınıyorsunuz, kiranız ya da konut krediniz (hypotheek) değişiyor veya bir oda kiraya veriyorsunuz.
info-what-to-report-household-p2 = Sizinle 27 yaşında ya da daha büyük biri mi yaşıyor? O zaman bazen daha az bijstand alırsınız. Konut masraflarını o zaman paylaşırsınız. Buna kostendelersnorm denir. Öğrenim kredisi alabilen öğrenciler, BBL öğrencileri ve ticari bir anlaşmayla kiracı olanlar hesaba katılmaz. Ev arkadaşının geliri genellikle hesaba katılmaz, partnerin geliri katılır.
info-what-to-report-household-p5 = Yanınıza biri mi taşınıyor ya da biri mi ayrılıyor? Bunu her zaman bildirin, o kişi 27 yaşından küçük olsa bile.
info-what-to-report-household-p6 = İçinizden biri bakıma ihtiyaç duyduğu için birlikte mi yaşayacaksınız? Bu bir taşınmadır ve hanenizde bir değişikliktir. Diğer değişiklikler gibi bildirin. 2026'dan beri bu, kendiliğinden tek bir hane olduğunuz anlamına gelmez.
info-what-to-report-household-p7 = Kendi evi olan biri sizde mi kalıyor? Bir aydan kısa, bir kerelik kısa bir kalışı bildirmeniz gerekmez. Misafiriniz bir ay ya da daha uzun mu kalıyor, ya da sık mı geliyor? O zaman bildirin. Erkek ya da kız arkadaşınız sık sık sizde mi yatıyor? Bunu her zaman bildirin.
info-what-to-report-household-p8 = Hamile misiniz? Danışmanınıza (consulent) söyleyin. Bu, iş konusundaki anlaşmalar için önemlidir. Bebek doğdu mu? O zaman doğumu bildirin.
info-what-to-report-household-p3 = Ne zaman bildirilir: { $change-deadline-days } gün içinde.
info-what-to-report-household-p4 = Gönderilecek belgeler: kira sözleşmeniz ya da yanınıza taşınan kişinin adı ve doğum tarihi.

# Money and possessions
info-what-to-report-money-heading = Para ve mal varlığı
info-what-to-report-money-p1 = Bijstand alırken ancak sınırlı bir miktarda mal varlığınız olabilir. Bu yüzden sahip olduğunuz şeyleri ve yeni edindiklerinizi bildirin. Örneğin:
info-what-to-report-money-li1 = birikmiş para, hisse senetleri ya da kripto para;
info-what-to-report-money-li2 = bir araba, motosiklet, karavan ya da plakalı başka bir araç;
info-what-to-report-money-li3 = mücevher, bir ev ya da arazi, Hollanda'da ya da yurt dışında;
info-what-to-report-money-li4 = başka birinin arabasını ya da motosikletini sık kullanıyorsunuz;
info-what-to-report-money-li5 = borç para alıyorsunuz ya da borçlarınızı başka biri ödüyor.
info-what-to-report-money-p5 = Sahip olduklarınız bijstand için hesaba katılır. Sınır, tek kişi için { $asset-limit-single }. Çiftler ya da tek ebeveynler için { $asset-limit-couple }. Bu tutarlar { $asset-limit-single-from } tarihinden itibaren geçerlidir. Daha fazlanız mı var? O zaman belki bijstand alamazsınız.
info-what-to-report-money-p2 = Ne zaman bildirilir: { $change-deadline-days } gün içinde.
info-what-to-report-money-p3 = Ekleyin: bir banka dökümü ya da araç ruhsatı. Hesabınıza, örneğin başka birinden, para mı geliyor? Bunu bildirin. Hesaba katılıp katılmadığına biz bakarız.
info-what-to-report-money-p4 = Borçlarınızı bildirmeniz gerekmez. Ama ücretsiz yardım alabilirsiniz. Yardım sayfasına bakın.

# Gifts
info-what-to-report-gifts-heading = Hediyeler (giften)
info-what-to-report-gifts-p1 = Aileden ya da arkadaşlardan para mı alıyorsunuz? Bu bir hediyedir. Bir takvim yılında { $gift-limit } tutarına kadar para hediyeleri bijstand yardımınız için hesaba katılmaz. Bu tutar bütün haneniz için geçerlidir: siz ve partneriniz için birlikte.
info-what-to-report-gifts-p2 = Bu tutarı aşıyor musunuz? O zaman bildirin. Hediyeleri saklayabilirsiniz. Ama bunun üstündeki kısım bijstand yardımınız için hesaba katılabilir. Bunun için bu takvim yılındaki bütün para hediyelerini toplayın.
info-what-to-report-gifts-p3 = Örnek: kardeşinizden her ay para alıyorsunuz. Her ay bu takvim yılında ne kadar aldığınızı toplayın. Toplam { $gift-limit } tutarını aşıyor mu? O zaman bildirin. 1 Ocak'ta yeniden sıfırdan başlarsınız. Hediye yılın sonlarında mı başlıyor? O zaman ocak ayında yeniden bakın.
info-what-to-report-gifts-p7 = Başkalarından sık sık alışveriş ya da eşya mı alıyorsunuz? Bunlar { $gift-limit } sınırına girmez. Bu sınır sadece para için geçerlidir. Bildirmeniz gerekip gerekmediğini bize sorun.
info-what-to-report-gifts-p8 = Faturalarınızı, örneğin sağlık sigortanızı, başka biri mi ödüyor? Bunu bildirin. Hesaba katılıp katılmadığına biz bakarız.
info-what-to-report-gifts-p4 = Gıda bankasından (voedselbank) alınan paketler hiçbir zaman sayılmaz.
info-what-to-report-gifts-p5 = Ne zaman bildirilir: sizi sınırın üstüne çıkaran hediyeden sonra { $change-deadline-days } gün içinde.
info-what-to-report-gifts-p6 = Gönderilecek belgeler: hediyenin görüldüğü bir banka hesap dökümü.

# Inheritance, prizes, compensation
info-what-to-report-windfall-heading = Miras, ikramiyeler ve tazminat
info-what-to-report-windfall-p1 = Bunları, tutar ne kadar küçük olursa olsun, her zaman bildirirsiniz:
info-what-to-report-windfall-li1 = bir miras;
info-what-to-report-windfall-li2 = bir piyangodan, bir yarışmadan ya da bir kumar oyunundan kazanılan ikramiye;
info-what-to-report-windfall-li3 = bir tazminat;
info-what-to-report-windfall-li4 = size tek seferde ödenen bir emekli maaşı.
info-what-to-report-windfall-p2 = Ne zaman bildirilir: { $change-deadline-days } gün içinde.
info-what-to-report-windfall-p3 = Gönderilecek belgeler: noterin mektubu ya da ikramiye veya tazminatla ilgili mektup.

# Travel and stays elsewhere
info-what-to-report-travel-heading = Seyahat ve başka bir yerde kalmak
info-what-to-report-travel-p1 = Bijstand alırken bir takvim yılında { $days-abroad } gün yurt dışına gidebilirsiniz. Hafta sonları da sayılır. Bir seyahat de arka arkaya { $days-abroad } günden uzun süremez.
info-what-to-report-travel-p2 = Yola çıktığınız gün sayılmaz. Geri döndüğünüz gün sayılır. Yılbaşında mı seyahat ediyorsunuz? O zaman günleri her takvim yılı için ayrı sayın. Ayrıca seyahatin tamamı { $days-abroad } günden uzun olamaz.
info-what-to-report-travel-p3 = Daha uzun mu kalıyorsunuz? O zaman fazla günler için bijstand almazsınız. Bazen bijstand yardımınız tamamen durur. O zaman yeniden bijstand başvurusu yapmanız gerekir. İstisna sadece çok acil nedenlerle mümkündür. Bu çok nadir olur.
info-what-to-report-travel-p4 = Hollanda'da birkaç günden uzun süre başka bir yerde misafir mi kalacaksınız? Bunu da bildirin.
info-what-to-report-travel-p7 = Yurt dışına mı yerleşiyorsunuz? O zaman bijstand yardımınız gittiğiniz gün durur. Bijstand sadece Hollanda'da yaşıyorsanız alınır. Gitmeden önce bildirin.
info-what-to-report-travel-p5 = Ne zaman bildirilir: yola çıkmadan en az { $travel-notice-days } gün önce. Bize nereye gittiğinizi ve ne zaman döneceğinizi söyleyin.
info-what-to-report-travel-p6 = Gönderilecek belgeler: biletleriniz. Biletleri seyahatten sonra üç ay daha saklayın.

# Detention, hospital and care institutions
info-what-to-report-stay-heading = Cezaevi, hastane ve bakım kurumu
info-what-to-report-stay-p1 = Başka bir yerde kalıyorsanız ya da bir ceza alıyorsanız bunu bildirin. Örneğin:
info-what-to-report-stay-li1 = cezaevindesiniz ya da tutukevindesiniz (huis van bewaring);
info-what-to-report-stay-li2 = hastanede yatıyorsunuz;
info-what-to-report-stay-li3 = bir huzurevinde kalıyorsunuz ya da bir bağımlılık tedavi kliniğindesiniz;
info-what-to-report-stay-li4 = kamu hizmeti cezası (taakstraf) alıyorsunuz.
info-what-to-report-stay-p2 = Cezaevinde misiniz? O zaman ilk günden itibaren bijstand almazsınız. Bunu Dienst Justitiële Inrichtingen'den (cezaevi kurumu) de öğreniriz.
info-what-to-report-stay-p3 = Ne zaman bildirilir: { $change-deadline-days } gün içinde. Bunu kendiniz yapamıyor musunuz? O zaman birinden bunu sizin için yapmasını isteyin.
info-what-to-report-stay-p4 = Gönderilecek belgeler: hastaneden, kurumdan ya da mahkemeden gelen bir mektup.

# Education
info-what-to-report-education-heading = Okul ve eğitim
info-what-to-report-education-p1 = Siz ya da çocuğunuz bir eğitime başlarsa ya da eğitimi bırakırsa bunu bildirin. Evinizde 27 yaşında ya da daha büyük biri öğrenim kredisi (studiefinanciering) mi alıyor ya da kredisi mi bitiyor? Bunu da bildirin.
info-what-to-report-education-p2 = Ne zaman bildirilir: { $change-deadline-days } gün içinde.
info-what-to-report-education-p3 = Ekleyin: okuldan kayıt belgesi ya da DUO'nun öğrenim kredisi veya WTOS hakkındaki mektubu.

# Bank account and contact details
info-what-to-report-details-heading = Banka hesabı ve iletişim bilgileri
info-what-to-report-details-p1 = Bunlar değişirse bildirin:
info-what-to-report-details-li1 = banka hesap numaranız;
info-what-to-report-details-li2 = telefon numaranız ya da e-posta adresiniz;
info-what-to-report-details-li3 = başka birinin banka hesabını kullanabiliyorsunuz, örneğin bakım veren yakın (mantelzorger) olarak;
info-what-to-report-details-li4 = size bir mali vasi (bewindvoerder) atanıyor.
info-what-to-report-details-p2 = Ne zaman bildirilir: { $change-deadline-days } gün içinde.
info-what-to-report-details-p3 = Gönderilecek belgeler: yeni bir hesapta, adınızın yazılı olduğu bir banka hesap dökümü. Mali vasi (bewindvoerder) atandıysa, hâkimden gelen mektup.
