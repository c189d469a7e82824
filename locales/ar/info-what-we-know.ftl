# Page: what the municipality learns anyway (Inlichtingenbureau).

info-what-we-know-title = ما تعرفه البلدية مسبقًا
info-what-we-know-nav = ما نعرفه مسبقًا
info-what-we-know-summary = تحصل البلدية على معلومات من جهات حكومية أخرى. هنا تقرأ ما هي هذه المعلومات.
info-what-we-know-short-1 = جهات حكومية أخرى تعطينا معلومات عنك.
info-what-we-know-short-2 = يحدث ذلك عن طريق Inlichtingenbureau (مكتب المعلومات).
info-what-we-know-short-3 = أن تبلغنا بنفسك أفضل دائمًا. عندها تكون إعانة bijstand صحيحة فورًا.

# How it works
info-what-we-know-how-heading = كيف يعمل ذلك؟
info-what-we-know-how-p1 = البلدية تعمل مع جهات حكومية أخرى. هذه الجهات تتبادل المعلومات عن طريق Inlichtingenbureau (مكتب المعلومات). هذه مؤسسة تربط البلديات والجهات الحكومية الأخرى ببعضها.
info-what-we-know-how-p2 = يحدث هذا مع كل شخص يحصل على إعانة bijstand. هذا لا يعني أننا لا نثق بك. نحن نريد أن تكون إعانة bijstand صحيحة.

# What we receive
info-what-we-know-signals-heading = ما المعلومات التي نحصل عليها؟
info-what-we-know-signals-p1 = نحصل مثلًا على معلومات عن:
info-what-we-know-signals-li1 = راتبك وإعاناتك، من UWV؛
info-what-we-know-signals-li2 = هل أنت في السجن، كل يوم، من Dienst Justitiële Inrichtingen (مصلحة السجون)؛
info-what-we-know-signals-li3 = السيارات والمركبات الأخرى المسجلة باسمك، من RDW؛
info-what-we-know-signals-li4 = المنحة الدراسية، من DUO؛
info-what-we-know-signals-li5 = من يسكن في عنوانك، من BRP: سجل جميع السكان؛
info-what-we-know-signals-li6 = ممتلكاتك وضرائبك، من مصلحة الضرائب (Belastingdienst)؛
info-what-we-know-signals-li7 = معاش AOW أو إعانة الأطفال، من بنك التأمينات الاجتماعية (Sociale Verzekeringsbank، SVB).

# Why reporting yourself is better
info-what-we-know-better-heading = لماذا من الأفضل أن تبلغنا بنفسك
info-what-we-know-better-p1 = هل تبلغنا بنفسك بالتغيير في الوقت المحدد؟ عندها تصبح إعانة bijstand صحيحة أسرع. هل يجب عليك مع ذلك أن تعيد شيئًا؟ عندها يكون المبلغ أصغر ولا تحصل على غرامة.
info-what-we-know-better-p2 = هل لا تتفق معلومة وصلتنا مع ما أخبرتنا به؟ عندها نتصل بك. ويمكنك أن تشرح لنا الأمر.
