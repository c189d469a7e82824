# Page: what the municipality learns anyway (Inlichtingenbureau).

info-what-we-know-title = Belediyenin zaten bildikleri
info-what-we-know-nav = Zaten bildiklerimiz
info-what-we-know-summary = Belediye, başka devlet kurumlarından bilgi alır. Burada hangi bilgileri aldığını okuyabilirsiniz.
info-what-we-know-short-1 = Başka devlet kurumları bize sizinle ilgili bilgi verir.
info-what-we-know-short-2 = Bu, Inlichtingenbureau üzerinden olur.
info-what-we-know-short-3 = Kendiniz bildirmeniz her zaman daha iyidir. Böylece bijstand yardımınız hemen doğru olur.

# How it works
info-what-we-know-how-heading = Bu nasıl işler?
info-what-we-know-how-p1 = Belediye, başka devlet kurumlarıyla birlikte çalışır. Bu kurumlar bilgileri Inlichtingenbureau üzerinden paylaşır. Inlichtingenbureau, belediyeleri ve başka devlet kurumlarını birbirine bağlayan bir vakıftır.
info-what-we-know-how-p2 = Bu, bijstand alan herkes için yapılır. Bu, size güvenmediğimiz anlamına gelmez. Bijstand yardımınızın doğru olmasını istiyoruz.

# What we receive
info-what-we-know-signals-heading = Hangi bilgileri alıyoruz?
info-what-we-know-signals-p1 = Örneğin şu konularda bilgi alırız:
info-what-we-know-signals-li1 = maaşınız ve yardımlarınız, UWV'den;
info-what-we-know-signals-li2 = cezaevinde olup olmadığınız, her gün, Dienst Justitiële Inrichtingen'den;
info-what-we-know-signals-li3 = adınıza kayıtlı arabalar ve başka araçlar, RDW'den;
info-what-we-know-signals-li4 = öğrenim kredisi (studiefinanciering), DUO'dan;
info-what-we-know-signals-li5 = adresinizde kimin yaşadığı, BRP'den: bütün sakinlerin listesi;
info-what-we-know-signals-li6 = mal varlığınız ve vergileriniz, Belastingdienst'ten (vergi dairesi);
info-what-we-know-signals-li7 = AOW emekli aylığınız ya da çocuk yardımınız, Sociale Verzekeringsbank'tan (SVB).

# Why reporting yourself is better
info-what-we-know-better-heading = Kendiniz bildirmeniz neden daha iyi?
info-what-we-know-better-p1 = Bir değişikliği zamanında kendiniz mi bildiriyorsunuz? O zaman bijstand yardımınız daha çabuk doğru olur. Yine de bir şeyi geri ödemeniz mi gerekiyor? O zaman tutar daha küçük olur ve para cezası almazsınız.
info-what-we-know-better-p2 = Gelen bir bilgi, bize söyledikleriniz ile uyuşmuyor mu? O zaman sizinle iletişime geçeriz. Durumu bize açıklayabilirsiniz.
