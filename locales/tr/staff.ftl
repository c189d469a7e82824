# Staff area: sign-in, the staff start page and account management.
# Only staff of the municipality see these texts.

staff-error-prefix = Hata:
staff-error-summary-title = Bir sorun var

staff-sign-in-title = Personel girişi
staff-sign-in-intro = Web sitesinin bu bölümü yalnızca { $municipality } Belediyesi personeli içindir.
staff-email-label = E-posta adresi
staff-password-label = Şifre
staff-sign-in-button = Giriş yap
staff-sign-in-email-missing = E-posta adresinizi girin
staff-sign-in-password-missing = Şifrenizi girin
staff-sign-in-failed = E-posta adresi veya şifre doğru değil
staff-sign-in-too-many = Çok kez yanlış şifre girdiniz. { $minutes } dakika sonra tekrar deneyin.
staff-signed-out = Çıkış yaptınız.
staff-session-ended = Bir süredir işlem yapmadınız. Tekrar giriş yapın.

staff-home-title = Personel
staff-home-signed-in-as = { $name } ({ $email }) olarak giriş yaptınız.
staff-home-role = Rolünüz: { $role }
staff-home-accounts-link = Hesapları yönet
staff-sign-out-button = Çıkış yap

staff-role-editor = Editör
staff-role-caseworker = Dosya sorumlusu
staff-role-admin = Yönetici

staff-accounts-title = Hesaplar
staff-accounts-created = Hesap oluşturuldu.
staff-accounts-deactivated = Hesap devre dışı bırakıldı.
staff-accounts-list-heading = Tüm hesaplar
staff-accounts-active = Etkin
staff-accounts-inactive = Devre dışı
staff-accounts-deactivate = Devre dışı bırak
staff-accounts-new-heading = Yeni hesap
staff-accounts-email = E-posta adresi
staff-accounts-name = Ad
staff-accounts-password-label = İlk şifre
staff-accounts-password-hint = En az { $min } karakter. Şifreyi güvenli bir yolla iletin.
staff-accounts-role-legend = Rol
staff-accounts-role-editor-hint = Web sitesindeki metinleri değiştirir.
staff-accounts-role-caseworker-hint = Sakinlerin bildirdiği değişiklikleri işler.
staff-accounts-role-admin-hint = Hesapları yönetir ve her şeyi yapabilir.
staff-accounts-create-button = Hesap oluştur
staff-accounts-email-invalid = ad@ornek.nl gibi bir e-posta adresi girin
staff-accounts-email-taken = Bu e-posta adresiyle bir hesap zaten var
staff-accounts-name-missing = Bir ad girin
staff-accounts-name-too-long = Ad en fazla { $max } karakter olabilir
staff-accounts-role-missing = Bir rol seçin
staff-accounts-password-too-short = Şifre en az { $min } karakter olmalıdır
staff-accounts-password-too-long = Şifre çok uzun
staff-accounts-deactivate-self = Kendi hesabınızı devre dışı bırakamazsınız

staff-problem-sign-in-title = Önce giriş yapın
staff-problem-sign-in-text = Bu sayfayı görmek için giriş yapmanız gerekir.
staff-problem-sign-in-link = Giriş sayfasına git
staff-problem-forbidden-title = Erişim yok
staff-problem-forbidden-text = Rolünüz bu sayfaya erişim vermiyor. Bunun yanlış olduğunu mu düşünüyorsunuz? Bir yöneticiyle iletişime geçin.
staff-problem-form-title = Form gönderilmedi
staff-problem-form-text = Formun süresi doldu ya da form başka bir web sitesinden geliyor. Geri gidin, sayfayı yenileyin ve tekrar deneyin.
staff-problem-not-found-title = Bu hesap yok
staff-problem-not-found-text = Adres doğru olmayabilir.
staff-problem-error-title = Bir sorun oluştu
staff-problem-error-text = Daha sonra tekrar deneyin.
staff-back-home = Personel ana sayfasına git
