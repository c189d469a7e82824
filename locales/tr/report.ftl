# Reporting a change (wijziging doorgeven): the first page.

report-title = Bir değişikliği bildirin
report-summary = Bir değişikliği bildirmek için neye ihtiyacınız var ve bunu nasıl yaparsınız.
report-intro = Hayatınızda bir şey değişti mi? Bunu en kısa sürede bildirin. Böylece doğru miktarı alırsınız.
report-need-heading = Bunlara ihtiyacınız var
report-need-bsn = Vatandaşlık hizmet numaranız (BSN). Pasaportunuzda veya kimlik kartınızda yazar.
report-need-date = Değişikliğin tarihi.
report-need-papers = Buna ait belgeler, örneğin maaş bordrosu veya sözleşme. Telefonunuzla çektiğiniz bir fotoğraf yeterlidir.
report-need-partner = Bir partneriniz var mı? O zaman partnerinizin BSN numarası da gerekir.
report-how-heading = Nasıl bildirirsiniz
report-how-text = Bizi arayın veya bize gelin. Size memnuniyetle yardım ederiz. Bildirdiğinize dair bizden bir belge alırsınız.
report-check-heading = Neyi bildirmeniz gerektiğini bilmiyor musunuz?
report-check-link = Önce kontrolü yapın: neyi bildirmeliyim?
report-time = Formu doldurmak yaklaşık 10 dakika sürer. Arada durabilirsiniz: doldurduklarınızı bu cihazda { $hours } saat boyunca saklarız.
report-start-button = Bildirmeye başlayın
report-carried = Kontrolde çıkan değişiklikler formda zaten hazır.
