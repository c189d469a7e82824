# Staff area: the text editor. Only staff of the municipality see these texts.

staff-home-texts-link = Metinleri düzenle
staff-texts-title = Metinler
staff-texts-intro = Burada web sitesinin metinlerini her dilde değiştirirsiniz. Yayınladığınız metni sakinler hemen görür.
staff-texts-languages-link = Dillere göre: eksik veya eskimiş olanlar, indirme ve yükleme
staff-texts-back-to-list = Tüm metinler
staff-texts-back-to-text = Metne geri dön
staff-texts-search-label = Bir metin bulun
staff-texts-search-hint = Metindeki bir kelimeyi veya metnin adını arayın.
staff-texts-search-button = Ara
staff-texts-filtered = Yalnızca { $language } dilinde “{ $status }” durumundaki metinleri görüyorsunuz.
staff-texts-show-all = Tüm metinleri göster
staff-texts-results = { $count ->
        [one] { $count } metin bulundu
       *[other] { $count } metin bulundu
    }
staff-texts-group-count = { $count ->
        [one] { $count } metin
       *[other] { $count } metin
    }
staff-texts-col-text = Metin
staff-texts-draft = taslak
staff-texts-unknown-person = bilinmiyor

staff-texts-status-original = Orijinal
staff-texts-status-translated = Çevrildi
staff-texts-status-edited = Düzenlendi
staff-texts-status-outdated = Eskimiş
staff-texts-status-missing = Eksik

staff-texts-group-info = Bilgi sayfası: { $page }
staff-texts-group-info-common = Bilgi sayfaları: sabit metinler
staff-texts-group-dates = Tarihler ve aylar
staff-texts-group-notice = Form: bir değişikliği bildirin
staff-texts-group-pages = Diğer sayfalar
staff-texts-group-report = Başlangıç sayfası: bir değişikliği bildirin
staff-texts-group-selfcheck = Kontrol: sorular, cevaplar ve sonuçlar
staff-texts-group-selfcheck-page = Kontrol: düğmeler ve açıklamalar
staff-texts-group-shell = Her sayfanın çevresi: üst kısım, alt kısım ve dil seçimi
staff-texts-group-start = Başlangıç sayfası
staff-texts-group-glossary = Sözlük

staff-texts-languages-title = Dillere göre metinler
staff-texts-languages-intro = Her dil için kaç metnin düzenlendiğini, eskidiğini veya eksik olduğunu görürsünüz. Hollandaca metin değiştiğinde çeviri eskimiş olur. Bir dili çevirmen için dosya olarak indirin, sonra dosyayı tekrar yükleyin.
staff-texts-col-language = Dil
staff-texts-col-total = Metinler
staff-texts-col-files = Dosya
staff-texts-source-language = (kaynak dil)
staff-texts-export = İndir
staff-texts-import-link = Yükle
staff-texts-imported = { $count ->
        [one] { $count } metin yayınlandı.
       *[other] { $count } metin yayınlandı.
    }

staff-texts-edit-title = { $id } – { $language }
staff-texts-status = Durum: { $status }
staff-texts-history-link = Geçmiş
staff-texts-source-heading = Hollandaca metin
staff-texts-value-label = Metin ({ $language })
staff-texts-value-hint = Vurgu için **böyle**, bağlantı için [bağlantı metni](/tr/help) yazın. { "{ $phone }" } gibi değerleri olduğu gibi bırakın.
staff-texts-draft-saved-by = Taslak { $name } tarafından { $date } tarihinde kaydedildi.
staff-texts-publish = Yayınla
staff-texts-preview-button = Önizleme
staff-texts-save-draft = Taslağı kaydet
staff-texts-outdated-explain = Bu çeviri yapıldıktan sonra Hollandaca metin değişti. Çeviriyi güncelleyin veya hâlâ doğru olduğunu onaylayın.
staff-texts-confirm = Çeviri hâlâ doğru
staff-texts-done-draft = Taslak kaydedildi. Sakinler onu henüz görmüyor.
staff-texts-done-published = Metin yayınlandı. Sakinler onu şimdi görüyor.
staff-texts-done-confirmed = Çevirinin hâlâ doğru olduğunu onayladınız.
staff-texts-done-reverted = Önceki sürüm geri yüklendi. Sakinler onu şimdi görüyor.

staff-texts-error-empty = Metni girin
staff-texts-error-too-long = Metin en fazla { $max } karakter olabilir
staff-texts-error-too-deep = Metinde iç içe çok fazla {"{"} parantezi var. En fazla { $max } tane iç içe olabilir.
staff-texts-error-too-many-braces = Metinde çok fazla {"{"} ve ( parantezi var. En fazla { $max } tane olabilir.
staff-texts-error-syntax = Metinde bir biçim hatası var ({ $detail }). Önce {"{"} ve {"}"} parantezlerine bakın.
staff-texts-error-wrong-message = Metin tam olarak bir metin olmalı ve adı { $id } olmalı
staff-texts-error-dropped-variable = { $variable } değeri eksik. Hollandaca metin bunu kullandığı için geri koyun.
staff-texts-error-unknown-variable = { $variable } değeri Hollandaca metinde yok. Kaldırın.
staff-texts-error-html = Bir metinde HTML kullanılamaz ({ $snippet }). **Vurgu** veya [bağlantı metni](/tr/help) kullanın.
staff-texts-error-unsafe-address = { $snippet } içeren bir adrese izin verilmez
staff-texts-error-image = Bir metin resim içeremez
staff-texts-error-link-target = Bir bağlantı bu web sitesinin bir sayfasına gitmeli (örneğin /tr/help) ya da https://, mailto: veya tel: ile başlamalı, { $target } ile değil
staff-texts-error-emphasis = Vurguyu ** ile kapatın
staff-texts-error-unchanged = Metin değişmedi

staff-texts-readability-heading = B1 dil seviyesi
staff-texts-readability-b1 = Bu metin muhtemelen B1 dil seviyesinde.
staff-texts-readability-not-b1 = Bu metin muhtemelen B1'den zor. Cümleleri kısaltın ve yaygın kelimeler seçin.
staff-texts-readability-sentences = { $sentences } cümle, cümle başına ortalama { $average } kelime (B1: en fazla { $max-average }), en uzun cümle { $longest } kelime (B1: en fazla { $max-sentence }).
staff-texts-readability-score = Okunabilirlik (Flesch-Douma): { $score }. B1 için { $min } veya üstü iyidir.
staff-texts-readability-long-sentences = Bu cümleler çok uzun:
staff-texts-readability-long-words = Uzun kelimeler. Daha kısa veya daha bilinen bir kelime var mı?
staff-texts-live-hint-figures = Dil düzeyi rakamları ve önizleme siz yazarken değişir.
staff-texts-live-hint = Önizleme siz yazarken değişir.

staff-texts-preview-heading = Telefonda önizleme
staff-texts-preview-text-only = Bu metin tek bir sabit sayfada değil. Burada yalnızca metni görürsünüz.
staff-texts-preview-unavailable = Metinde bir hata olduğu için önizleme yok.

staff-texts-history-title = { $id } geçmişi – { $language }
staff-texts-history-empty = Bu metin henüz değiştirilmedi. Sakinler orijinal metni görüyor.
staff-texts-history-entry = { $kind }: { $date }, { $name }
staff-texts-history-kind-publish = Yayınlandı
staff-texts-history-kind-revert = Geri yüklendi
staff-texts-history-kind-import = Yüklendi
staff-texts-history-before = Önce
staff-texts-history-after = Sonra
staff-texts-history-removed = kaldırıldı
staff-texts-history-added = eklendi
staff-texts-history-current = Sakinlerin şimdi gördüğü metin budur.
staff-texts-history-restore = Bu sürümü geri yükle
staff-texts-history-restore-shipped = Orijinal metni geri yükle

staff-texts-import-title = Metin yükle – { $language }
staff-texts-import-intro = Daha önce indirdiğiniz bir dosyanın içeriğini buraya yapıştırın. Her metin kontrol edilir. Her şey doğruysa değişen metinler yayınlanır.
staff-texts-import-label = .ftl dosyasının içeriği
staff-texts-import-hint = # ile başlayan satırlar dikkate alınmaz.
staff-texts-import-button = Kontrol et ve yayınla
staff-texts-import-unknown = Bu metin Hollandaca metinlerde yok
staff-texts-error-formatting-not-shown = Kalın yazı ve bağlantılar yalnızca bir bilgi sayfasının metninde çalışır. Burada sakinler ** veya [ ]( ) işaretlerini görür. Bunları silin.
