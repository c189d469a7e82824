# Page: help with money worries, forms and other problems.

info-help-title = Zor durumdaysanız yardım
info-help-nav = Yardım
info-help-summary = Para sıkıntınız, borçlarınız var mı ya da formlar için yardıma mı ihtiyacınız var? Burada nereye başvurabileceğinizi okuyabilirsiniz.
info-help-short-1 = Borçlarınız ya da para sıkıntınız mı var? Size yardım ederiz.
info-help-short-2 = Biri size formlar ve mektuplar konusunda yardım edebilir.
info-help-short-3 = Sosyal ekip (sociaal team) sizinle birlikte çözüm arar.
info-help-short-4 = Yardım istemek akıllıca bir şeydir ve ücretsizdir.

# Debts
info-help-debts-heading = Para sıkıntısı ve borçlar
info-help-debts-p1 = Borç herkesin başına gelebilir. Yardım istemek için fazla beklemeyin. Ne kadar erken olursa, sorunu çözmek o kadar kolay olur.
info-help-debts-p2 = Belediyenin borç danışmanlığı hizmeti (schuldhulpverlening) vardır. Sizinle birlikte paranızın bir özetini çıkarırız. Sonra bir çözüm ararız.
info-help-debts-p3 = Bu ücretsizdir. İlk görüşme için bizi { $phone } numarasından arayın.

# Forms
info-help-forms-heading = Formlar ve mektuplar için yardım
info-help-forms-p1 = Formları ya da mektupları zor mu buluyorsunuz? Bu sorun değil. Birçok insan da zor buluyor.
info-help-forms-p2 = Bir gönüllüden ya da bir çalışanımızdan yardım alabilirsiniz. İsterseniz gişeye yanınızda birini getirin. Buna her zaman izin verilir.

# Social team
info-help-team-heading = Sosyal ekip (sociaal team)
info-help-team-p1 = Sosyal ekip her türlü soruda yardım eder. Örneğin çocuk yetiştirme, bakım, konut ya da yalnızlık konusunda.
info-help-team-p2 = Onlarla kendiniz iletişime geçebilirsiniz. Bizimle birlikte de bir randevu alabilirsiniz.

# Contact
info-help-reach-heading = Bize şöyle ulaşabilirsiniz
info-help-reach-p1 = Arayın, e-posta gönderin ya da uğrayın. Bilgilerimiz ve çalışma saatlerimiz aşağıdadır.
