# Page: what happens if a change is reported late or not at all.

info-consequences-title = Bir şeyi geç bildirirseniz ya da hiç bildirmezseniz ne olur?
info-consequences-nav = Bir şey ters giderse
info-consequences-summary = Bir şeyi bildirmezseniz ya da geç bildirirseniz ne olacağını size önceden dürüstçe anlatıyoruz.
info-consequences-short-1 = Fazla bijstand mı aldınız? O zaman bunu sizden geri isteyebiliriz.
info-consequences-short-2 = Bazen bir uyarı ya da para cezası alırsınız.
info-consequences-short-3 = İş birliği yapmıyor musunuz? O zaman bijstand yardımınız bir süre düşebilir.
info-consequences-short-4 = Bir hata mı yaptınız? Bunu bize şimdi söyleyin. Hatayı kendiniz düzeltmeniz dikkate alınır.

# Paying back
info-consequences-repay-heading = Fazla alınan bijstand yardımını geri ödemek
info-consequences-repay-p1 = Bir değişikliği geç mi bildiriyorsunuz ya da hiç bildirmiyor musunuz? O zaman belki fazla bijstand alırsınız. Bu durumda bijstand yardımınızı yeniden hesaplarız.
info-consequences-repay-p2 = Fazla aldığınız tutarı sizden geri isteyebiliriz. Buna terugvordering (geri isteme) denir. Bunu her zaman yapmak zorunda değiliz. Daha adil olacaksa daha az isteyebiliriz ya da hiçbir şey istemeyebiliriz. Geri ödeme yüzünden para sıkıntısı mı yaşıyorsunuz? Bunu bize söyleyin. O zaman birlikte bir çözüm ararız.
info-consequences-repay-p3 = Bir değişikliği zamanında mı bildiriyorsunuz? O zaman tutar küçük kalır ve para cezası almazsınız. Bazen yine de bir şeyi geri ödemeniz gerekir. Örneğin gelirinizi ancak sonradan hesaplayabildiğimiz için.

info-consequences-suspend-heading = Zamanında gönderilmeyen belgeler
info-consequences-suspend-p1 = Sizden bilgi ya da belge mi istiyoruz? O zaman bunları zamanında gönderin. Yoksa bijstand ödemenizi bir süre durdurabiliriz. Buna opschorting (ödemeyi askıya alma) denir.
info-consequences-suspend-p2 = O zaman yeni bir tarih yazan bir mektup alırsınız. Belgeleri bu tarihten önce mi gönderiyorsunuz? O zaman bijstand ödemenizi yeniden yaparız. Göndermiyor musunuz? O zaman bijstand yardımınız tamamen durabilir.

# Warning and fine
info-consequences-fine-heading = Bir uyarı ya da para cezası
info-consequences-fine-p1 = İlk kez mi oluyor ve küçük bir tutar mı söz konusu? O zaman para cezası yerine bir uyarı alabilirsiniz.
info-consequences-fine-p2 = Aksi halde para cezası alabilirsiniz. Cezanın ne kadar olacağı şunlara bağlıdır:
info-consequences-fine-li1 = fazla aldığınız tutar: ceza, bu tutarın yüzde 25'i, 50'si, 75'i ya da 100'üdür;
info-consequences-fine-li2 = sizin ne kadar kusurlu olduğunuz: bir yanlışlık, bilerek yapılan bir şeyden daha hafif sayılır;
info-consequences-fine-li3 = durumunuz: sizin hayatınızda neler olduğuna her zaman bakarız.
info-consequences-fine-p3 = Beş yıl içinde yeniden para cezası mı alıyorsunuz? O zaman bu ceza daha yüksek olabilir, yüzde 150'ye kadar.
info-consequences-fine-p4 = Çok para mı söz konusu ve biri bunu bilerek mi yaptı? O zaman bunu Openbaar Ministerie'ye (savcılığa) bildirebiliriz. Bu sadece ağır dolandırıcılıkta olur.

# Lowering when not cooperating
info-consequences-lower-heading = İş birliği yapmazsanız daha düşük bijstand
info-consequences-lower-p1 = Randevulara gelmiyor musunuz? Ya da iş konusunda kararlaştırdığımız şeylere katılmıyor musunuz? O zaman bijstand yardımınız bir süre düşebilir. Buna verlaging (indirim) denir.
info-consequences-lower-p2 = Önce durumunuza bakarız. Geçerli bir nedeniniz var mı? Bunu bize söyleyin. O zaman bunu dikkate alırız.

info-consequences-rights-heading = Haklarınız: kendi tarafınızı anlatmak ve itiraz etmek
info-consequences-rights-p1 = Size para cezası vermeden önce, önce kendi tarafınızı anlatabilirsiniz. Sizi gerçekten dinleriz.
info-consequences-rights-p2 = Verdiğimiz bir karara katılmıyor musunuz? O zaman itiraz edebilirsiniz. Buna bezwaar denir. Bunu 6 hafta içinde yaparsınız. Bu 6 hafta, kararı gönderdiğimiz günün ertesi günü başlar. Nasıl yapılacağı mektupta yazar.

# The way out
info-consequences-fix-heading = Bir hata mı yaptınız? Bunu bize şimdi söyleyin
info-consequences-fix-p1 = Herkes bazen hata yapar. Bir hata mı yaptınız? Bunu bize şimdi söyleyin. Hatayı kendiniz düzeltmeniz dikkate alınır.
info-consequences-fix-p2 = Hataların çoğu zaman yanlışlıkla olduğunu biliyoruz. Bu yüzden her zaman sizin durumunuza bakarız.
info-consequences-fix-p3 = Para sıkıntınız ya da borçlarınız mı var? Size seve seve yardım ederiz. Yardım sayfasına bakın.
