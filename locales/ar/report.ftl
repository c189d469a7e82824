# Reporting a change (wijziging doorgeven): the first page.

report-title = الإبلاغ عن تغيير
report-summary = ما تحتاجه للإبلاغ عن تغيير، وكيف تفعل ذلك.
report-intro = هل تغيّر شيء في حياتك؟ أبلغ عنه في أسرع وقت. عندها تحصل على المبلغ الصحيح.
report-need-heading = ما تحتاجه
report-need-bsn = رقم خدمة المواطن (BSN) الخاص بك. تجده في جواز سفرك أو بطاقة هويتك.
report-need-date = تاريخ التغيير.
report-need-papers = الأوراق المتعلقة به، مثل قسيمة الراتب أو العقد. صورة بهاتفك تكفي.
report-need-partner = هل لديك شريك؟ عندها تحتاج أيضًا رقم BSN الخاص بشريكك.
report-how-heading = كيف تبلغ عنه
report-how-text = اتصل بنا أو تعال إلينا. يسعدنا أن نساعدك. ستحصل منا على إثبات بأنك أبلغت عنه.
report-check-heading = لا تعرف ما الذي يجب أن تبلغ عنه؟
report-check-link = قم أولًا بالفحص: ما الذي يجب أن أبلغ عنه؟
report-time = ملء النموذج يستغرق حوالي 10 دقائق. يمكنك أن تتوقف في أثناء ذلك: نحفظ ما ملأته على هذا الجهاز لمدة { $hours ->
        [zero] { $hours } ساعة
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $hours } ساعات
        [many] { $hours } ساعة
       *[other] { $hours } ساعة
    }.
report-start-button = ابدأ الإبلاغ
report-carried = التغييرات التي ظهرت في الفحص موجودة مسبقًا في النموذج.
