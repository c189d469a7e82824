# Page: what changes in 2026 (Participatiewet in Balans).

info-changes-2026-title = 2026 yılında neler değişiyor?
info-changes-2026-nav = 2026'da yeni
info-changes-2026-summary = 1 Ocak 2026'da bijstand yasası değişti. Burada sizin için nelerin farklı olduğunu okuyabilirsiniz.
info-changes-2026-short-1 = Yasa artık daha çok güvene dayanıyor.
info-changes-2026-short-2 = Bir yılda { $gift-limit } tutarına kadar hediye alabilirsiniz.
info-changes-2026-short-3 = Bir hatayı düzeltmek için daha fazla imkân var.

# Why the law changes
info-changes-2026-why-heading = Yasa neden değişiyor?
info-changes-2026-why-p1 = Yeni yasanın adı Participatiewet in Balans'tır. Kurallar daha basit hale geliyor. Yasa artık daha çok güvene ve insana dayanıyor.

# What changes now
info-changes-2026-now-heading = 1 Ocak 2026'dan beri neler farklı?
info-changes-2026-now-li1 = Bir takvim yılında { $gift-limit } tutarına kadar olan hediyelerin bijstand yardımınıza bir etkisi yoktur.
info-changes-2026-now-li2 = Bijstand için geriye dönük üç aya kadar başvurabilirsiniz.
info-changes-2026-now-li3 = 27 yaşından küçük gençlere, durumlarına uygun bir arama süresi verilir.
info-changes-2026-now-li4 = Bir yakınınıza bakım vermek (mantelzorg) artık ücretli iş sayılmaz.
info-changes-2026-now-li5 = Bir Avrupa ehliyeti ve DigiD, kimliğinizi kanıtlamak için kabul edilir.
info-changes-2026-now-li6 = Bir hatayı düzeltmek için daha fazla imkân var.

# What comes later
info-changes-2026-later-heading = Daha sonra neler gelecek?
info-changes-2026-later-p1 = 1 Ocak 2027'den itibaren gençler daha fazla ek gelir kazanabilecek. Ayrıca gelir o zaman daha sık kendiliğinden hesaba katılacak.
info-changes-2026-later-p2 = Para cezaları ve kontrol hakkında da yeni bir yasa gelecek. Bu yasa hatalara daha fazla hoşgörü gösteriyor. O zaman para cezası yerine daha sık bir uyarı alırsınız. Bu yasanın ne zaman başlayacağı henüz belli değil.

# What stays the same
info-changes-2026-same-heading = Neler aynı kalıyor?
info-changes-2026-same-p1 = Değişiklikleri hâlâ kendiniz bildirirsiniz. Bunu { $change-deadline-days } gün içinde yaparsınız.
