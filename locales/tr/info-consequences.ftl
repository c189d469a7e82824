# Page: what happens if a change is reported late or not at all.

info-consequences-title = Bir şeyi geç bildirirseniz ya da hiç bildirmezseniz ne olur?
info-consequences-nav = Bir şey ters giderse
info-consequences-summary = Bir şeyi bildirmezseniz ya da geç bildirirseniz ne olacağını size önceden dürüstçe anlatıyoruz.
info-consequences-short-1 = Fazla bijstand mı aldınız? O zaman bunu geri ödersiniz.
info-consequences-short-2 = Bazen bir uyarı ya da para cezası alırsınız.
info-consequences-short-3 = İş birliği yapmıyor musunuz? O zaman bijstand yardımınız bir süre düşebilir.
info-consequences-short-4 = Bir hata mı yaptınız? Bunu bize şimdi söyleyin. Hatayı kendiniz düzeltmeniz dikkate alınır.

# Paying back
info-consequences-repay-heading = Fazla alınan bijstand yardımını geri ödemek
info-consequences-repay-p1 = Bir değişikliği geç mi bildiriyorsunuz ya da hiç bildirmiyor musunuz? O zaman belki fazla bijstand alırsınız. Bu durumda bijstand yardımınızı yeniden hesaplarız.
info-consequences-repay-p2 = Fazla aldığınız tutarı geri ödersiniz. Buna terugvordering (geri isteme) denir. Sizinle birlikte ödeyebileceğiniz bir ödeme planı yaparız.

# Warning and fine
info-consequences-fine-heading = Bir uyarı ya da para cezası
info-consequences-fine-p1 = İlk kez mi oluyor ve küçük bir tutar mı söz konusu? O zaman genellikle bir uyarı alırsınız.
info-consequences-fine-p2 = Aksi halde para cezası alabilirsiniz. Cezanın ne kadar olacağı, sizin ne kadar kusurlu olduğunuza bağlıdır:
info-consequences-fine-li1 = gerçekten bilmiyordunuz: ceza yok ya da düşük bir ceza;
info-consequences-fine-li2 = bilmeniz mümkündü: tutarın yüzde 25'i ya da yüzde 50'si;
info-consequences-fine-li3 = bilerek yaptınız: tutarın yüzde 75'i ya da yüzde 100'ü.
info-consequences-fine-p3 = Beş yıl içinde yeniden mi oluyor? O zaman ceza daha yüksek olabilir, yüzde 150'ye kadar.
info-consequences-fine-p4 = Büyük bir tutar söz konusuysa ve bilerek yapıldıysa, belediye bunu savcılığa (Openbaar Ministerie) bildirebilir.

# Lowering when not cooperating
info-consequences-lower-heading = İş birliği yapmazsanız daha düşük bijstand
info-consequences-lower-p1 = Randevulara gelmiyor musunuz? Ya da iş konusunda kararlaştırdığımız şeylere katılmıyor musunuz? O zaman bijstand yardımınız bir süre düşebilir. Buna verlaging (indirim) denir.
info-consequences-lower-p2 = Önce sizinle konuşuruz. Geçerli bir nedeniniz var mı? O zaman bunu dikkate alırız.

# The way out
info-consequences-fix-heading = Bir hata mı yaptınız? Bunu bize şimdi söyleyin
info-consequences-fix-p1 = Herkes bazen hata yapar. Bunu bize olabildiğince çabuk söyleyin. Hatayı kendiniz düzeltmeniz dikkate alınır.
info-consequences-fix-p2 = Her zaman sizin durumunuza bakarız. Kendimizin yeterince açık olup olmadığını da düşünürüz.
info-consequences-fix-p3 = Para sıkıntınız ya da borçlarınız mı var? Size seve seve yardım ederiz. Yardım sayfasına bakın.
