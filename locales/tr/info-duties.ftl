# Page: your duties (inlichtingenplicht and meewerkplicht).

info-duties-title = Bijstand yardımı aldığınızda yükümlülükleriniz
info-duties-nav = Yükümlülükleriniz
info-duties-summary = Bijstand yardımı alıyorsanız iki yükümlülüğünüz vardır: bilgi vermek ve iş birliği yapmak.
info-duties-short-1 = Bijstand yardımınızı değiştirebilecek her değişikliği bize bildirirsiniz.
info-duties-short-2 = Biz bir şey istediğimizde ya da kontrol ettiğimizde iş birliği yaparsınız.
info-duties-short-3 = Bir eşiniz ya da partneriniz var mı? O zaman onun da aynı yükümlülükleri vardır.
info-duties-short-4 = Emin değil misiniz? O zaman bildirin ya da bize sorun.

# The duty to inform
info-duties-inform-heading = Inlichtingenplicht (bilgi verme yükümlülüğü): değişiklikleri bildirmek
info-duties-inform-p1 = Bijstand, belediyeden alınan bir yardımdır. Ne kadar alacağınız, durumunuza bağlıdır. Bu yüzden hayatınızın nasıl olduğunu bilmemiz gerekir.
info-duties-inform-p2 = Inlichtingenplicht şu demektir: Bijstand yardımınızı etkileyebilecek her şeyi bize kendiniz söylersiniz. Bizim sormamızı beklemezsiniz.
info-duties-inform-p3 = Örneğin şunlar:
info-duties-inform-li1 = işe başlıyorsunuz ya da daha çok veya daha az saat çalışıyorsunuz;
info-duties-inform-li2 = biri yanınıza taşınıyor ya da evinizden ayrılıyor;
info-duties-inform-li3 = para alıyorsunuz, örneğin bir hediye ya da miras;
info-duties-inform-li4 = yurt dışına gidiyorsunuz;
info-duties-inform-li5 = taşınıyorsunuz ya da yeni bir banka hesap numaranız oluyor.
info-duties-inform-p4 = Bir değişikliği { $change-deadline-days } gün içinde bildirin. Yurt dışı seyahatini yola çıkmadan en az { $travel-notice-days } gün önce bildirin.

# The duty to cooperate
info-duties-cooperate-heading = Meewerkplicht (iş birliği yükümlülüğü): katılmak ve iş birliği yapmak
info-duties-cooperate-p1 = Meewerkplicht iki şey demektir.
info-duties-cooperate-li1 = Durumunuzu kontrol ettiğimizde iş birliği yaparsınız. Örneğin sizden belgeler isteriz, sizinle görüşürüz ya da evinize ziyarete geliriz.
info-duties-cooperate-li2 = İş bulmak için iş birliği yaparsınız. Randevulara gelirsiniz ve birlikte kararlaştırdığımız şeylere katılırsınız.
info-duties-cooperate-p2 = Bir şeyi yapamıyor musunuz, örneğin hastalık ya da bir çocuğun bakımı yüzünden? Bunu bize söyleyin. O zaman birlikte bir çözüm ararız.

# Partners
info-duties-partner-heading = Bir eşiniz ya da partneriniz var mı?
info-duties-partner-p1 = Bir eş ya da partnerle birlikte mi yaşıyorsunuz? O zaman bijstand yardımını birlikte alırsınız. İkinizin de yükümlülükleri aynıdır.
info-duties-partner-p2 = Eşinizle ya da partnerinizle ilgili değişiklikleri de bildirirsiniz. Örneğin eşiniz işe başlarsa ya da para alırsa.

# When in doubt
info-duties-doubt-heading = Emin değil misiniz? Bildirin ya da bize sorun
info-duties-doubt-p1 = Bazen bir şeyin önemli olup olmadığından emin olamazsınız. O zaman yine de bildirin. Ya da bizi { $phone } numarasından arayıp sorun.
info-duties-doubt-p2 = Fazla bilgi vermek asla yanlış değildir. Bijstand yardımınızda bir şeyin değişip değişmediğine biz bakarız.
info-duties-doubt-p3 = Neyi bildirmeniz gerektiğini kontrol ederek, sizin için neyin geçerli olduğunu hızlıca görürsünüz.
