# Page: what changes in 2026 (Participatiewet in Balans).

info-changes-2026-title = 2026 yılında neler değişiyor?
info-changes-2026-nav = 2026'da yeni
info-changes-2026-summary = Bijstand yasası 1 Ocak 2026'da değişti. Burada sizin için nelerin farklı olduğunu okuyabilirsiniz.
info-changes-2026-short-1 = Yasa artık daha çok güvene dayanıyor.
info-changes-2026-short-2 = Bir yılda { $gift-limit } tutarına kadar hediye alabilirsiniz.
info-changes-2026-short-3 = Bir hatayı düzeltmek için daha fazla imkân var.

# Why the law changes
info-changes-2026-why-heading = Yasa neden değişiyor?
info-changes-2026-why-p1 = Yeni yasanın adı Participatiewet in Balans'tır. Kurallar daha basit hale geliyor. Yasa artık daha çok güvene ve insana dayanıyor.

# What changes now
info-changes-2026-now-heading = 1 Ocak 2026'dan beri neler farklı?
info-changes-2026-now-li1 = Bir takvim yılında { $gift-limit } tutarına kadar olan hediyelerin bijstand yardımınıza bir etkisi yoktur.
info-changes-2026-now-li2 = Bijstand yardımını geriye dönük olarak üç aya kadar alabilirsiniz.
info-changes-2026-now-li3 = 27 yaşından küçük müsünüz? O zaman önce dört hafta boyunca kendiniz iş ya da okul ararsınız. Artık bu arama süresini durumunuza göre ayarlayabiliriz.
info-changes-2026-now-li4 = Bir yakınınıza bakım vermek (mantelzorg) artık ücretli iş sayılmaz. Birinin bakıma ihtiyacı olduğu için mi birlikte yaşıyorsunuz? O zaman sırf bu yüzden birbirinizin partneri sayılmazsınız.
info-changes-2026-now-li5 = Bir Avrupa ehliyeti ve DigiD, kimliğinizi kanıtlamak için kabul edilir.
info-changes-2026-now-li6 = Bir hatayı düzeltmek için daha fazla imkân var.

# What comes later
info-changes-2026-later-heading = Daha sonra neler gelecek?
info-changes-2026-later-p1 = 1 Ocak 2027'den itibaren gençler daha fazla ek gelir kazanabilecek. Ayrıca gelir o zaman bijstand yardımınızdan daha sık kendiliğinden düşülecek.
info-changes-2026-later-p2 = Yeni bir yasa daha gelecek: Wet handhaving sociale zekerheid. Bu yasa hatalara daha fazla hoşgörü gösteriyor. O zaman para cezası yerine daha sık bir uyarı alırsınız. Bu yasa şu anda hazırlanıyor. Ne zaman başlayacağı henüz belli değil.

# What stays the same
info-changes-2026-same-heading = Neler aynı kalıyor?
info-changes-2026-same-p1 = Değişiklikleri hâlâ bize kendiniz bildirirsiniz. Bunu { $change-deadline-days } gün içinde yaparsınız. Emin değil misiniz? Bize sorun.
