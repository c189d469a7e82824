# Page: what happens if a change is reported late or not at all.

info-consequences-title = ماذا يحدث إذا أبلغتنا متأخرًا أو لم تبلغنا؟
info-consequences-nav = إذا حدث خطأ
info-consequences-summary = نخبرك مسبقًا وبصدق ماذا يحدث إذا لم تبلغنا بشيء أو أبلغتنا به متأخرًا.
info-consequences-short-1 = هل حصلت على إعانة bijstand أكثر من اللازم؟ إذن يمكننا أن نطلب منك إعادة المبلغ.
info-consequences-short-2 = أحيانًا تحصل على إنذار أو غرامة.
info-consequences-short-3 = هل لا تتعاون معنا؟ إذن قد تصبح إعانة bijstand أقل لفترة.
info-consequences-short-4 = هل ارتكبت خطأ؟ أخبرنا الآن. تصحيح الخطأ بنفسك أمر نأخذه في الحسبان.

# Recalculation and paying back
info-consequences-repay-heading = إعادة ما حصلت عليه زيادة من إعانة bijstand
info-consequences-repay-p1 = هل أبلغتنا بتغيير متأخرًا أو لم تبلغنا به؟ إذن ربما تحصل على إعانة bijstand أكثر من اللازم. عندها نحسب إعانتك من جديد.
info-consequences-repay-p2 = يمكننا أن نطلب منك إعادة المبلغ الذي حصلت عليه زيادة. هذا يسمى terugvordering (استرداد المبلغ). هذا ليس واجبًا دائمًا. يمكننا أيضًا أن نطلب مبلغًا أقل، أو لا شيء، إذا كان ذلك أعدل. هل تسبب لك إعادة المبلغ مشاكل مالية؟ أخبرنا بذلك. وسنبحث معًا عن حل.
info-consequences-repay-p3 = هل تبلغنا بالتغيير في الوقت المحدد؟ عندها يبقى المبلغ صغيرًا ولا تحصل على غرامة. أحيانًا يجب أن تعيد شيئًا مع ذلك. مثلًا لأننا لا نستطيع حساب دخلك إلا بعد ذلك.

info-consequences-suspend-heading = أوراق لم تُرسل في الوقت المحدد
info-consequences-suspend-p1 = هل نطلب منك معلومات أو أوراقًا؟ أرسلها إذن في الوقت المحدد. وإلا يمكننا أن نوقف دفع إعانة bijstand لفترة. هذا يسمى opschorting (تعليق الدفع).
info-consequences-suspend-p2 = عندها تصلك رسالة فيها موعد جديد. هل ترسل الأوراق قبل هذا الموعد؟ عندها ندفع إعانة bijstand من جديد. ألا ترسلها؟ عندها قد تتوقف إعانة bijstand تمامًا.

# Warning and fine (the amounts are national law)
info-consequences-fine-heading = إنذار أو غرامة
info-consequences-fine-p1 = هل هذه أول مرة والمبلغ صغير؟ إذن يمكن أن تحصل على إنذار بدلًا من غرامة.
info-consequences-fine-p2 = وإلا فقد تحصل على غرامة. قيمتها تعتمد على هذه الأشياء:
info-consequences-fine-li1 = المبلغ الذي حصلت عليه زيادة: الغرامة هي 25 أو 50 أو 75 أو 100 بالمئة منه؛
info-consequences-fine-li2 = إلى أي حد يمكن لومك: الخطأ غير المقصود أخف من الفعل المقصود؛
info-consequences-fine-li3 = وضعك: ننظر دائمًا إلى ظروفك.
info-consequences-fine-p3 = هل تحصل على غرامة مرة أخرى خلال خمس سنوات؟ إذن قد تكون أعلى، حتى 150 بالمئة.
info-consequences-fine-p4 = هل الأمر يتعلق بمال كثير وفعله شخص عن قصد؟ عندها يمكننا أن نبلغ Openbaar Ministerie (النيابة العامة). هذا يحدث فقط في حالات الاحتيال الخطير.

# Lowering of the benefit when not cooperating
info-consequences-lower-heading = إعانة bijstand أقل إذا لم تتعاون معنا
info-consequences-lower-p1 = هل لا تحضر المواعيد؟ أو لا تلتزم بما اتفقنا عليه حول العمل؟ إذن قد تصبح إعانة bijstand أقل لفترة. هذا يسمى verlaging (تخفيض الإعانة).
info-consequences-lower-p2 = ننظر أولًا إلى وضعك. هل لديك سبب وجيه؟ أخبرنا به. وسنأخذه في الحسبان.

info-consequences-rights-heading = حقوقك: أن تشرح وجهة نظرك وأن تعترض
info-consequences-rights-p1 = قبل أن نفرض عليك غرامة، يحق لك أولًا أن تشرح وجهة نظرك. ونحن نستمع إليها فعلًا.
info-consequences-rights-p2 = هل لا توافق على قرار منا؟ عندها يمكنك أن تقدم اعتراضًا. هذا اسمه bezwaar. تفعل ذلك خلال 6 أسابيع. تبدأ الأسابيع الستة في اليوم التالي ليوم إرسالنا القرار. في الرسالة مكتوب كيف تفعل ذلك.

# The way out
info-consequences-fix-heading = هل ارتكبت خطأ؟ أخبرنا الآن
info-consequences-fix-p1 = كل شخص يخطئ أحيانًا. هل ارتكبت خطأ؟ أخبرنا الآن. تصحيح الخطأ بنفسك أمر نأخذه في الحسبان.
info-consequences-fix-p2 = نحن نعرف أن الأخطاء تحدث عادةً دون قصد. لذلك ننظر دائمًا إلى وضعك.
info-consequences-fix-p3 = هل لديك مشاكل مالية أو ديون؟ يسعدنا أن نساعدك. اقرأ الصفحة عن المساعدة.
