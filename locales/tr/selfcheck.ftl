# The self-check: what must I report? Questions, answers and outcomes.
# The ids come from content/selfcheck.toml. Figures are always variables.

# Shared parts
selfcheck-answer-yes = Evet
selfcheck-answer-no = Hayır
selfcheck-period-from = Başlangıç
selfcheck-period-to = Bitiş (bu gün dahil)
selfcheck-people-count = Kaç kişi söz konusu?
selfcheck-person-age = Yaş
selfcheck-person-birth-month = Doğum ayı ve yılı
selfcheck-amount-hint = Avro olarak bir tutar yazın, örneğin 150 ya da 150,50.
selfcheck-date-hint = Tam günü bilmiyor musunuz? O zaman en yakın günü seçin.
selfcheck-several-hint = Birden fazla cevap seçebilirsiniz.
selfcheck-deadline = Bunu en geç { $deadline } tarihine kadar bildirin.
selfcheck-deadline-passed = Bu tarih geçti: { $deadline }. Bunu şimdi bildirin. Bu, hiç bildirmemekten her zaman daha iyidir.
selfcheck-no-deadline = Bunu mümkün olduğunca çabuk bildirin.
selfcheck-nothing-stored = Cevaplarınızı saklamıyoruz. Cevaplarınız yalnızca bu sayfanın adresinde yer alır.

# Field errors
selfcheck-error-unknown-question = Bu soruyu tanımıyoruz. Sorulara baştan başlayın.
selfcheck-error-empty = Bu soruyu cevaplayın.
selfcheck-error-too-long = Bu cevap çok uzun. Daha kısa yazın.
selfcheck-error-unknown-option = Cevaplardan birini seçin.
selfcheck-error-date = Gerçek bir tarih yazın, örneğin 3 Mart 2026.
selfcheck-error-amount = Bir tutar yazın, örneğin 150 ya da 150,50.
selfcheck-error-amount-negative = Tutarı eksi işareti olmadan yazın.
selfcheck-error-amount-too-large = Bu tutar çok yüksek. Doğru yazıp yazmadığınızı kontrol edin.
selfcheck-error-number = Bir tam sayı yazın, örneğin 7.
selfcheck-error-period-from = İlk günü yazın.
selfcheck-error-period-to = Son günü yazın.
selfcheck-error-period-order = Son gün, ilk günden önce. Tarihleri doğru yazıp yazmadığınızı kontrol edin.
selfcheck-error-people-count = Her kişi için bir bilgi yazın.
selfcheck-error-age = Yaşı yıl olarak yazın, örneğin 22.
selfcheck-error-birth-month = Geçmişte kalan bir ay ve yıl yazın, örneğin 05-2008.

# Life areas
selfcheck-life-areas = Ne oldu ya da ne olacak?
selfcheck-life-areas-hint = Size uyan her şeyi seçin. Sonra yalnızca bunlarla ilgili soruları sorarız.
selfcheck-life-areas-work = İş ya da gelir
selfcheck-life-areas-household = Aile ya da konut
selfcheck-life-areas-money = Para ya da mal varlığı, örneğin bir araba ya da birikmiş para
selfcheck-life-areas-gifts = Hediyeler (giften): başkalarından para ya da yardım
selfcheck-life-areas-windfall = Bir miras, bir ikramiye ya da bir tazminat
selfcheck-life-areas-travel = Seyahat ya da başka bir yerde kalmak
selfcheck-life-areas-institution = Cezaevi, hastane ya da başka bir kurum
selfcheck-life-areas-education = Okul ya da eğitim
selfcheck-life-areas-admin = Banka hesabı ya da iletişim bilgileri
selfcheck-life-areas-other = Başka bir şey

# Work and income
selfcheck-work-change = İşinizde ya da gelirinizde ne değişiyor?
selfcheck-work-change-job-started = Çalışmaya başlıyorum ya da yeni bir işim var
selfcheck-work-change-job-stopped = Çalışmayı bırakıyorum
selfcheck-work-change-hours-changed = Daha çok ya da daha az saat çalışacağım
selfcheck-work-change-side-jobs = Ufak işler yapıyorum ya da para karşılığında çocuk bakıyorum
selfcheck-work-change-self-employed = Kendi hesabıma çalışıyorum, örneğin serbest çalışan (zzp'er) olarak
selfcheck-work-change-internship = Staja başlıyorum
selfcheck-work-change-volunteering = Gönüllü olarak çalışmaya başlıyorum
selfcheck-work-change-informal-care = Ailemden ya da çevremden birine bakıyorum (mantelzorg)
selfcheck-work-change-benefit = Emekli maaşı, WW, ZW ya da WIA alıyorum ya da bu tutar değişiyor
selfcheck-work-change-aow = Yakında AOW alacağım
selfcheck-work-change-alimony = Nafaka alıyorum ya da nafakanın tutarı değişiyor
selfcheck-work-change-household-income = Evimdeki biri gelir elde ediyor, bu bir çocuk da olabilir
selfcheck-work-change-tax-refund = Belastingdienst'ten (vergi dairesi) para iadesi alıyorum
selfcheck-work-change-deposit = Hesabıma, nereden geldiğini açıklayabilmem gereken bir para geldi
selfcheck-care-paid = Bu bakım için para alıyor musunuz?
selfcheck-care-paid-hint = Örneğin kişiye özel bütçeden (pgb) gelen para.
selfcheck-work-date = Bu ne zaman başlıyor ya da değişiyor?
selfcheck-household-date = Bu ne zaman oldu ya da ne zaman olacak?
selfcheck-money-date = Bu size ne zaman verildi ya da bunu ne zaman satın aldınız veya sattınız?
selfcheck-windfall-date = Bunu ne zaman aldınız ya da bundan ne zaman haberiniz oldu?
selfcheck-institution-date = Bu hangi gün başladı ya da hangi gün başlayacak?
selfcheck-education-date = Eğitim ne zaman başlıyor ya da bitiyor?

# Household and housing
selfcheck-household-change = Ailenizde ya da evinizde ne değişiyor?
selfcheck-household-change-moves-in = Biri yanıma taşınıyor
selfcheck-household-change-moves-out = Biri evimden ayrılıyor
selfcheck-household-change-relationship = Biriyle birlikte yaşamaya başlıyorum, evleniyorum ya da ayrılıyorum
selfcheck-household-change-birth = Bir çocuk doğuyor
selfcheck-household-change-death = Evimde yaşayan biri vefat etti
selfcheck-household-change-turns-age = Çocuğum ya da ev arkadaşım 18, 21 ya da 27 yaşına giriyor
selfcheck-household-change-moving-house = Belediye içinde taşınıyorum
selfcheck-household-change-rent-change = Kiram ya da konut kredim (hypotheek) değişiyor
selfcheck-household-change-lodger = Bir odayı ya da evimin bir bölümünü kiraya veriyorum
selfcheck-household-change-care-household = Birimizin bakıma ihtiyacı olduğu için birinin yanına taşınıyorum
selfcheck-moves-in-who = Yanınıza kim taşınıyor?
selfcheck-moves-in-who-partner = Partnerim
selfcheck-moves-in-who-child = Çocuğum
selfcheck-moves-in-who-other = Başka biri, örneğin bir arkadaş ya da bir akraba
selfcheck-moves-in-ages = Yanınıza taşınan kişiler kaç yaşında?
selfcheck-moves-in-ages-hint = Her kişinin yaşını yazın. 27 yaşında ya da daha büyük biri çoğu zaman konut masraflarını sizinle paylaşır. Daha genç kişileri de bildirin.
selfcheck-relationship-change = Ne değişecek?
selfcheck-relationship-change-living-together = Biriyle birlikte yaşamaya başlıyorum
selfcheck-relationship-change-marriage = Evleniyorum ya da kayıtlı birliktelik (geregistreerd partnerschap) kuruyorum
selfcheck-relationship-change-separation = Ayrılıyorum ya da boşanıyorum
selfcheck-turns-who = Kim 18, 21 ya da 27 yaşına giriyor?
selfcheck-turns-who-child = Çocuğum
selfcheck-turns-who-housemate = Yanımda yaşayan başka biri
selfcheck-turns-birth-months = Bu kişi hangi ay ve hangi yıl doğdu?
selfcheck-turns-birth-months-hint = Sadece ayı ve yılı yazın, örneğin Mayıs 2008 için 05-2008. Birden fazla kişi mi söz konusu? O zaman herkes için ayı ve yılı yazın.

# Money and possessions
selfcheck-money-change = Paranızda ya da mal varlığınızda ne değişti?
selfcheck-money-change-vehicle = Bir araba, motosiklet, karavan ya da plakalı başka bir araç bana verildi ya da bunu satın aldım
selfcheck-money-change-vehicle-use = Başka birinin arabasını sık sık kullanıyorum
selfcheck-money-change-savings = Birikmiş param, hisse senetlerim ya da kripto param arttı
selfcheck-money-change-property = Bir ev ya da arazi bana verildi ya da bunu satın aldım, yurt dışında da olabilir
selfcheck-money-change-valuables = Mücevher ya da başka pahalı eşyalar bana verildi ya da bunları satın aldım
selfcheck-money-change-sold = Değerli bir şey sattım

# Gifts
selfcheck-gift-kind = Başkalarından ne tür yardım ya da para alıyorsunuz?
selfcheck-gift-kind-regular = Biri bana her ay para veriyor
selfcheck-gift-kind-once = Bir kez ya da birkaç kez para aldım
selfcheck-gift-kind-bills-paid = Biri faturalarımı benim yerime ödüyor, örneğin sağlık sigortamı
selfcheck-gift-kind-goods = Biri bana sık sık eşya veriyor, örneğin market alışverişi ya da giysi
selfcheck-gift-kind-food-bank = Gıda bankasından (voedselbank) paket alıyorum
selfcheck-gift-monthly-amount = Her ay ne kadar para alıyorsunuz?
selfcheck-gift-monthly-since = Bu parayı ne zamandan beri alıyorsunuz?
selfcheck-gift-monthly-since-hint = Parayı ilk kez aldığınız günü yazın.
selfcheck-gift-total = Siz ve partneriniz bu takvim yılında toplam ne kadar para aldınız?
selfcheck-gift-total-hint = Bu takvim yılındaki tüm tek seferlik para hediyelerini toplayın, partnerinize verilenleri de. Her ay aldığınız parayı saymayın.
selfcheck-gift-date = Son hediyeyi ne zaman aldınız?
selfcheck-bills-paid-since = Biri ne zamandan beri faturalarınızı ödüyor?

# Inheritance, prizes and compensation
selfcheck-windfall-kind = Ne aldınız?
selfcheck-windfall-kind-inheritance = Bir miras, miktarı ne olursa olsun, bir araba ya da eşyalar da olsa
selfcheck-windfall-kind-prize = Bir ikramiye ya da bir piyangodan veya kumar oyunundan kazanılan para
selfcheck-windfall-kind-compensation = Bir tazminat
selfcheck-windfall-kind-pension-buyout = Emekli maaşım bana tek seferde ödendi

# Travel and stays elsewhere
selfcheck-travel-kind = Nereye gidiyorsunuz?
selfcheck-travel-kind-abroad = Yurt dışına gidiyorum ya da yurt dışındaydım
selfcheck-travel-kind-elsewhere = Bir süre Hollanda'da başka bir yerde kalacağım
selfcheck-travel-kind-emigrate = Yurt dışında yaşamaya gidiyorum
selfcheck-trip-dates = Ne zaman yola çıkıyorsunuz ve ne zaman geri dönüyorsunuz?
selfcheck-trip-dates-hint = Yola çıktığınız gün sayılmaz. Geri döndüğünüz gün sayılır.
selfcheck-abroad-earlier-days = Bu seyahatin başladığı takvim yılında kaç gün yurt dışındaydınız?
selfcheck-abroad-earlier-days-hint = Sadece bu seyahatten önceki günleri sayın. Örneğin seyahatiniz Mart 2027'de mi başlıyor? O zaman sadece 2027'deki günleri sayın. Yola çıktığınız günü saymayın, döndüğünüz günü sayın. Henüz hiç gitmediniz mi? O zaman 0 yazın.
selfcheck-trip-reason = Neden seyahate çıkıyorsunuz?
selfcheck-trip-reason-holiday = Tatil ya da aile ziyareti
selfcheck-trip-reason-family-emergency = Bir akrabam ağır hasta ya da vefat etti
selfcheck-trip-reason-other = Başka bir neden
selfcheck-stay-dates = Hangi tarihten hangi tarihe kadar başka bir yerde kalıyorsunuz?
selfcheck-stay-dates-hint = Örneğin akrabalarınızın ya da bir arkadaşınızın yanında veya Hollanda'da bir tatil evinde.
selfcheck-emigrate-date = Yurt dışına hangi gün gidiyorsunuz ya da hangi gün gittiniz?

# Detention, hospital and institutions
selfcheck-institution-kind = Durum nedir?
selfcheck-institution-kind-detention = Cezaevine girmem gerekiyor ya da tutuklandım
selfcheck-institution-kind-hospital = Hastaneye yatıyorum
selfcheck-institution-kind-care-home = Bir huzurevine ya da bakım kurumuna gidiyorum
selfcheck-institution-kind-rehab = Bir bağımlılık tedavi kliniğine gidiyorum
selfcheck-institution-kind-community-service = Kamu hizmeti cezası (taakstraf) aldım

# Education
selfcheck-education-who = Kim bir eğitime başlıyor ya da eğitimi bırakıyor?
selfcheck-education-who-me = Ben
selfcheck-education-who-child = Çocuğum
selfcheck-education-who-housemate = Yanımda yaşayan ve öğrenim kredisi (studiefinanciering) alan başka biri
selfcheck-housemate-27-plus = Bu ev arkadaşı 27 yaşında ya da daha büyük mü?

# Bank account and contact details
selfcheck-admin-change = Ne değişiyor?
selfcheck-admin-change-bank-account = Yeni bir banka hesabım var
selfcheck-admin-change-phone = Yeni bir telefon numaram var
selfcheck-admin-change-email = Yeni bir e-posta adresim var
selfcheck-admin-change-carer-access = Birine bakıyorum ve onun banka hesabını kullanabiliyorum
selfcheck-admin-change-guardian = Bana bir mali vasi (bewindvoerder) atanıyor

# How to report
selfcheck-how-change-form = Bu web sitesindeki “Bir değişikliği bildirin” formunu kullanın. Ya da bizi { $phone } numarasından arayın.
selfcheck-how-change-form-or-call = “Bir değişikliği bildirin” formunu kullanın. Bunu kendiniz yapamıyor musunuz? O zaman başka biri bunu sizin için yapabilir. Ya da bizi { $phone } numarasından arayın.
selfcheck-how-monthly-statement = Her ay gelir formunu (inkomstenformulier) doldurun. Bunu her ayın { $statement-day }. gününden önce yapın.
selfcheck-how-travel = “Bir değişikliği bildirin” formunu kullanın. Yola çıkış tarihinizi, dönüş tarihinizi ve gideceğiniz ülkeyi yazın.
selfcheck-how-ask-us = Bizi { $phone } numarasından arayın ya da { $email } adresine e-posta gönderin. Ne yapmanız gerektiğine sizinle birlikte bakarız.

# Why it matters
selfcheck-why-income = Başka bir gelir, bijstand yardımınızın tutarını değiştirebilir. Bunu hızlı bildirirseniz doğru tutarı alırsınız. Yine de fazla mı aldınız? O zaman geri ödemeniz gerekebilecek tutar daha küçük olur.
selfcheck-why-work-duties = Bu, iş konusunda bizimle yaptığınız anlaşmaları etkileyebilir.
selfcheck-why-assets = Sahip olduğunuz şeyler, bijstand hakkınız için hesaba katılır. Bunları bildirirseniz, durumunuza doğru bir şekilde bakabiliriz.
selfcheck-why-household = Yanınızda kimin yaşadığı, bijstand yardımınızın tutarı için hesaba katılır.
selfcheck-why-partner = Bir partneriniz varsa, birlikte tek bir bijstand yardımı alırsınız. O zaman tutar farklı olur.
selfcheck-why-cost-sharing = Yanınızda 27 yaşında ya da daha büyük biri mi yaşıyor? O zaman konut masraflarını paylaşırsınız. Bu durumda çoğu zaman daha az bijstand alırsınız. Buna kostendelersnorm (masrafları paylaşma kuralı) denir. Öğrenim kredisi alabilen öğrenciler, BBL öğrencileri ve ticari bir anlaşmayla kiracı olanlar sayılmaz. Ev arkadaşının geliri sayılmaz, sadece partnerin geliri sayılır.
selfcheck-why-housing = Bijstand yardımınızı doğru hesaplamak için adresinizi ve konut masraflarınızı bilmemiz gerekir.
selfcheck-why-windfall = Aldığınız para ya da mal varlığı, bijstand yardımınız için hesaba katılır. Bu, her tutar için geçerlidir.
selfcheck-why-travel = Bijstand alırken bir takvim yılında { $days-abroad } gün yurt dışında kalabilirsiniz. Bir seyahat de arka arkaya { $days-abroad } günden uzun süremez. Seyahatinizi önceden bildirirseniz, bijstand yardımınızın devam edeceğinden emin olursunuz.

# Outcomes: work and income
selfcheck-out-job-started-what = { $when ->
        [past] Çalışmaya başladığınızı bildirin. Kimin yanında, kaç saat çalıştığınızı ve ne kazandığınızı söyleyin.
       *[future] Çalışmaya başlayacağınızı bildirin. Kimin yanında, kaç saat çalışacağınızı ve ne kazanacağınızı söyleyin.
    }
selfcheck-out-job-started-documents = İş sözleşmeniz ve daha sonra maaş bordrolarınız.
selfcheck-out-monthly-income-what = Her ay ne kazandığınızı bildirin.
selfcheck-out-monthly-income-documents = Maaş bordronuz ya da ne kazandığınızı gösteren bir döküm.
selfcheck-out-job-stopped-what = { $when ->
        [past] Çalışmayı bıraktığınızı ve bunun hangi gün olduğunu bildirin.
       *[future] Çalışmayı bırakacağınızı ve bunun hangi gün olacağını bildirin.
    }
selfcheck-out-job-stopped-documents = İşinizin sona ermesiyle ilgili mektup ve son maaş bordronuz.
selfcheck-out-hours-changed-what = Kaç saat çalışacağınızı ve bunun hangi günden itibaren olduğunu bildirin.
selfcheck-out-hours-changed-documents = Yeni sözleşme ya da işvereninizden bir mektup.
selfcheck-out-side-jobs-what = Hangi ufak işleri, kimin için yaptığınızı ve karşılığında ne aldığınızı bildirin.
selfcheck-out-side-jobs-documents = Ufak işlerin ve karşılığında aldıklarınızın bir listesi.
selfcheck-out-self-employed-what = Kendi hesabınıza çalıştığınızı bildirin. Müşterilerinizin kim olduğunu ve ne kazandığınızı söyleyin.
selfcheck-out-self-employed-documents = Ticaret Odası'na (Kamer van Koophandel) kaydınız ve faturalarınız.
selfcheck-out-internship-what = Staj yapacağınızı, nerede ve kaç saat yapacağınızı bildirin.
selfcheck-out-internship-documents = Staj sözleşmesi.
selfcheck-out-volunteering-what = Gönüllü olarak çalışacağınızı, nerede ve kaç saat çalışacağınızı bildirin.
selfcheck-out-volunteering-documents = Bunun için bir ödeme mi alıyorsunuz? O zaman bununla ilgili anlaşmaları da gönderin.
selfcheck-out-informal-care-reason = Birine para almadan bakıyor musunuz? Buna mantelzorg denir. Bunu iş olarak bildirmeniz gerekmez. Bakım çok zaman alıyor ve iş konusundaki anlaşmalarınıza uymuyor mu? O zaman bunu danışmanınızla (consulent) konuşun. Birine baktığınız için teşekkürler.
selfcheck-out-paid-care-what = Verdiğiniz bakım için para aldığınızı ve ne kadar aldığınızı bildirin.
selfcheck-out-paid-care-documents = Kişiye özel bütçe (pgb) ile ilgili sözleşme ya da anlaşmalar.
selfcheck-out-benefit-what = Hangi yardımı ya da emekli maaşını aldığınızı ve ne kadar aldığınızı bildirin.
selfcheck-out-benefit-documents = UWV'den ya da emeklilik fonunuzdan gelen mektup.
selfcheck-out-aow-what = AOW ödemenizin ne zaman başlayacağını bildirin.
selfcheck-out-aow-documents = SVB'nin AOW ile ilgili mektubu.
selfcheck-out-aow-why = AOW ödemeniz başladığında bijstand yardımınız durur. AOW ödemeniz bijstand tutarından düşük mü, örneğin hep Hollanda'da yaşamadığınız için? O zaman SVB'den bir ek ödeme isteyebilirsiniz. Buna AIO denir. AOW'unuzu zamanında bildirin. O zaman daha sonra mümkün olduğunca az geri ödersiniz.
selfcheck-out-alimony-what = Ne kadar nafaka aldığınızı ve bunun hangi tarihten itibaren olduğunu bildirin.
selfcheck-out-alimony-documents = Hâkimin kararı ya da nafakayla ilgili anlaşmalar.
selfcheck-out-household-income-what = Evinizde kimin gelir elde ettiğini ve ne kadar olduğunu bildirin.
selfcheck-out-household-income-documents = Bu kişinin maaş bordrosu ya da aldığı yardımla ilgili mektup.
selfcheck-out-household-income-why = Partnerinizin geliri bijstand yardımınız için hesaba katılır. Bir çocuğun ya da ev arkadaşının geliri genellikle katılmaz. Yine de bildirin. Hesaba katılıp katılmadığına biz bakarız.
selfcheck-out-tax-refund-what = Belastingdienst'ten ne kadar para iadesi aldığınızı bildirin.
selfcheck-out-tax-refund-documents = Belastingdienst'in mektubu.
selfcheck-out-deposit-what = Hesabınıza hangi tutarın geldiğini ve kimden geldiğini bildirin.
selfcheck-out-deposit-documents = Banka hesap dökümünüz ve varsa paranın nereden geldiğini gösteren bir belge.
selfcheck-out-deposit-why = Aldığınız para bijstand yardımınız için hesaba katılabilir. Bunu bildirin. Hesaba katılıp katılmadığına biz bakarız.

# Outcomes: household and housing
selfcheck-out-partner-moves-in-what = Partnerinizin yanınıza taşındığını ve hangi gün taşındığını bildirin.
selfcheck-out-moves-in-documents = Yanınıza taşınan herkesin adı ve doğum tarihi.
selfcheck-out-moves-in-27-plus-what = Yanınıza kimin taşındığını ve hangi gün taşındığını bildirin. Yanınıza 27 yaşında ya da daha büyük { $aged-count } kişi taşınıyor.
selfcheck-out-moves-in-under-27-what = Yanınıza kimin taşındığını ve hangi gün taşındığını bildirin. Kişi 27 yaşından küçük olsa da bunu bildirmeniz gerekir.
selfcheck-out-moves-out-what = Evinizden kimin ayrıldığını ve hangi gün ayrıldığını bildirin.
selfcheck-out-moves-out-documents = Biliyorsanız, ayrılan kişinin yeni adresi.
selfcheck-out-living-together-what = Biriyle birlikte yaşamaya başladığınızı ya da evlendiğinizi ve bunun hangi günden itibaren olduğunu bildirin.
selfcheck-out-living-together-documents = Partnerinizin adı ve doğum tarihi, ayrıca onun geliriyle ilgili bilgiler.
selfcheck-out-separation-what = Ayrıldığınızı ve bunun hangi günden itibaren olduğunu bildirin.
selfcheck-out-separation-documents = Varsa: boşanmayla ya da nafakayla ilgili belgeler.
selfcheck-out-birth-what = Çocuğunuzun doğduğunu bildirin.
selfcheck-out-death-what = Kimin vefat ettiğini ve hangi gün vefat ettiğini bildirin. Başınız sağ olsun.
selfcheck-out-child-turns-age-what = Çocuğunuz { $turns-month } içinde { $turns-age } yaşına giriyor. Bunu bildirin.
selfcheck-out-child-turns-age-documents = Çocuğunuzun okulu, işi ya da geliriyle ilgili bilgiler.
selfcheck-out-child-turns-age-why = Çocuğunuz 18, 21 ve 27 yaşına girdiğinde bijstand yardımınız için bir şey değişir. 27 yaşından itibaren çocuğunuz çoğu zaman konut masraflarını sizinle paylaşır. Çocuğunuz öğrenim kredisi alabiliyorsa ya da BBL eğitimi görüyorsa bu geçerli değildir.
selfcheck-out-turns-later-reason = Şimdilik bir şey bildirmeniz gerekmez. Çocuğunuz ya da ev arkadaşınız { $turns-month } içinde { $turns-age } yaşına girecek. Bunu o zaman bildirin.
selfcheck-out-housemate-turns-27-what = Ev arkadaşınız { $turns-month } içinde 27 yaşına giriyor. Bunu bildirin. 27 yaşından itibaren ev arkadaşınız çoğu zaman konut masraflarını sizinle paylaşır.
selfcheck-out-turns-age-unclear-reason = Cevaplarınızdan neyi bildirmeniz gerektiğini çıkaramıyoruz. Size seve seve yardım ederiz.
selfcheck-out-moving-house-what = { $when ->
        [past] Yeni adresinizi ve taşındığınız günü bildirin.
       *[future] Yeni adresinizi ve taşınacağınız günü bildirin.
    }
selfcheck-out-rent-documents = Kira sözleşmesi ya da yeni kira veya konut kredisiyle ilgili mektup.
selfcheck-out-rent-change-what = Kiranızın ya da konut kredinizin ne kadar olacağını ve bunun hangi tarihten itibaren geçerli olduğunu bildirin.
selfcheck-out-lodger-what = Bir oda kiraya verdiğinizi, kime ve ne kadar paraya verdiğinizi bildirin.
selfcheck-out-lodger-documents = Oda kiracınızla yaptığınız kira sözleşmesi.
selfcheck-out-care-household-what = { $when ->
        [past] İçinizden biri bakıma ihtiyaç duyduğu için birlikte yaşamaya başladığınızı bildirin. Kiminle, hangi adreste ve hangi günden beri olduğunu söyleyin.
       *[future] İçinizden biri bakıma ihtiyaç duyduğu için birlikte yaşayacağınızı bildirin. Kiminle, hangi adreste ve hangi günden itibaren olduğunu söyleyin.
    }
selfcheck-out-care-household-documents = Yanına taşındığınız ya da yanınıza taşınan kişinin adı ve doğum tarihi.
selfcheck-out-care-household-why = Adresiniz ve sizinle kimin yaşadığı bijstand yardımınız için önemlidir. 2026'dan beri bakım için birlikte yaşamak, kendiliğinden tek bir hane olduğunuz anlamına gelmez. Bunun sizin için ne anlama geldiğine sizinle birlikte bakarız.

# Outcomes: money and possessions
selfcheck-out-vehicle-what = Size hangi aracın verildiğini ya da hangi aracı satın aldığınızı ve aracın ne kadar ettiğini bildirin.
selfcheck-out-vehicle-documents = Araç ruhsatı (kentekenbewijs) ve varsa satış sözleşmesi.
selfcheck-out-vehicle-use-what = Sık sık kullandığınız arabanın kime ait olduğunu ve onu ne sıklıkla kullandığınızı bildirin.
selfcheck-out-savings-what = Ne kadar birikmiş paranız, hisse senediniz ya da kripto paranız olduğunu bildirin.
selfcheck-out-savings-documents = Bankanızdan ya da yatırım hesabınızdan yeni tarihli bir döküm.
selfcheck-out-property-what = Hangi eve ya da araziye sahip olduğunuzu, bunun nerede olduğunu ve ne kadar ettiğini bildirin.
selfcheck-out-property-documents = Noterden gelen belgeler ya da bir değer tespiti (taxatie).
selfcheck-out-valuables-what = Size ne verildiğini ya da ne satın aldığınızı ve bunun aşağı yukarı ne kadar ettiğini bildirin.
selfcheck-out-sold-what = Ne sattığınızı ve kaç paraya sattığınızı bildirin.
selfcheck-out-sold-documents = Satışı gösteren bir belge, örneğin bir banka hesap dökümü.

# Outcomes: gifts
selfcheck-out-gifts-over-limit-what = Hediyeleriniz { $gift-year } yılında { $gift-limit } tutarını aşıyor. { $when ->
        [past] Bu { $passes-on } tarihinde oldu. Hediyelerinizi şimdi bildirin.
       *[future] Bu { $passes-on } tarihinde olacak. Hediyelerinizi o zaman bildirin.
    }
selfcheck-out-gifts-next-year-what = Bu hediye { $next-year } yılında da devam ediyor mu? O zaman hediyeleriniz { $next-passes-on } tarihinde { $gift-limit } tutarını aşar. Hediyelerinizi o zaman bildirin. Ocak { $next-year } ayında bu soruları yeniden cevaplayın.
selfcheck-out-gifts-documents = Hediyelerin bir listesi: kimden, ne kadar ve ne zaman.
selfcheck-out-gifts-why = Bir takvim yılında { $gift-limit } tutarına kadar para hediyeleri bijstand yardımınız için hesaba katılmaz. Bu tutar siz ve partneriniz için birliktedir. Daha fazlasını da alabilirsiniz. Ama bunun üstündeki kısım hesaba katılabilir. Buna sizinle birlikte bakarız.
selfcheck-out-gifts-at-limit-reason = Bir şey bildirmeniz gerekmez. Hediyeleriniz { $gift-year } yılında toplam { $gift-total } tutarında. Bu tam olarak { $gift-limit } sınırıdır. { $gift-year } yılında daha fazlasını alırsanız yeniden bakın.
selfcheck-out-gifts-under-limit-reason = Bir şey bildirmeniz gerekmez. Hediyeleriniz { $gift-year } yılında toplam { $gift-total } tutarında. Bu, { $gift-limit } tutarından azdır. { $gift-year } yılında daha fazlasını alırsanız yeniden bakın.
selfcheck-out-bills-paid-what = Kimin, hangi faturalarınızı ve ayda ne kadar ödediğini bildirin.
selfcheck-out-bills-paid-documents = Birinin sizin için ödediği faturaların bir listesi.
selfcheck-out-bills-paid-why = Faturalarınızı biri mi ödüyor, örneğin sağlık sigortanızı ödeyen anne ya da babanız? O zaman bu, bijstand yardımınız için hesaba katılabilir. Hesaba katılıp katılmadığına biz bakarız.
selfcheck-out-goods-reason = Alışveriş ya da eşyalar, hediyeler için olan { $gift-limit } sınırına girmez. Bu sınır sadece para için geçerlidir. Birinden sık sık alışveriş ya da eşya mı alıyorsunuz? O zaman bunu bildirmeniz gerekip gerekmediğini bize sorun. Gıda bankası paketleri hiçbir zaman hesaba katılmaz.
selfcheck-out-food-bank-reason = Bir şey bildirmeniz gerekmez. Gıda bankasından (voedselbank) alınan paketler bijstand yardımınız için hiçbir zaman hesaba katılmaz.

# Outcomes: inheritance, prizes and compensation
selfcheck-out-inheritance-what = Mirası bildirin, az bir para ya da eşyalar olsa bile, örneğin bir araba.
selfcheck-out-inheritance-documents = Mirasçılık belgesi (verklaring van erfrecht) ya da noterden bir mektup. Araba söz konusuysa araç ruhsatı (kentekenbewijs) da.
selfcheck-out-prize-what = Ne kazandığınızı ve bunun ne kadar ettiğini bildirin.
selfcheck-out-prize-documents = İkramiyeyi gösteren bir belge, örneğin bir mektup ya da bir banka hesap dökümü.
selfcheck-out-compensation-what = Ne kadar tazminat aldığınızı ve ne için aldığınızı bildirin.
selfcheck-out-compensation-documents = Tazminatla ilgili mektup.
selfcheck-out-pension-buyout-what = Tek seferde ne kadar emekli maaşı aldığınızı bildirin.
selfcheck-out-pension-buyout-documents = Emeklilik fonunuzdan gelen mektup.

# Outcomes: travel and stays elsewhere
selfcheck-out-trip-within-limit-what = Seyahatinizi önceden bildirin. Bu seyahat { $trip-days } gün sayılır. { $trip-year } yılında böylece { $days-used } gün yurt dışında olursunuz. { $trip-year } yılında { $days-left } gününüz kalır.
selfcheck-out-trip-reaches-limit-what = Seyahatinizi önceden bildirin. Bu seyahatle tam olarak { $days-abroad } günlük üst sınıra ulaşırsınız. Bu seyahat { $trip-days } gün sayılır. { $trip-year } yılında { $days-used } gün yurt dışında olursunuz. Aynı takvim yılında bir kez daha gitmek mi istiyorsunuz? O zaman önce bizimle iletişime geçin.
selfcheck-out-trip-over-limit-what = Dikkat: bu seyahatle çok uzun süre yurt dışında kalırsınız. Bir takvim yılında { $days-abroad } gün yurt dışında kalabilirsiniz, arka arkaya da en fazla { $days-abroad } gün. Bu seyahat { $trip-days } gün sayılır. { $trip-year } yılında { $days-used } gün dışarıda olursunuz. İzin verilenden { $days-over } gün fazla dışarıda kalırsınız. Seyahatinizi önceden bildirin.
selfcheck-out-trip-over-limit-why = Sınırı aşan günler için bijstand almazsınız. Bazen bijstand yardımınız tamamen durur. O zaman döndükten sonra yeniden bijstand başvurusu yapmanız gerekir. Belki yolculuğu kısaltabilirsiniz. Bu mümkün değilse bizimle iletişime geçin.
selfcheck-out-trip-documents = Biletlerinizi ve rezervasyonlarınızı dönüşünüzden sonra 3 ay saklayın. Bunları sizden isteyebiliriz.
selfcheck-out-trip-hardship-reason = Bir akrabanız ağır hasta olduğu ya da vefat ettiği için mi gidiyorsunuz? İstisna sadece çok acil nedenlerle mümkündür. Bu çok nadir olur. Yola çıkmadan önce bizi arayın.
selfcheck-out-stay-elsewhere-what = Nerede ve ne kadar süre kalacağınızı bildirin. Bunu yola çıkmadan önce yapın.
selfcheck-out-stay-elsewhere-why = Nerede yaşadığınızı ve nerede uyuduğunuzu bilmemiz gerekir. Bu, bijstand hakkınızla ilgilidir.
selfcheck-out-short-stay-reason = Bir şey bildirmeniz gerekmez. Birkaç gün başka bir yerde misafir kalmak için bildirim yapmanız gerekmez.
selfcheck-out-emigration-what = { $when ->
        [past] Yurt dışına yerleştiğinizi ve hangi gün gittiğinizi bildirin.
       *[future] Yurt dışına yerleşeceğinizi ve hangi gün gideceğinizi bildirin.
    }
selfcheck-out-emigration-why = Bijstand sadece Hollanda'da yaşıyorsanız alınır. Yurt dışına mı yerleşiyorsunuz? O zaman bijstand yardımınız gittiğiniz gün durur. Geç mi bildiriyorsunuz? O zaman bijstand geri ödemeniz gerekir.

# Outcomes: detention, hospital and institutions
selfcheck-out-detention-what = Cezaevinde olduğunuzu ya da tutuklandığınızı ve bunun hangi günden itibaren olduğunu bildirin.
selfcheck-out-detention-why = Tutuklandığınız ilk günden itibaren bijstand almazsınız. Bunu Dienst Justitiële Inrichtingen'den (cezaevi kurumu) de öğreniriz. Kendiniz bildirirseniz, daha sonra daha az geri ödersiniz.
selfcheck-out-institution-stay-what = Bir yere yatırıldığınızı, nereye ve hangi günden itibaren yatırıldığınızı bildirin.
selfcheck-out-institution-stay-documents = Varsa hastaneden ya da kurumdan bir mektup.
selfcheck-out-institution-stay-why = Bir kurumda kalıyorsanız, bijstand yardımınızın tutarı değişebilir.
selfcheck-out-community-service-what = Kamu hizmeti cezası (taakstraf) aldığınızı ve bunu ne zaman yapacağınızı bildirin.
selfcheck-out-community-service-documents = Kamu hizmeti cezanızla ilgili mektup.

# Outcomes: education
selfcheck-out-education-what = Kimin bir eğitime başladığını ya da eğitimi bıraktığını, bunun hangi eğitim olduğunu ve ne zamandan itibaren olduğunu bildirin.
selfcheck-out-education-documents = Kayıt belgesi ve varsa DUO'nun öğrenim kredisi ya da WTOS hakkındaki mektubu.
selfcheck-out-education-why = Bir eğitim, bijstand yardımınızı, çocuk parasını (kinderbijslag) ya da öğrenim kredisini (studiefinanciering) etkileyebilir.
selfcheck-out-housemate-student-finance-what = Ev arkadaşınızın öğrenim kredisi (studiefinanciering) almaya başladığını ya da bu kredinin durduğunu bildirin.
selfcheck-out-housemate-under-27-study-reason = Bir şey bildirmeniz gerekmez. 27 yaşından küçük bir ev arkadaşı kostendelersnorm (masrafları paylaşma kuralı) için sayılmaz. Bu yüzden onun öğrenimi bijstand yardımınızı değiştirmez.

# Outcomes: bank account and contact details
selfcheck-out-bank-account-what = Yeni hesap numaranızı (IBAN) bildirin.
selfcheck-out-bank-account-documents = Adınızın ve hesap numaranızın görüldüğü bir banka hesap dökümü ya da ekran görüntüsü.
selfcheck-out-bank-account-why = Böylece bijstand yardımınız doğru hesaba yatar.
selfcheck-out-contact-details-what = Yeni telefon numaranızı ya da e-posta adresinizi bildirin.
selfcheck-out-contact-details-why = Böylece gerektiğinde size ulaşabiliriz.
selfcheck-out-carer-access-what = Kime baktığınızı ve onun banka hesabını kullanabildiğinizi bildirin.
selfcheck-out-guardian-what = Mali vasinizin (bewindvoerder) kim olduğunu ve ne zamandan itibaren görev yaptığını bildirin.
selfcheck-out-guardian-documents = Hâkimin, mali vesayetle (bewind) ilgili kararı.
selfcheck-out-guardian-why = O zaman paranızla ilgili konularda kiminle iletişimde olduğumuzu biliriz.

# Outcomes: when the rules cannot decide
selfcheck-out-other-reason = Her durum bu sorulara uymaz. Bir şeyi bildirmeniz gerekip gerekmediğinden emin değil misiniz? Bize çekinmeden sorun.
selfcheck-out-not-sure-reason = Cevaplarınızdan bir şey bildirmeniz gerekip gerekmediği anlaşılmıyor. Size seve seve yardım ederiz.

# Issue 12 (self-check gaps): "nothing changed", "none of these", new situations,
# the asset limit and debt help. One block, apart from the law corrections.
selfcheck-life-areas-nothing = Hiçbir şey değişmedi
selfcheck-none-of-these = Bunların hiçbiri: başka bir şey
selfcheck-work-change-selling-online = Sık sık eşya satıyorum, örneğin internette Marktplaats ya da Vinted üzerinden
selfcheck-work-change-partner-aow = Partnerim yakında AOW emekli maaşı alacak
selfcheck-household-change-partner-stays = Partnerim ya da sevgilim sık sık bende kalıyor ya da iki adreste yaşıyor
selfcheck-household-change-guest = Bir süreliğine yanımda misafir kalan biri var
selfcheck-household-change-pregnancy = Hamileyim ya da partnerim hamile
selfcheck-household-change-moving-away = Başka bir belediyeye taşınıyorum
selfcheck-guest-partner = Bu kişiyle bir ilişkiniz var mı?
selfcheck-guest-partner-hint = Örneğin erkek ya da kız arkadaşınız. O zaman ziyarete gelen akrabalardan farklı kurallar geçerlidir.
selfcheck-guest-own-home = Bu kişinin kendi evi var mı ve oraya geri dönecek mi?
selfcheck-guest-own-home-hint = Misafir, bir süre evinizde kalan kişidir. Örneğin ziyarete gelen bir aile üyesi.
selfcheck-guest-stay = Bu kişi ne kadar süre ve ne sıklıkla sizde kalıyor?
selfcheck-guest-stay-hint = Misafiriniz arada evine gitse bile bütün geceleri sayın.
selfcheck-guest-stay-once-short = Bir kez, bir aydan kısa
selfcheck-guest-stay-once-long = Bir kez, bir ay ya da daha uzun
selfcheck-guest-stay-often = Daha sık: haftada bir ya da daha fazla gece, ya da her hafta sonu
selfcheck-money-change-vehicle-sold = Bir araba, motosiklet ya da başka bir araç sattım ya da elden çıkardım
selfcheck-money-change-loan = Borç para aldım ya da kredi aldım
selfcheck-money-change-debts = Borçlarım var ya da faturalarımı ödeyemiyorum
selfcheck-admin-change-residence-permit = Oturma iznim değişiyor, uzatılıyor ya da bitiyor
selfcheck-out-selling-online-what = Sık sık eşya sattığınızı bildirin. Ne sattığınızı, ne sıklıkla sattığınızı ve karşılığında ne aldığınızı söyleyin.
selfcheck-out-selling-online-documents = Neyi kaça sattığınızın bir listesi. Örneğin ilanlarınızın ekran görüntüleri.
selfcheck-out-selling-online-why = Sık sık eşya mı satıyorsunuz ya da eşyaları yeniden satmak için mi alıyorsunuz? O zaman bu para gelir sayılabilir. Buna sizinle birlikte bakarız.
selfcheck-out-partner-aow-what = { $when ->
        [past] Partnerinizin AOW emekli maaşının başladığını ve hangi gün başladığını bildirin.
       *[future] Partnerinizin AOW emekli maaşının ne zaman başlayacağını bildirin.
    }
selfcheck-out-partner-aow-documents = SVB'nin partnerinizin AOW maaşı hakkındaki mektubu.
selfcheck-out-partner-aow-why = Partneriniz AOW aldığında bijstand yardımınız değişir. O zaman belki kendiniz tek kişilik bijstand alırsınız. Partneriniz bazen SVB'den ek ödeme alabilir.
selfcheck-out-partner-stays-what = Kimin sık sık sizde kaldığını, haftada kaç gece kaldığını ve bu kişinin hangi adreste kayıtlı olduğunu bildirin.
selfcheck-out-partner-stays-why = İki adreste bile olsa neredeyse birlikte mi yaşıyorsunuz? O zaman belki birlikte tek bir hane sayılırsınız. O zaman birlikte tek bir bijstand yardımı alırsınız. Buna sizinle birlikte bakarız.
selfcheck-out-guest-what = Sizde kimin kaldığını, hangi günden beri, ne kadar süre ve haftada kaç gece kaldığını bildirin.
selfcheck-out-guest-why = Biri sizde uzun süre ya da sık sık mı kalıyor? O zaman eviniz o kişinin gerçek adresi olabilir. O zaman bijstand yardımınız değişebilir. Buna sizinle birlikte bakarız.
selfcheck-out-guest-reason = Bir şey bildirmeniz gerekmez. Kendi evi olan ve bir kez kısa süre kalan bir misafir sizinle yaşamıyor. Misafiriniz yine de bir ay ya da daha uzun mu kalıyor? Ya da daha sık mı geliyor? O zaman bildirin.
selfcheck-out-pregnancy-reason = Hamileliği bir doğum gibi bildirmeniz gerekmez. Ama danışmanınıza (consulent) söyleyin. O zaman iş konusundaki anlaşmalarda bunu dikkate alırız. Bebeğiniz doğdu mu? O zaman doğumu bildirin.
selfcheck-out-moving-away-what = { $when ->
        [past] Başka bir belediyeye taşındığınızı bildirin. Yeni adresinizi ve taşındığınız günü söyleyin.
       *[future] Başka bir belediyeye taşınacağınızı bildirin. Yeni adresinizi ve taşınacağınız günü söyleyin.
    }
selfcheck-out-moving-away-why = Başka bir belediyede yaşamaya başladığınızda bizden aldığınız bijstand durur. Yeni belediyenize zamanında bijstand başvurusu yapın. Böylece parasız kalmazsınız.
selfcheck-out-vehicle-sold-what = Hangi aracı sattığınızı ya da elden çıkardığınızı ve karşılığında ne aldığınızı bildirin.
selfcheck-out-vehicle-sold-documents = RDW'nin devir belgesi (vrijwaringsbewijs) ve satış belgesi, örneğin bir banka dökümü.
selfcheck-out-loan-what = Ne kadar borç aldığınızı, kimden aldığınızı ve nasıl geri ödeyeceğinizi bildirin.
selfcheck-out-loan-documents = Borçla ilgili anlaşmalar, örneğin bir sözleşme ya da mesaj, ve bir banka dökümü.
selfcheck-out-loan-why = Borç alınan para da bazen bijstand yardımınız için hesaba katılır. Buna sizinle birlikte bakarız.
selfcheck-why-asset-limit = Sahip olduklarınız bijstand için hesaba katılır. Sınır, tek kişi için { $asset-limit-single }. Çiftler ya da tek ebeveynler için { $asset-limit-couple }. { $asset-limit-single-from ->
        [undated] {""}
       *[other] Bu tutarlar { $asset-limit-single-from } tarihinden itibaren geçerlidir.
    } Daha fazlanız mı var? O zaman belki bijstand alamazsınız.
selfcheck-out-debts-help-reason = Borçlarınızı bize bildirmeniz gerekmez. Ama belediyenin Geldloket'i (para yardım masası) size ücretsiz yardım eder. Ne kadar erken yardım isterseniz o kadar iyi. { $debt-help-phone } numarasını arayın ya da { $debt-help-website } adresine bakın. Borçlarınızı başka biri mi ödüyor? Ya da borç para mı alıyorsunuz? Bunu bildirmeniz gerekir.
selfcheck-out-residence-permit-what = Oturma izninizde neyin değiştiğini bildirin. Örneğin yeni bir izin, bir uzatma ya da iznin bitmesi.
selfcheck-out-residence-permit-documents = Yeni oturma belgenizin bir kopyası ya da IND'nin mektubu.
selfcheck-out-residence-permit-why = Bijstand hakkınız oturma izninize bağlıdır. Böylece hakkınız olduğu sürece bijstand alırsınız.
selfcheck-out-not-listed-reason = Sizde değişen şey listede yok. Belki yine de bildirmeniz gerekir. Emin değil misiniz? Bize sorun. O zaman kesin bilirsiniz.
selfcheck-out-nothing-changed-reason = Şimdi bir şey bildirmeniz gerekmiyor. Daha sonra bir şey mi değişiyor? İş ya da gelir, yanınıza taşınan ya da evinizden ayrılan biri, para ya da hediye, ya da yurt dışı seyahati gibi. O zaman bunu { $change-deadline-days } gün içinde bildirin. Emin değil misiniz? Bize çekinmeden sorun.
