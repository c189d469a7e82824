# Parts that every information page shares.

info-in-short = Kısaca
info-on-this-page = Bu sayfada
info-next-heading = Şimdi ne yapabilirsiniz?
info-next-check = Neyi bildirmeniz gerektiğini kontrol edin
info-next-report = Bir değişikliği bildirin
info-next-contact = Emin değil misiniz? Bizi { $phone } numarasından arayın.
info-more-heading = Daha fazla açıklama
info-print = Bu sayfayı yazdırın
