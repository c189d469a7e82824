# General pages: not found, accessibility statement, errors.

not-found-title = Bu sayfa yok
not-found-text = Belki adreste bir yazım hatası var. Ya da sayfanın yeri değişti.
not-found-home = Ana sayfaya gidin
not-found-contact = Bir şey arıyorsunuz ama bulamıyor musunuz? Bizi { $phone } numarasından arayın.

accessibility-title = Erişilebilirlik
accessibility-intro = Herkes bu web sitesini kullanabilmelidir. İyi göremiyorsanız, yardımcı bir araç kullanıyorsanız ya da Hollandacayı henüz öğreniyorsanız da bu siteyi kullanabilmelisiniz.
accessibility-summary = Herkes bu web sitesini kullanabilmelidir. Bunun için ne yaptığımızı ve bir sorunu bize nasıl bildireceğinizi okuyun.
accessibility-what-heading = Neler yapıyoruz
accessibility-what-1 = Her şeyi fare olmadan, sadece klavyeyle yapabilirsiniz.
accessibility-what-2 = Web sitesi küçük bir telefonda da çalışır. Yazıyı iki kat büyüttüğünüzde de çalışır.
accessibility-what-3 = Web sitesi JavaScript kapalıyken de çalışır.
accessibility-what-4 = Metinler sade Hollandaca ve beş başka dilde mevcuttur.
accessibility-what-5 = Her sayfayı erişilebilirlik kurallarına göre otomatik olarak test ediyoruz (WCAG 2.2, AA seviyesi).
accessibility-problem-heading = Bir şey iyi çalışmıyor mu?
accessibility-problem-text = Bize bildirin. { $email } adresine e-posta gönderin ya da { $phone } numarasını arayın. Beş iş günü içinde cevap veririz.

# Refused requests: what was sent could not be read (too large, broken, a character
# that is not text). The portal's own page instead of the framework's English.
request-too-large-title = Bu, bir kerede göndermek için çok fazla
request-too-large-text = Gönderdiğiniz şey, alabileceğimizden daha büyük. Metninizi kısaltın. Ya da daha az veya daha küçük dosya gönderin. Geri dönün ve tekrar deneyin.
request-unreadable-title = Bunu okuyamadık
request-unreadable-text = Gönderdiğiniz şey bize düzgün ulaşmadı. Geri dönün, sayfayı yeniden yükleyin ve tekrar deneyin.
request-bad-text-title = Okuyamadığımız bir karakter var
request-bad-text-text = Gönderdiğiniz metinde okuyamadığımız bir karakter var. Bu bazen metni kopyalayıp yapıştırdığınızda olur. Metni yeniden yazın ve tekrar deneyin.
request-help = Olmuyor mu? Bizi { $phone } numarasından arayın.
