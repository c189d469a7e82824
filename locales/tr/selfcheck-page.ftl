# The self-check pages around the questions: start, steps, results.
# The questions and outcomes themselves are in selfcheck.ftl.

selfcheck-page-title = Neleri bildirmem gerekiyor?
selfcheck-page-summary = Hayatınızla ilgili birkaç soruyu cevaplayın. Sonra neyi, ne zaman ve nasıl bildirmeniz gerektiğini görürsünüz.
selfcheck-page-intro = Hayatınızla ilgili birkaç kısa soruyu cevaplayın. Sonra neyi bildirmeniz gerektiğini görürsünüz. Ne zaman ve nasıl bildireceğinizi de görürsünüz.
selfcheck-page-trust = Bu bir kontrol değildir. Burada henüz bize hiçbir şey bildirmiyorsunuz. Sorular, hata yapmamanıza yardımcı olur.
selfcheck-page-time = Yaklaşık 5 dakika sürer.
selfcheck-page-start = Sorulara başlayın
selfcheck-progress = Yaklaşık { $total } sorudan { $current }. soru
selfcheck-next = İleri
selfcheck-back = Geri
selfcheck-start-again = Baştan başlayın
selfcheck-error-summary-title = Bir sorun var
selfcheck-error-prefix = Hata:
selfcheck-broken-link = Bu bağlantı artık çalışmıyor. Sorulara baştan başlayın.
selfcheck-person-number = Kişi { $number }
selfcheck-people-rows-hint = Her kişi için bir satır doldurun. Diğer satırları boş bırakın.
selfcheck-euro = Avro olarak tutar

# Results
selfcheck-result-title = Kişisel listeniz
selfcheck-result-intro = { $today } tarihinde verdiğiniz cevaplara göre yapmanız gerekenler bunlar. En üstten başlayın.
selfcheck-result-group-high = Önce bunu yapın
selfcheck-result-group-normal = Bunu zamanında yapın
selfcheck-result-group-low = Bilmenizde fayda var
selfcheck-kind-report = Bildirmeniz gerekir
selfcheck-kind-no-need = Bildirmeniz gerekmez
selfcheck-kind-ask-us = Bize sorun
selfcheck-label-how = Nasıl bildirirsiniz?
selfcheck-label-documents = Yanında ne gönderirsiniz?
selfcheck-label-why = Bu neden önemli?
selfcheck-read-more = Daha fazla bilgi:
selfcheck-your-answers = Cevaplarınız
selfcheck-change = Değiştirin
selfcheck-change-hidden = şu sorunun cevabını: { $question }
selfcheck-share-heading = Bu sonucu saklayın
selfcheck-share-text = Bu bağlantıyla bu sonucu daha sonra tekrar görebilirsiniz. Bağlantıda yalnızca cevaplarınız vardır. Bağlantıda adınız ya da BSN numaranız yoktur.
selfcheck-share-link = Bu sonucun bağlantısı
selfcheck-print = Bu listeyi yazdırın
selfcheck-doubt = Emin değil misiniz? Bizi arayın: { $phone }. Ya da { $email } adresine e-posta gönderin.
selfcheck-report-now-heading = Şimdi bildirin
selfcheck-report-now-text = Bu değişiklikleri hemen internet üzerinden bildirebilirsiniz. Bildirmeniz gerekenler o zaman formda hazır olur.
selfcheck-report-now-link = Bu değişiklikleri bildirin
