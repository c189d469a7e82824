# Staff area: sign-in, the staff start page, account management and the notices inbox.
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

## The case workers' inbox of change notices and an opened notice.

staff-home-notices-link = Sakinlerin bildirdiği değişiklikleri görüntüle

staff-status-new = Yeni
staff-status-in-progress = İşlemde
staff-status-done = Tamamlandı
staff-status-needs-information = Daha fazla bilgi gerekli
staff-notice-identity = Sakin nasıl tanındı?
staff-notice-identity-form = Sakin kendisi yazdı (kontrol edilmedi)
staff-notice-identity-digid = DigiD, seviye { $level }
staff-digid-level-basis = Basis
staff-digid-level-midden = Midden
staff-digid-level-substantieel = Substantieel
staff-digid-level-hoog = Hoog

staff-notices-title = Sakinlerin bildirdiği değişiklikler
staff-notices-tabs-label = Duruma göre değişiklikler
staff-notices-tab = { $name } ({ $count })
staff-notices-tab-all = Tümü
staff-notices-search-label = Referans numarasına göre ara
staff-notices-search-hint = Referans numarasının bir kısmı yeterlidir. Büyük veya küçük harf fark etmez.
staff-notices-search-button = Ara
staff-notices-search-clear = Arama olmadan her şeyi göster
staff-notices-found = { $count ->
        [one] 1 değişiklik bulundu
       *[other] { $count } değişiklik bulundu
    }
staff-notices-none = Hiç değişiklik bulunamadı.
staff-notices-col-reference = Referans numarası
staff-notices-col-received = Alındı
staff-notices-col-status = Durum
staff-notices-col-lang = Dil
staff-notices-col-kinds = Ne değişti?
staff-notices-col-attachments = Ekler
staff-notices-date-time = { $date }, { $time }
staff-notices-page = Sayfa { $page } / { $pages }
staff-notices-paging-label = Diğer sayfalar
staff-notices-previous = Önceki sayfa
staff-notices-next = Sonraki sayfa
staff-notices-export-heading = İndir
staff-notices-export-text = Bu seçime uyan tüm değişiklikleri indirin, diğer sayfalardakiler de dahil. Dosyada kişisel veriler var. Dosyayı güvenli bir yerde saklayın ve artık ihtiyacınız olmadığında silin.
staff-notices-export-csv = CSV olarak indir (Excel için)
staff-notices-export-json = JSON olarak indir (diğer programlar için)

staff-notice-title = Değişiklik { $reference }
staff-notice-back = Tüm değişikliklere geri dön
staff-notice-received = Alındı
staff-notice-status = Durum
staff-notice-lang = Sakinin dili
staff-notice-kinds = Ne değişti?
staff-notice-content-heading = Sakinin doldurduğu bilgiler
staff-notice-identity-heading = Sakin hakkında
staff-notice-change-heading = Değişiklik { $number }: { $kind }
staff-notice-other-heading = Diğer bilgiler
staff-notice-empty-value = (doldurulmadı)
staff-notice-change-files = Bu değişiklikle gelen dosyalar
staff-notice-declaration = Tüm bilgilerin doğru ve eksiksiz olduğunu beyan ediyor
staff-notice-yes = Evet
staff-notice-no = Hayır
staff-notice-attachments-heading = Ekler
staff-notice-attachments-none = Ek yok.
staff-notice-attachment-details = ({ $type }, { $kb } kB)
staff-notice-attachment-unnamed = Adı olmayan ek
staff-notice-history-heading = Geçmiş
staff-notice-history-when = Ne zaman
staff-notice-history-who = Kim
staff-notice-history-status = Durum
staff-notice-history-note = Not
staff-notice-history-resident = Sakin (gönderdi)
staff-notice-history-unknown = Bilinmeyen personel
staff-notice-status-heading = Durumu değiştir
staff-notice-status-legend = Yeni durum nedir?
staff-notice-note-label = Not (isteğe bağlı)
staff-notice-note-hint = Örneğin ne yaptığınız. Notu sadece personel görür. En fazla { $max } karakter.
staff-notice-status-button = Durumu kaydet
staff-notice-status-saved = Durum kaydedildi.
staff-notice-status-missing = Bir durum seçin
staff-notice-note-too-long = Not en fazla { $max } karakter olabilir

staff-problem-notice-not-found-title = Bu değişiklik yok
staff-problem-notice-not-found-text = Adres doğru olmayabilir. Ya da saklama süresi dolduğu için değişiklik silindi.
