# The start page: what the portal is for, and the three ways in.

start-title = Bijstand (sosyal yardım): neleri bildirmem gerekiyor?
start-intro = Bijstand yardımı alıyor musunuz? O zaman hayatınızdaki değişiklikleri bize bildirmeniz gerekir. Bu web sitesinde neyi, ne zaman ve nasıl bildireceğinizi okuyabilirsiniz.
start-summary = Bijstand yardımı alıyor musunuz? Neyi, ne zaman ve nasıl bildirmeniz gerektiğini okuyun. Kendiniz kontrol edin veya bir değişikliği internetten bildirin.
start-trust = Her şeyi doğru yapmak istediğinize inanıyoruz. İnsanlar hataları çoğu zaman istemeden yapar. Bu yüzden kuralları önceden açıklıyoruz.
start-ways-heading = Nereden başlamak istersiniz?
start-duties-title = Yükümlülüklerinizi anlayın
start-duties-text = Bijstand yardımı aldığınızda neler yapmanız gerektiğini basit bir dille okuyun.
start-check-title = Neleri bildirmeniz gerektiğini kontrol edin
start-check-text = Birkaç kısa soruyu cevaplayın. Sonra neleri ve hangi tarihe kadar bildirmeniz gerektiğini görürsünüz.
start-report-title = Bir değişikliği bildirin
start-report-text = Bir değişikliği internet üzerinden güvenli bir şekilde bize bildirin. Numaralı bir alındı belgesi alırsınız.
start-help-heading = Emin değil misiniz?
start-help-text = Yine de bildirin ya da bizi { $phone } numarasından arayın. Size seve seve yardım ederiz.
