# Page: your duties (inlichtingenplicht and meewerkplicht).

info-duties-title = Bijstand yardımı aldığınızda yükümlülükleriniz
info-duties-nav = Yükümlülükleriniz
info-duties-summary = Bijstand yardımı alıyorsanız iki yükümlülüğünüz vardır: değişiklikleri bildirmek ve iş birliği yapmak.
info-duties-short-1 = Bijstand yardımınızı değiştirebilecek her şeyi bize kendiniz söylersiniz.
info-duties-short-2 = Biz bir şey istediğimizde ya da kontrol ettiğimizde iş birliği yaparsınız.
info-duties-short-3 = Bir eşiniz ya da partneriniz var mı? O zaman onun da aynı yükümlülükleri vardır.
info-duties-short-4 = Emin değil misiniz? O zaman bildirin ya da bize sorun.

# The duty to inform
info-duties-inform-heading = Inlichtingenplicht (bilgi verme yükümlülüğü): değişiklikleri bildirmek
info-duties-inform-p1 = Ne kadar bijstand alacağınız, durumunuza bağlıdır. Bu yüzden hayatınızın nasıl olduğunu bilmemiz gerekir.
info-duties-inform-p2 = Inlichtingenplicht şu demektir: Bijstand yardımınızı ya da iş konusundaki anlaşmalarınızı etkileyebilecek her şeyi bize söylersiniz. Bunu kendiliğinizden yaparsınız. Bizim sormamızı beklemezsiniz. Size bir şey mi soruyoruz? O zaman cevap verirsiniz.
info-duties-inform-p3 = Örneğin şu değişiklikler:
info-duties-inform-li1 = işe başlıyorsunuz ya da daha çok veya daha az saat çalışıyorsunuz;
info-duties-inform-li2 = biri yanınıza taşınıyor ya da evinizden ayrılıyor;
info-duties-inform-li3 = para alıyorsunuz, örneğin bir hediye ya da miras;
info-duties-inform-li4 = yurt dışına gidiyorsunuz;
info-duties-inform-li5 = taşınıyorsunuz ya da yeni bir banka hesap numaranız oluyor.
info-duties-inform-p4 = Bir değişikliği { $change-deadline-days } gün içinde bildirin. Yurt dışı seyahatini yola çıkmadan en az { $travel-notice-days } gün önce bildirin.

# The duty to cooperate
info-duties-cooperate-heading = Meewerkplicht (iş birliği yükümlülüğü): katılmak ve iş birliği yapmak
info-duties-cooperate-p1 = Meewerkplicht şu demektir: Biz istediğimizde yardımcı olursunuz. Bu iki şeyle ilgilidir.
info-duties-cooperate-li1 = Durumunuzu kontrol ettiğimizde iş birliği yaparsınız. Örneğin sizden belgeler, bir görüşme ya da evinize bir ziyaret isteriz.
info-duties-cooperate-li2 = İş bulmak için iş birliği yaparsınız. Randevulara gelirsiniz ve birlikte kararlaştırdığımız şeyleri yaparsınız.
info-duties-cooperate-p2 = Bir şeyi yapamıyor musunuz, örneğin hastalık ya da bir çocuğun bakımı yüzünden? Bunu bize zamanında söyleyin. O zaman birlikte bir çözüm ararız.

# Partners
info-duties-partner-heading = Bir eşiniz ya da partneriniz var mı?
info-duties-partner-p1 = Bir eş ya da partnerle birlikte mi yaşıyorsunuz? O zaman bijstand yardımını birlikte alırsınız. İkinizin de yükümlülükleri aynıdır.
info-duties-partner-p2 = Bu yüzden eşinizle ya da partnerinizle ilgili değişiklikleri de bildirin. Örneğin eşiniz işe başlarsa ya da para alırsa.

# When in doubt
info-duties-doubt-heading = Emin değil misiniz? Bildirin ya da bize sorun
info-duties-doubt-p1 = Bazen bir şeyin önemli olup olmadığından emin olamazsınız. O zaman yine de bildirin. Ya da bizi { $phone } numarasından arayıp sorun.
info-duties-doubt-p2 = Biraz fazla bilgi vermek asla yanlış değildir. Bijstand yardımınızda bir şeyin değişip değişmediğine biz bakarız.
info-duties-doubt-p3 = Sizin için neyin geçerli olduğunu bilmek mi istiyorsunuz? O zaman bu web sitesindeki kontrolü kullanın. Birkaç kısa soruyu cevaplarsınız.
