# The online change notice: the steps after the start page.

report-optional = (zorunlu değil)
report-error-label = Hata:
report-error-prefix = Hata:
report-error-summary-title = Bir sorun oldu
report-step-counter = Adım { $step } / { $steps }
report-back = Geri
report-form-summary = Hayatınızdaki bir değişikliği internetten bildirin. Referans numaralı bir alındı belgesi alırsınız.
report-continue = Devam

report-identity-title = Kimsiniz?
report-identity-intro = Değişikliğinizi dosyanıza ekleyebilmemiz için bilgilerinize ihtiyacımız var.

report-changes-title = Ne değişti?
report-changes-hint = Sizin için geçerli olan her şeyi seçin. Birden fazla şey seçebilirsiniz.

report-details-intro = Bildiklerinizi doldurun. Bir şeyden emin değil misiniz? O zaman bildiğiniz kadarını yazın.
report-file-label = Belge ekleyin (zorunlu değil)
report-file-hint = Örneğin bir maaş bordrosu veya bir sözleşme. Telefonunuzla çektiğiniz bir fotoğraf yeterlidir. En fazla 10 MB büyüklüğünde bir PDF, JPG veya PNG. Aynı anda birden fazla dosya seçebilirsiniz.
report-files-heading = Dosyalar
report-file-remove = { $name } adlı dosyayı silin
report-file-remove-short = Silin
report-size-kb = { $kb } kB
report-size-mb = { $mb } MB

report-check-title = Cevaplarınızı kontrol edin
report-change-link = Değiştirin
report-check-other-changes = Başka bir şey seçin ya da bir şey ekleyin
report-declaration-heading = Beyan
report-declaration-text = Doldurduğum her şeyin doğru olduğunu ve hiçbir şeyi eksik bırakmadığımı beyan ederim.
report-declaration-consequence = Bu bilgileri bijstand yardımınızı doğru hesaplamak için kullanırız. Sonradan bir şeyin doğru olmadığını mı fark ettiniz? O zaman bunu en kısa sürede bize bildirin. Birlikte bir çözüm buluruz.
report-submit = Gönderin

report-received-title = Değişikliğinizi aldık
report-received-reference = Referans numaranız:
report-received-when = Alınma tarihi: { $date }.
report-next-heading = Şimdi ne olacak?
report-next-1 = Bir çalışanımız 5 iş günü içinde değişikliğinize bakar.
report-next-2 = Sizden bir şeye ihtiyacımız mı var? O zaman sizi ararız ya da size yazarız. O zaman lütfen referans numaranızı söyleyin.
report-next-3 = Bijstand yardımınız değişiyor mu? O zaman bununla ilgili bir mektup alırsınız.
report-receipt-heading = Alındı belgeniz
report-receipt-intro = Bu alındı belgesini saklayın. Belgede ne gönderdiğiniz yazar. BSN numaranız ve banka hesap numaranız belgede tam olarak görünmez.
report-receipt-download = Alındı belgenizi indirin
report-receipt-print = Alındı belgenizi yazdırın
report-receipt-title = Değişikliğinizin alındı belgesi
report-new-heading = Bildirmek istediğiniz başka bir şey var mı?
report-new-button = Başka bir değişiklik bildirin

report-problem-expired-title = Bu form artık çalışmıyor
report-problem-expired-text = Belki form çok uzun süre açık kaldı ya da tarayıcınızda çerezler kapalı. Aynı cihazda devam ederseniz, daha önce kaydettikleriniz kaybolmaz.
report-problem-start-again = Forma devam edin
report-problem-too-many-title = Çok sayıda değişiklik gönderdiniz
report-problem-too-many-text = Son bir saatte bu adresten çok sayıda değişiklik gönderildi. Bir saat sonra tekrar deneyin ya da bizi arayın.
report-problem-not-found-text = Formun bu adımı yok.
report-problem-too-large-title = Bu, göndermek için çok büyük
report-problem-too-large-text = Dosyalar birlikte çok büyük. Her değişiklik için en fazla 5 dosya gönderin. Her dosya en fazla 10 MB olabilir.
report-problem-error-title = Bizde bir sorun oldu
report-problem-error-text = Bilgilerinizi kaydedemedik. Bize hiçbir şey ulaşmadı. Birkaç dakika sonra tekrar deneyin ya da bizi arayın.

report-erase-hint = Başka birinin bilgisayarını veya kütüphanedeki bir bilgisayarı mı kullanıyorsunuz? O zaman işiniz bitince doldurduklarınızı silin.
report-erase-button = Durdur ve doldurduklarımı sil
