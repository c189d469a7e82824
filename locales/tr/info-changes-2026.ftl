# Page: what changes in 2026 and 2027 (Participatiewet in Balans). A message
# `<id>-from-2027-01-01` replaces `<id>` from that day on (src/i18n/dated.rs).

info-changes-2026-title = 2026 yılında neler değişiyor?
info-changes-2026-title-from-2027-01-01 = 2026 ve 2027 yıllarında neler değişti?
info-changes-2026-nav = 2026'da yeni
info-changes-2026-nav-from-2027-01-01 = 2026 ve 2027'de yeni
info-changes-2026-summary = Bijstand yasası 1 Ocak 2026'da değişti. Burada sizin için nelerin farklı olduğunu okuyabilirsiniz.
info-changes-2026-summary-from-2027-01-01 = Bijstand yasası 1 Ocak 2026'da ve 1 Ocak 2027'de değişti. Burada sizin için nelerin farklı olduğunu okuyabilirsiniz.
info-changes-2026-short-1 = Yasa artık daha çok güvene dayanıyor.
info-changes-2026-short-2 = Bir takvim yılında { $gift-limit } tutarına kadar para hediyeleri bijstand yardımınız için hesaba katılmaz.

info-changes-2026-short-4 = 1 Ocak 2027'den itibaren gençler daha fazla ek gelir kazanabilecek.
info-changes-2026-short-4-from-2027-01-01 = 1 Ocak 2027'den beri gençler daha fazla ek gelir kazanabiliyor.

# Why the law changes
info-changes-2026-why-heading = Yasa neden değişiyor?
info-changes-2026-why-p1 = Yeni yasanın adı Participatiewet in Balans'tır. Kurallar daha basit hale geliyor. Yasa artık daha çok güvene ve insana dayanıyor.

# What changes now
info-changes-2026-now-heading = 1 Ocak 2026'dan beri neler farklı?
info-changes-2026-now-li1 = Bir takvim yılında { $gift-limit } tutarına kadar para hediyeleri bijstand yardımınız için hesaba katılmaz. Bu tutar siz ve partneriniz için birliktedir. Alışveriş ve eşyalar buna girmez.
info-changes-2026-now-li2 = Bijstand yardımını geriye dönük olarak üç aya kadar alabilirsiniz.
info-changes-2026-now-li3 = 27 yaşından küçük müsünüz? O zaman önce dört hafta boyunca kendiniz iş ya da okul ararsınız. Artık bu arama süresini durumunuza göre ayarlayabiliriz.
info-changes-2026-now-li4 = Bir yakınınıza bakım vermek (mantelzorg) artık ücretli iş sayılmaz. Birinin bakıma ihtiyacı olduğu için mi birlikte yaşıyorsunuz? O zaman sırf bu yüzden birbirinizin partneri sayılmazsınız.
info-changes-2026-now-li5 = Bir Avrupa ehliyeti ve DigiD, kimliğinizi kanıtlamak için kabul edilir.

# What changes on 1 January 2027: as coming before that day, as the present from it
info-changes-2026-in-2027-heading = 1 Ocak 2027'de neler değişiyor?
info-changes-2026-in-2027-heading-from-2027-01-01 = 1 Ocak 2027'den beri neler farklı?
info-changes-2026-in-2027-p1 = 1 Ocak 2027'de yasanın bir sonraki bölümü başlıyor. Belediyeler buna 2026'da başlayabilir.
info-changes-2026-in-2027-p1-from-2027-01-01 = 1 Ocak 2027'de yasanın bir sonraki bölümü başladı.
info-changes-2026-in-2027-li1 = Gençler o zaman bijstand yardımının yanında daha fazla ek gelir kazanabilecek.
info-changes-2026-in-2027-li1-from-2027-01-01 = Gençler bijstand yardımının yanında daha fazla ek gelir kazanabiliyor.
info-changes-2026-in-2027-li2 = Bijstand yardımınızın yanında para mı kazanıyorsunuz? O günden itibaren bu, yardımınızdan daha sık kendiliğinden düşülecek.
info-changes-2026-in-2027-li2-from-2027-01-01 = Bijstand yardımınızın yanında para mı kazanıyorsunuz? O zaman bu, yardımınızdan daha sık kendiliğinden düşülür.

# What comes later
info-changes-2026-later-heading = Daha sonra neler gelecek?
info-changes-2026-later-p2 = Yeni bir yasa daha gelecek: Wet handhaving sociale zekerheid. Bu yasa hatalara daha fazla hoşgörü gösteriyor. O zaman para cezası yerine daha sık bir uyarı alırsınız. Bu yasa şu anda hazırlanıyor. Ne zaman başlayacağı henüz belli değil.

# What stays the same
info-changes-2026-same-heading = Neler aynı kalıyor?
info-changes-2026-same-p1 = Değişiklikleri hâlâ bize kendiniz bildirirsiniz. Bunu { $change-deadline-days } gün içinde yaparsınız. Emin değil misiniz? Bize sorun.
