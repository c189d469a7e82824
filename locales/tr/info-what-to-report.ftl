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
info-what-to-report-work-p1 = Gelir, aldığınız bütün paradır. Faturalarınızı, örneğin sağlık sigortanızı, başka biri mi ödüyor? O zaman bu da gelir sayılır. Örneğin şunları bildirin:
info-what-to-report-work-li1 = işe başlıyorsunuz, işi bırakıyorsunuz ya da daha çok veya daha az saat çalışıyorsunuz;
info-what-to-report-work-li2 = ufak işler yapıyorsunuz, para karşılığında çocuk bakıyorsunuz ya da serbest çalışan (zzp'er) olarak çalışıyorsunuz (kimin için çalıştığınızı da söyleyin);
info-what-to-report-work-li3 = staj yapıyorsunuz ya da gönüllü olarak çalışıyorsunuz;
info-what-to-report-work-li4 = WW, ZW ya da WIA gibi bir yardım veya emekli maaşı alıyorsunuz ya da yakında AOW alacaksınız;
info-what-to-report-work-li5 = evinizde yaşayan biri gelir elde ediyor, yanınızda yaşayan bir çocuğunuz da olsa;
info-what-to-report-work-li6 = nafaka alıyorsunuz ya da Belastingdienst'ten (vergi dairesi) para iadesi alıyorsunuz.
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
info-what-to-report-household-p2 = Yanınızda 27 yaşında ya da daha büyük biri mi yaşıyor? O zaman bazen daha az bijstand alırsınız. Bu durumda konut masraflarını paylaşırsınız. Buna kostendelersnorm (masrafları paylaşma kuralı) denir. Öğrenim kredisi alabilen öğrenciler, BBL öğrencileri ve ticari bir anlaşmayla kiracı olanlar sayılmaz. Ev arkadaşının geliri sayılmaz, sadece partnerin geliri sayılır. Birinin çok bakıma ihtiyacı olduğu için mi birlikte yaşıyorsunuz? Bunu bize söyleyin. O zaman bazen başka kurallar geçerli olur.
info-what-to-report-household-p5 = Yanınıza biri mi taşınıyor ya da biri mi ayrılıyor? Bunu her zaman bildirin, o kişi 27 yaşından küçük olsa bile.
info-what-to-report-household-p3 = Ne zaman bildirilir: { $change-deadline-days } gün içinde.
info-what-to-report-household-p4 = Gönderilecek belgeler: kira sözleşmeniz ya da yanınıza taşınan kişinin adı ve doğum tarihi.

# Money and possessions
info-what-to-report-money-heading = Para ve mal varlığı
info-what-to-report-money-p1 = Bijstand alırken ancak sınırlı bir miktarda mal varlığınız olabilir. Bu yüzden sahip olduğunuz şeyleri ve yeni edindiklerinizi bildirin. Örneğin:
info-what-to-report-money-li1 = birikmiş para, hisse senetleri ya da kripto para;
info-what-to-report-money-li2 = bir araba, motosiklet, karavan ya da plakalı başka bir araç;
info-what-to-report-money-li3 = mücevher, bir ev ya da arazi, Hollanda'da ya da yurt dışında;
info-what-to-report-money-li4 = başka birinin arabasını ya da motosikletini sık sık kullanıyorsunuz.
info-what-to-report-money-p2 = Ne zaman bildirilir: { $change-deadline-days } gün içinde.
info-what-to-report-money-p3 = Gönderilecek belgeler: bir banka hesap dökümü ya da araç ruhsatı (kentekenbewijs). Hesabınıza para mı geliyor? O zaman bu paranın nereden geldiğini açıklayabilmeniz gerekir.

# Gifts
info-what-to-report-gifts-heading = Hediyeler (giften)
info-what-to-report-gifts-p1 = Aileden ya da arkadaşlardan para veya eşya mı alıyorsunuz? Bu bir hediyedir. Bir takvim yılında toplam { $gift-limit } tutarına kadar hediye alabilirsiniz.
info-what-to-report-gifts-p2 = Bu tutarı aşıyor musunuz? O zaman bunu bildirirsiniz. Bunun için bu yılki bütün hediyeleri toplayın.
info-what-to-report-gifts-p3 = Örnek: Kardeşiniz size her ay para veriyor. Her ay, bu yıl toplam ne kadar aldığınızı hesaplayın. Toplam { $gift-limit } tutarını aşıyor mu? O zaman bunu o ay içinde bildirin.
info-what-to-report-gifts-p4 = Gıda bankasından (voedselbank) alınan paketler hiçbir zaman sayılmaz.
info-what-to-report-gifts-p5 = Ne zaman bildirilir: sınırı aştığınız ay içinde.
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
info-what-to-report-travel-p3 = Daha uzun süre mi uzakta kalıyorsunuz? O zaman bu fazla günler için bijstand almazsınız. Bu, yalnızca çok özel durumlarda farklı olabilir.
info-what-to-report-travel-p4 = Hollanda'da birkaç günden uzun süre başka bir yerde misafir mi kalacaksınız? Bunu da bildirin.
info-what-to-report-travel-p5 = Ne zaman bildirilir: yola çıkmadan en az { $travel-notice-days } gün önce. Bize nereye gittiğinizi ve ne zaman döneceğinizi söyleyin.
info-what-to-report-travel-p6 = Gönderilecek belgeler: biletleriniz. Biletleri seyahatten sonra üç ay daha saklayın.

# Detention, hospital and care institutions
info-what-to-report-stay-heading = Cezaevi, hastane ve bakım kurumu
info-what-to-report-stay-p1 = Başka bir yerde kalıyorsanız ya da bir ceza alıyorsanız bunu bildirin. Örneğin:
info-what-to-report-stay-li1 = cezaevindesiniz ya da tutukevindesiniz (huis van bewaring);
info-what-to-report-stay-li2 = hastanede yatıyorsunuz;
info-what-to-report-stay-li3 = bir huzurevinde kalıyorsunuz ya da bir bağımlılık tedavi kliniğindesiniz;
info-what-to-report-stay-li4 = kamu hizmeti cezası (taakstraf) alıyorsunuz.
info-what-to-report-stay-p2 = Cezaevinde misiniz? O zaman ilk günden itibaren bijstand almazsınız.
info-what-to-report-stay-p3 = Ne zaman bildirilir: { $change-deadline-days } gün içinde. Bunu kendiniz yapamıyor musunuz? O zaman birinden bunu sizin için yapmasını isteyin.
info-what-to-report-stay-p4 = Gönderilecek belgeler: hastaneden, kurumdan ya da mahkemeden gelen bir mektup.

# Education
info-what-to-report-education-heading = Okul ve eğitim
info-what-to-report-education-p1 = Siz ya da çocuğunuz bir eğitime başlarsa ya da eğitimi bırakırsa bunu bildirin. Evinizde 27 yaşında ya da daha büyük biri öğrenim kredisi (studiefinanciering) mi alıyor ya da kredisi mi bitiyor? Bunu da bildirin.
info-what-to-report-education-p2 = Ne zaman bildirilir: { $change-deadline-days } gün içinde.
info-what-to-report-education-p3 = Gönderilecek belgeler: okulun kayıt belgesi ya da DUO'nun öğrenim kredisiyle ilgili mektubu.

# Bank account and contact details
info-what-to-report-details-heading = Banka hesabı ve iletişim bilgileri
info-what-to-report-details-p1 = Bunlar değişirse bildirin:
info-what-to-report-details-li1 = banka hesap numaranız;
info-what-to-report-details-li2 = telefon numaranız ya da e-posta adresiniz;
info-what-to-report-details-li3 = başka birinin banka hesabını kullanabiliyorsunuz, örneğin bakım veren yakın (mantelzorger) olarak;
info-what-to-report-details-li4 = size bir mali vasi (bewindvoerder) atanıyor.
info-what-to-report-details-p2 = Ne zaman bildirilir: { $change-deadline-days } gün içinde.
info-what-to-report-details-p3 = Gönderilecek belgeler: yeni bir hesapta, adınızın yazılı olduğu bir banka hesap dökümü. Mali vasi (bewindvoerder) atandıysa, hâkimden gelen mektup.
