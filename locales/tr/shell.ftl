# Texts of the page frame: skip link, header, language switcher, footer.
# Every message may use the municipality settings: { $municipality }, { $phone },
# { $email }, { $address }, { $website }.

language-name = Türkçe
site-name = Meldwijzer
site-title-suffix = Meldwijzer { $municipality }
site-summary = { $municipality } Belediyesinin Meldwijzer sitesi: bijstand alırken neyi, ne zaman ve nasıl bildirmeniz gerektiği.
skip-link = Doğrudan içeriğe geçin
language-switcher-label = Bir dil seçin
footer-contact-heading = İletişim
footer-phone = Bizi arayın: { $phone }
footer-email = Bize e-posta gönderin: { $email }
footer-address = Bize gelin: { $address }
footer-hours-heading = Çalışma saatleri
footer-about-heading = Bu web sitesi hakkında
footer-accessibility-link = Erişilebilirlik
footer-glossary-link = Sözlük: zor kelimeler
footer-privacy-note = Bu web sitesi sizi takip etmek için çerez kullanmaz. Sadece seçtiğiniz dili hatırlarız.
footer-operator = { $municipality } Belediyesinin bir hizmetidir
opening-hours-line = { $days }: { $opens } – { $closes }
weekday-range = { $from } – { $to }
weekday-mon = pazartesi
weekday-tue = salı
weekday-wed = çarşamba
weekday-thu = perşembe
weekday-fri = cuma
weekday-sat = cumartesi
weekday-sun = pazar
