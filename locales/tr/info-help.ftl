# Page: help with money worries, forms and other problems.

info-help-title = Zor durumdaysanız yardım
info-help-nav = Yardım
info-help-summary = Para sıkıntınız, borçlarınız var mı ya da formlar için yardıma mı ihtiyacınız var? Burada nereye başvurabileceğinizi okuyabilirsiniz.
info-help-short-1 = Borçlarınız ya da para sıkıntınız mı var? Size yardım ederiz.
info-help-short-2 = Biri size formlar ve mektuplar konusunda yardım edebilir.
info-help-short-3 = Sosyal ekip (sociaal team) sizinle birlikte çözüm arar.
info-help-short-4 = Yardım istemek akıllıca bir şeydir. Ne kadar erken, o kadar iyi.

# Debts
info-help-debts-heading = Para sıkıntısı ve borçlar
info-help-debts-p1 = Borç herkesin başına gelebilir. Para sıkıntısı olduğunda bir şeylerin ters gitmesi de daha kolaydır, örneğin değişiklikleri bildirirken. Bu yüzden yardım istemek için fazla beklemeyin.
info-help-debts-p2 = Belediye borçlar konusunda yardım eder. Buna schuldhulpverlening denir. Belediyenin Geldloket'ine (para yardım masası) başvurabilirsiniz. Sizinle birlikte paranızın bir özetini çıkarırız. Sonra birlikte bir çözüm ararız.
info-help-debts-p3 = Bu yardım ücretsizdir. İlk görüşme için { $debt-help-phone } numarasını arayın ya da { $debt-help-website } adresine bakın.
info-help-debts-p4 = Borçlarınızı bize bildirmeniz gerekmez. Borçlarınızı başka biri mi ödüyor? Ya da borç para mı alıyorsunuz? Bunu bildirin.

# Forms
info-help-forms-heading = Formlar ve mektuplar için yardım
info-help-forms-p1 = Formları ya da mektupları zor mu buluyorsunuz? Bu sorun değil. Birçok insan da zor buluyor.
info-help-forms-p2 = Formları doldurmanıza seve seve yardım ederiz. Bizi aradığınızda ya da bize uğradığınızda bunu isteyin. Güvendiğiniz birini de yanınızda getirebilirsiniz.

# Social team
info-help-team-heading = Sosyal ekip (sociaal team)
info-help-team-p1 = Sosyal ekip her türlü soruda yardım eder. Örneğin çocuk yetiştirme, bakım, konut ya da yalnızlık konusunda.
info-help-team-p2 = Onlarla kendiniz iletişime geçebilirsiniz. Bizimle birlikte de bir randevu alabilirsiniz.

# Contact
info-help-reach-heading = Bize şöyle ulaşabilirsiniz
info-help-reach-p1 = Bizi { $phone } numarasından arayın. { $email } adresine e-posta gönderin. Ya da { $address } adresine uğrayın.
