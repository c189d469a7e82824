# General pages: not found, accessibility statement, errors.

not-found-title = Bu sayfa yok
not-found-text = Belki adreste bir yazım hatası var. Ya da sayfanın yeri değişti.
not-found-home = Ana sayfaya gidin
not-found-contact = Bir şey arıyorsunuz ama bulamıyor musunuz? Bizi { $phone } numarasından arayın.

accessibility-title = Erişilebilirlik
accessibility-intro = Herkes bu web sitesini kullanabilmelidir. İyi göremiyorsanız, yardımcı bir araç kullanıyorsanız ya da Hollandacayı henüz öğreniyorsanız da bu siteyi kullanabilmelisiniz.
accessibility-what-heading = Neler yapıyoruz
accessibility-what-1 = Her şeyi fare olmadan, sadece klavyeyle yapabilirsiniz.
accessibility-what-2 = Web sitesi küçük bir telefonda da çalışır. Yazıyı iki kat büyüttüğünüzde de çalışır.
accessibility-what-3 = Web sitesi JavaScript kapalıyken de çalışır.
accessibility-what-4 = Metinler sade Hollandaca ve beş başka dilde mevcuttur.
accessibility-what-5 = Her sayfayı erişilebilirlik kurallarına göre otomatik olarak test ediyoruz (WCAG 2.2, AA seviyesi).
accessibility-problem-heading = Bir şey iyi çalışmıyor mu?
accessibility-problem-text = Bize bildirin. { $email } adresine e-posta gönderin ya da { $phone } numarasını arayın. Beş iş günü içinde cevap veririz.
