# Signing in with DigiD: the button, the sign-out button, the messages after coming
# back from DigiD, and the pages when signing in did not work.

digid-sign-in-button = DigiD ile giriş yapın
digid-sign-out-button = Çıkış yapın

digid-notice-cancelled = DigiD ile girişi durdurdunuz. Hiçbir şey değişmedi. Tekrar deneyebilirsiniz.
digid-notice-failed = DigiD ile giriş olmadı. Hiçbir şey değişmedi. Lütfen daha sonra tekrar deneyin.
digid-notice-signed-out = Çıkış yaptınız.

digid-unavailable-title = DigiD şu anda çalışmıyor
digid-unavailable-text = Şu anda DigiD'ye bağlanamıyoruz. Hiçbir şey değişmedi. Lütfen birkaç dakika sonra tekrar deneyin.
digid-failed-title = DigiD ile giriş olmadı
digid-failed-text = Girişinizi kontrol edemedik. Belki çok uzun sürdü ya da eski bir bağlantı kullandınız. Hiçbir şey değişmedi. Geri dönün ve tekrar giriş yapın.
digid-level-title = Başka bir yolla giriş yapmanız gerekiyor
digid-level-text = Bu hizmet için sadece şifre ile giriş yetmez. DigiD uygulaması ile giriş yapın. Hiçbir şey değişmedi.
digid-no-bsn-title = Vatandaşlık hizmet numarası gelmedi
digid-no-bsn-text = DigiD bize geçerli bir vatandaşlık hizmet numarası (BSN) vermedi. Bu numara olmadan burada giriş yapamazsınız. Hiçbir şey değişmedi.
