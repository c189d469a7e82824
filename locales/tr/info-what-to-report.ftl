# Page: what must I report, by life area.

info-what-to-report-title = Neleri bildirmem gerekiyor?
info-what-to-report-nav = Neleri bildiririm?
info-what-to-report-summary = Burada her konu için hangi değişiklikleri, ne zaman ve hangi belgelerle bildireceğinizi okuyabilirsiniz.
info-what-to-report-short-1 = Her değişikliği { $change-deadline-days } gün içinde bildirin.
info-what-to-report-short-2 = Yurt dışı seyahatini en az { $travel-notice-days } gün önceden bildirin.
info-what-to-report-short-3 = Belgeleri de gönderin, örneğin bir maaş bordrosu ya da bir sözleşme.
info-what-to-report-short-4 = Emin değil misiniz? O zaman yine de bildirin.

# Work and income
info-what-to-report-work-heading = İş ve gelir
info-what-to-report-work-p1 = İş ve para kazanmakla ilgili her şeyi bildirin. Örneğin:
info-what-to-report-work-li1 = işe başlıyorsunuz, işi bırakıyorsunuz ya da daha çok veya daha az saat çalışıyorsunuz;
info-what-to-report-work-li2 = ufak işler yapıyorsunuz, para karşılığında çocuk bakıyorsunuz ya da serbest çalışan (zzp'er) olarak çalışıyorsunuz;
info-what-to-report-work-li3 = staj yapıyorsunuz ya da gönüllü olarak çalışıyorsunuz;
info-what-to-report-work-li4 = nafaka, emekli maaşı, WW, ZW ya da WIA alıyorsunuz;
info-what-to-report-work-li5 = evinizde yaşayan biri gelir elde ediyor, yanınızda yaşayan bir çocuğunuz da olsa;
info-what-to-report-work-li6 = başka biri faturalarınızı ödüyor, örneğin sağlık sigortanızı.
info-what-to-report-work-p2 = Ne zaman bildirilir: { $change-deadline-days } gün içinde. O ayki gelirinizi her ayın { $statement-day }. gününden önce bildirirsiniz.
info-what-to-report-work-p3 = Gönderilecek belgeler: iş sözleşmeniz ve maaş bordrolarınız.

# Household and housing
info-what-to-report-household-heading = Aile ve konut
info-what-to-report-household-p1 = Yanınızda kimin yaşadığı değişirse bunu bildirin. Örneğin:
info-what-to-report-household-li1 = biri yanınıza taşınıyor ya da evinizden ayrılıyor, bir çocuk ya da oda kiracısı da olsa;
info-what-to-report-household-li2 = biriyle birlikte yaşamaya başlıyorsunuz, evleniyorsunuz ya da boşanıyorsunuz;
info-what-to-report-household-li3 = bir çocuk doğuyor ya da biri vefat ediyor;
info-what-to-report-household-li4 = bir çocuk 18, 21 ya da 27 yaşına giriyor;
info-what-to-report-household-li5 = taşınıyorsunuz ya da kiranız değişiyor.
info-what-to-report-household-p2 = Yanınızda 21 yaşında ya da daha büyük biri mi yaşıyor? O zaman bazen daha az bijstand alırsınız. Buna kostendelersnorm (masrafları paylaşma kuralı) denir. Bu durumda evin masraflarını paylaşırsınız.
info-what-to-report-household-p3 = Ne zaman bildirilir: { $change-deadline-days } gün içinde.
info-what-to-report-household-p4 = Gönderilecek belgeler: kira sözleşmesi ya da yanınıza taşınan kişinin bilgileri.

# Money and possessions
info-what-to-report-money-heading = Para ve mal varlığı
info-what-to-report-money-p1 = Sahip olduğunuz ya da yeni edindiğiniz şeyleri bildirin. Örneğin:
info-what-to-report-money-li1 = birikmiş para, hisse senetleri ya da kripto para;
info-what-to-report-money-li2 = bir araba, motosiklet ya da karavan;
info-what-to-report-money-li3 = mücevher, bir ev ya da arazi, yurt dışında olsa bile;
info-what-to-report-money-li4 = başka birinin arabasını sık sık kullanıyorsunuz.
info-what-to-report-money-p2 = Ne zaman bildirilir: { $change-deadline-days } gün içinde.
info-what-to-report-money-p3 = Gönderilecek belgeler: bir banka hesap dökümü ya da araç ruhsatı (kentekenbewijs).

# Gifts
info-what-to-report-gifts-heading = Hediyeler (giften)
info-what-to-report-gifts-p1 = Aileden ya da arkadaşlardan para veya eşya mı alıyorsunuz? Bu bir hediyedir. Bir takvim yılında toplam { $gift-limit } tutarına kadar hediye alabilirsiniz.
info-what-to-report-gifts-p2 = Bu tutarı aşıyor musunuz? O zaman bunu bildirirsiniz. Bu yılki bütün hediyeleri toplayın.
info-what-to-report-gifts-p3 = Örnek: Kardeşiniz size her ay para veriyor. Her ay, bu yıl toplam ne kadar aldığınızı hesaplayın. Toplam { $gift-limit } tutarını aştığı ay bunu bildirirsiniz.
info-what-to-report-gifts-p4 = Gıda bankasından (voedselbank) alınan paketler sayılmaz.
info-what-to-report-gifts-p5 = Ne zaman bildirilir: sınırı aştığınız ay içinde.
info-what-to-report-gifts-p6 = Gönderilecek belgeler: hediyenin görüldüğü bir banka hesap dökümü.

# Inheritance, prizes, compensation
info-what-to-report-windfall-heading = Miras, ikramiyeler ve tazminat
info-what-to-report-windfall-p1 = Bunları, tutar ne kadar küçük olursa olsun, her zaman bildirirsiniz:
info-what-to-report-windfall-li1 = bir miras;
info-what-to-report-windfall-li2 = bir piyangodan ya da bir oyundan kazanılan ikramiye;
info-what-to-report-windfall-li3 = bir tazminat;
info-what-to-report-windfall-li4 = tek seferde ödenen bir emekli maaşı.
info-what-to-report-windfall-p2 = Ne zaman bildirilir: { $change-deadline-days } gün içinde.
info-what-to-report-windfall-p3 = Gönderilecek belgeler: noterin mektubu ya da ikramiye veya tazminatla ilgili mektup.

# Travel and stays elsewhere
info-what-to-report-travel-heading = Seyahat ve başka bir yerde kalmak
info-what-to-report-travel-p1 = Bijstand alırken bir takvim yılında { $days-abroad } gün yurt dışına gidebilirsiniz. Hafta sonları da sayılır.
info-what-to-report-travel-p2 = Yola çıktığınız gün sayılmaz. Geri döndüğünüz gün sayılır.
info-what-to-report-travel-p3 = Daha uzun mu kalıyorsunuz? O zaman o günler için bijstand almazsınız.
info-what-to-report-travel-p4 = Hollanda'da birkaç gün başka bir yerde mi kalıyorsunuz? Bunu da bildirin.
info-what-to-report-travel-p5 = Ne zaman bildirilir: yola çıkmadan en az { $travel-notice-days } gün önce.
info-what-to-report-travel-p6 = Gönderilecek belgeler: biletleriniz. Biletleri seyahatten sonra üç ay daha saklayın.

# Detention, hospital and care institutions
info-what-to-report-stay-heading = Cezaevi, hastane ve bakım kurumu
info-what-to-report-stay-p1 = Başka bir yerde kalıyorsanız bunu bildirin. Örneğin:
info-what-to-report-stay-li1 = cezaevindesiniz ya da gözaltındasınız;
info-what-to-report-stay-li2 = hastanede yatıyorsunuz;
info-what-to-report-stay-li3 = bir huzurevinde ya da bir klinikte kalıyorsunuz;
info-what-to-report-stay-li4 = kamu hizmeti cezası (taakstraf) alıyorsunuz.
info-what-to-report-stay-p2 = Cezaevindeyken ilk günden itibaren bijstand almazsınız.
info-what-to-report-stay-p3 = Ne zaman bildirilir: { $change-deadline-days } gün içinde.
info-what-to-report-stay-p4 = Gönderilecek belgeler: hastaneden, kurumdan ya da mahkemeden gelen bir mektup.

# Education
info-what-to-report-education-heading = Okul ve eğitim
info-what-to-report-education-p1 = Siz ya da çocuğunuz bir eğitime başlarsa ya da bırakırsa bunu bildirin. Evinizde 21 yaşında ya da daha büyük biri öğrenim kredisi (studiefinanciering) mi alıyor? Bunu da bildirin.
info-what-to-report-education-p2 = Ne zaman bildirilir: { $change-deadline-days } gün içinde.
info-what-to-report-education-p3 = Gönderilecek belgeler: okulun kayıt belgesi.

# Bank account and contact details
info-what-to-report-details-heading = Banka hesabı ve iletişim bilgileri
info-what-to-report-details-p1 = Bu bilgiler değişirse bildirin:
info-what-to-report-details-li1 = banka hesap numaranız;
info-what-to-report-details-li2 = telefon numaranız ya da e-posta adresiniz;
info-what-to-report-details-li3 = başka birinin banka hesabını kullanma yetkisi alıyorsunuz, örneğin bakım veren yakın (mantelzorger) olarak;
info-what-to-report-details-li4 = size bir mali vasi (bewindvoerder) atanıyor.
info-what-to-report-details-p2 = Ne zaman bildirilir: { $change-deadline-days } gün içinde.
info-what-to-report-details-p3 = Gönderilecek belgeler: yeni bir hesapta, adınızın yazılı olduğu bir banka kartı ya da banka hesap dökümü.
