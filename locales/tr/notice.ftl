# Change notice (wijzigingsformulier): the kinds of change, the questions per change,
# the error messages next to a field and what is still missing before sending.
# The ids come from src/domain/notice/ (NOTICE_MESSAGE_IDS); every message is one line.

## Errors next to a field

notice-error-form = Formda bir sorun oldu. Sayfayı yeniden açın ve bir kez daha deneyin.
notice-error-missing = Bunu henüz doldurmadınız.
notice-error-too-long = Bu çok uzun. En fazla { $max } karakter kullanın.
notice-error-control-character = İçinde okuyamadığımız bir karakter var. Metni yeniden yazın.
notice-error-choice = Cevaplardan birini seçin.
notice-error-not-for-choice = Seçtiğiniz cevapta burayı boş bırakın.
notice-error-date = Bu tarih yok. Günü, ayı ve yılı kontrol edin.
notice-error-month = Bir ay ve bir yıl yazın.
notice-error-date-too-far-back = Bu tarih çok eski. Tarih yine de doğru mu? O zaman bizi { $phone } numarasından arayın.
notice-error-date-too-far-ahead = Bu tarih çok ileride. Tarih yine de doğru mu? O zaman bizi { $phone } numarasından arayın.
notice-error-birth-date-future = Doğum tarihi gelecekte olamaz.
notice-error-birth-date-too-early = Bu doğum tarihi çok eski. Yılı kontrol edin.
notice-error-date-order = Bu tarih ilk tarihten önce. Tarihleri kontrol edin.
notice-error-amount = Avro olarak bir tutar yazın, örneğin 1250 ya da 1.250,50.
notice-error-amount-negative = Bir tutar 0'dan düşük olamaz.
notice-error-amount-too-large = Bu tutar çok yüksek. Doğru olup olmadığını kontrol edin. Doğru mu? O zaman bizi { $phone } numarasından arayın.
notice-error-amount-zero = 0'dan yüksek bir tutar yazın.
notice-error-hours = Haftada kaç saat olduğunu yazın, 0 ile 80 arasında.
notice-error-bsn-length = BSN 9 rakamdan oluşur. BSN 0 ile mi başlıyor? O zaman o 0'ı da yazın.
notice-error-bsn-check = Bu BSN yok. Bütün rakamları doğru yazıp yazmadığınızı kontrol edin.
notice-error-partner-bsn-same = Bu sizin kendi BSN'niz. Partnerinizin BSN'sini yazın.
notice-error-iban = IBAN'da sadece harfler ve rakamlar vardır, örneğin NL91 ABNA 0417 1643 00.
notice-error-iban-country = IBAN bir ülke koduyla başlar, örneğin NL.
notice-error-iban-length = Bu IBAN'da karakter sayısı fazla ya da eksik. Hollanda IBAN'ında 18 karakter vardır.
notice-error-iban-check = Bu IBAN yok. Bütün harfleri ve rakamları doğru yazıp yazmadığınızı kontrol edin.
notice-error-registration = Hollanda plakası yazın, örneğin AB-123-C. Başka bir plakanız mı var? O zaman onu aracın ne olduğunu sorduğumuz yere yazın.
notice-error-phone = Rakamlarla bir telefon numarası yazın, örneğin 06 12345678.
notice-error-email = Bir e-posta adresi yazın, örneğin name@example.nl.
notice-error-reference = Referans numarası şöyle görünür: MW-7KQD-3FXP.
notice-error-reference-check = Bu referans numarası yok. Doğru yazıp yazmadığınızı kontrol edin.
notice-error-file-empty = Bu dosya boş. Başka bir dosya seçin.
notice-error-file-too-large = Bu dosya çok büyük. Bir dosya en fazla { $max-mb } MB olabilir.
notice-error-file-type = Bu tür dosyayı açamıyoruz. PDF ya da fotoğraf (JPG ya da PNG) gönderin.
notice-error-too-many-files = Her değişiklik için en fazla { $max } dosya gönderebilirsiniz.
notice-error-file-name = Bu dosyanın adını okuyamıyoruz. Dosyaya başka bir ad verin ve yeniden seçin.
notice-error-files-too-large-together = Tüm dosyalar birlikte çok büyük. Birlikte en fazla { $max-mb } MB olabilirler. Daha az veya daha küçük dosya gönderin.

## What changed

notice-kind-work = İş: çalışmaya başlıyorsunuz, başka saatlerde çalışıyorsunuz ya da bırakıyorsunuz
notice-kind-moves-in = Yanınıza birisi taşınıyor
notice-kind-moves-out = Evinizden birisi ayrılıyor
notice-kind-travel = Yurt dışına gidiyorsunuz
notice-kind-gift-or-inheritance = Bir hediye ya da miras alıyorsunuz
notice-kind-vehicle = Araba, motosiklet ya da başka bir araç alıyorsunuz ya da satıyorsunuz
notice-kind-bank-account = Yeni bir banka hesabınız var
notice-kind-income-this-month = Para alıyorsunuz, örneğin maaş ya da yardım
notice-kind-household = Aileniz ya da eviniz değişiyor, örneğin taşınma ya da 18 yaşına giren bir çocuk
notice-kind-stay = Başka bir yerde kalıyorsunuz, örneğin hastanede ya da bakım evinde
notice-kind-education = Siz ya da evinizdeki biri bir eğitime başlıyor ya da bırakıyor
notice-kind-justice = Kamu hizmeti cezası aldınız ya da cezaevine girmeniz gerekiyor
notice-kind-assets = Varlığınız değişiyor: birikim, borç para, ev ya da sattığınız bir şey
notice-kind-details = Bilgileriniz değişiyor: telefon, e-posta, oturma izni ya da kayyum
notice-kind-other = Başka bir şey

## Questions per change

notice-field-work-event = İşinizde ne değişiyor?
notice-field-work-event-started = Çalışmaya başlıyorum
notice-field-work-event-hours-changed = Daha çok ya da daha az saat çalışacağım
notice-field-work-event-stopped = Çalışmayı bırakıyorum
notice-field-work-employer = Kimin için çalışıyorsunuz?
notice-field-work-employer-hint = Şirketin ya da kişinin adı. Kendi işinizde mi çalışıyorsunuz? O zaman şunu yazın: kendim için.
notice-field-work-hours = Haftada kaç saat çalışıyorsunuz?
notice-field-work-hours-hint = Her hafta farklı mı? O zaman ortalamayı yazın.
notice-field-work-date = Hangi gün değişiyor?
notice-field-work-date-hint = İlk iş gününüz, yeni saatlerle ilk gün ya da son iş gününüz.
notice-field-work-end-date = Orada hangi güne kadar çalışıyorsunuz?
notice-field-work-end-date-hint = Sadece orada bir süre çalışıyorsanız, örneğin geçici bir sözleşmeyle.
notice-field-work-income = Ayda yaklaşık ne kadar para kazanıyorsunuz?
notice-field-work-income-hint = Vergiden önceki tutar (brüt). Henüz bilmiyor musunuz? O zaman burayı boş bırakın.
notice-field-moves-in-name = Yanınıza taşınan kişinin adı ne?
notice-field-moves-in-date-of-birth = Bu kişinin doğum tarihi ne?
notice-field-moves-in-date = Bu kişi hangi gün yanınıza taşınıyor?
notice-field-moves-out-name = Ayrılan kişinin adı ne?
notice-field-moves-out-date = Bu kişi hangi gün ayrılıyor?
notice-field-travel-country = Hangi ülkeye gidiyorsunuz?
notice-field-travel-from = Hangi gün gidiyorsunuz?
notice-field-travel-to = Hangi gün geri dönüyorsunuz?
notice-field-gift-or-inheritance-kind = Ne aldınız?
notice-field-gift-or-inheritance-kind-gift = Bir hediye
notice-field-gift-or-inheritance-kind-inheritance = Bir miras
notice-field-gift-or-inheritance-amount = Ne kadar para? Ya da değeri ne kadar?
notice-field-gift-or-inheritance-date = Hangi gün aldınız?
notice-field-gift-or-inheritance-from-whom = Kimden aldınız?
notice-field-vehicle-description = Nasıl bir araç?
notice-field-vehicle-description-hint = Örneğin: araba, marka, model ve yapım yılı.
notice-field-vehicle-registration = Plakası ne?
notice-field-vehicle-registration-hint = Örneğin AB-123-C.
notice-field-vehicle-value = Aracın değeri ne kadar?
notice-field-vehicle-date = Aracı hangi gün aldınız ya da sattınız?
notice-field-bank-account-iban = Yeni hesabınızın numarası (IBAN) ne?
notice-field-bank-account-iban-hint = Örneğin NL91 ABNA 0417 1643 00.
notice-field-bank-account-date = Bu hesap hangi günden beri sizin?
notice-field-income-this-month-amount = Ne kadar para aldınız?
notice-field-income-this-month-month = Bu parayı hangi ayda aldınız?
notice-field-income-this-month-source = Bu parayı kimden aldınız?
notice-field-income-this-month-source-hint = Örneğin işvereninizden ya da UWV'den.
notice-field-household-description = Ailenizde ya da evinizde ne değişiyor?
notice-field-household-description-hint = Kim olduğunu ve neyin değiştiğini yazın. Örneğin: kızım 18 yaşına giriyor ve çalışmaya başlıyor.
notice-field-household-date = Hangi gün değişiyor?
notice-field-stay-description = Nerede kalıyorsunuz ve ne zamana kadar?
notice-field-stay-description-hint = Hastanenin ya da kurumun adını ve yerini ya da adresi yazın. Ne zamana kadar olduğunu henüz bilmiyor musunuz? O zaman bunu yazın.
notice-field-stay-date = Kalışınız hangi gün başlıyor?
notice-field-education-description = Kim bir eğitime başlıyor ya da bırakıyor, ve hangi eğitim?
notice-field-education-description-hint = Okulun adını da yazın ve öğrenim kredisi olup olmadığını belirtin.
notice-field-education-date = Eğitim hangi gün başlıyor ya da bitiyor?
notice-field-justice-description = Ne tür bir ceza ve ne kadar sürüyor?
notice-field-justice-description-hint = Örneğin: haftada iki gün, 80 saatlik kamu hizmeti cezası.
notice-field-justice-date = Ceza hangi gün başlıyor?
notice-field-assets-description = Varlığınızda ne değişti ve değeri ne kadar?
notice-field-assets-description-hint = Örneğin: kardeşimden borç para aldım. Ya da: bisikletimi sattım.
notice-field-assets-date = Hangi gün değişti?
notice-field-details-description = Hangi bilgileriniz değişiyor?
notice-field-details-description-hint = Yeni bilgileri yazın. Örneğin yeni telefon numaranızı ya da kayyumunuzun adını.
notice-field-details-date = Bu hangi günden itibaren geçerli?
notice-field-other-description = Ne değişti?
notice-field-other-description-hint = Kendi sözlerinizle yazın.
notice-field-other-date = Hangi gün değişti?

## Who you are

notice-field-person-name = Adınız ne?
notice-field-person-bsn = Vatandaşlık hizmet numaranız (BSN) ne?
notice-field-person-bsn-hint = BSN'niz pasaportunuzda, kimlik kartınızda ya da ehliyetinizde yazılıdır.
notice-field-person-date-of-birth = Doğum tarihiniz ne?
notice-field-person-phone = Telefon numaranız ne?
notice-field-person-phone-hint = Bir sorumuz olursa sizi arayabiliriz.
notice-field-person-email = E-posta adresiniz ne?
notice-field-person-partner = Bir partnerle birlikte mi yaşıyorsunuz?
notice-field-person-partner-yes = Evet
notice-field-person-partner-no = Hayır
notice-field-person-partner-name = Partnerinizin adı ne?
notice-field-person-partner-bsn = Partnerinizin BSN'si ne?
notice-field-person-partner-date-of-birth = Partnerinizin doğum tarihi ne?

## Before sending

notice-missing-identity = Kim olduğunuzu doldurun.
notice-missing-changes = Neyin değiştiğini seçin.
notice-missing-details = Bu değişikliğin bilgilerini doldurun.
notice-missing-outdated = Bu değişikliğin bilgilerini bir kez daha kontrol edin. Bir tarih artık doğru değil.
notice-missing-declaration = Doldurduğunuz her şeyin doğru olduğunu beyan edin.
