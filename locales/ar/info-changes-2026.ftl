# Page: what changes in 2026 and 2027 (Participatiewet in Balans). A message
# `<id>-from-2027-01-01` replaces `<id>` from that day on (src/i18n/dated.rs).

info-changes-2026-title = ما الذي يتغير في 2026؟
info-changes-2026-title-from-2027-01-01 = ما الذي تغيّر في 2026 و2027؟
info-changes-2026-nav = جديد في 2026
info-changes-2026-nav-from-2027-01-01 = جديد في 2026 و2027
info-changes-2026-summary = في 1 يناير 2026 تغيّر قانون إعانة bijstand. هنا تقرأ ما الذي تغيّر بالنسبة لك.
info-changes-2026-summary-from-2027-01-01 = في 1 يناير 2026 وفي 1 يناير 2027 تغيّر قانون إعانة bijstand. هنا تقرأ ما الذي تغيّر بالنسبة لك.
info-changes-2026-short-1 = القانون يعتمد الآن أكثر على الثقة.
info-changes-2026-short-2 = الهدايا المالية حتى { $gift-limit } في السنة الميلادية لا تُحسب في إعانة bijstand.

info-changes-2026-short-4 = من 1 يناير 2027 يُسمح للشباب بكسب مال إضافي أكثر.
info-changes-2026-short-4-from-2027-01-01 = منذ 1 يناير 2027 يُسمح للشباب بكسب مال إضافي أكثر.

# Why the law changes
info-changes-2026-why-heading = لماذا يتغير القانون؟
info-changes-2026-why-p1 = اسم القانون الجديد Participatiewet in Balans (قانون المشاركة المتوازن). القواعد تصبح أبسط. القانون يعتمد أكثر على الثقة وعلى الإنسان.

# What changed on 1 January 2026
info-changes-2026-now-heading = ما الذي تغيّر منذ 1 يناير 2026؟
info-changes-2026-now-li1 = الهدايا المالية حتى { $gift-limit } في السنة الميلادية لا تُحسب في إعانة bijstand. هذا المبلغ لك ولشريكك معًا. المشتريات الغذائية والأغراض لا تدخل فيه.
info-changes-2026-now-li2 = يمكنك أن تحصل على إعانة bijstand عن مدة تصل إلى ثلاثة أشهر سابقة.
info-changes-2026-now-li3 = هل عمرك أقل من 27 سنة؟ إذن تبحث أولًا بنفسك مدة أربعة أسابيع عن عمل أو دراسة. يمكننا الآن أن نغيّر مدة البحث هذه حسب وضعك.
info-changes-2026-now-li4 = رعاية قريب أو صديق (mantelzorg) لا تُحسب بعد الآن عملًا مدفوع الأجر. هل تسكنان معًا لأن أحدكما يحتاج إلى رعاية؟ هذا وحده لا يجعلكما شريكين.
info-changes-2026-now-li5 = رخصة القيادة الأوروبية وDigiD تُقبلان إثباتًا لهويتك.

# What changes on 1 January 2027: as coming before that day, as the present from it
info-changes-2026-in-2027-heading = ما الذي يتغير في 1 يناير 2027؟
info-changes-2026-in-2027-heading-from-2027-01-01 = ما الذي تغيّر منذ 1 يناير 2027؟
info-changes-2026-in-2027-p1 = في 1 يناير 2027 يبدأ العمل بالجزء التالي من القانون. ويجوز للبلديات أن تبدأ به منذ 2026.
info-changes-2026-in-2027-p1-from-2027-01-01 = في 1 يناير 2027 بدأ العمل بالجزء التالي من القانون.
info-changes-2026-in-2027-li1 = عندها يُسمح للشباب بكسب مال إضافي أكثر إلى جانب إعانة bijstand.
info-changes-2026-in-2027-li1-from-2027-01-01 = يُسمح للشباب بكسب مال إضافي أكثر إلى جانب إعانة bijstand.
info-changes-2026-in-2027-li2 = هل تكسب مالًا إلى جانب إعانة bijstand؟ من ذلك اليوم سيُخصم من إعانتك تلقائيًا في حالات أكثر.
info-changes-2026-in-2027-li2-from-2027-01-01 = هل تكسب مالًا إلى جانب إعانة bijstand؟ عندها يُخصم من إعانتك تلقائيًا في حالات أكثر.

# What comes later
info-changes-2026-later-heading = ما الذي سيأتي لاحقًا؟
info-changes-2026-later-p2 = وسيأتي أيضًا قانون جديد: Wet handhaving sociale zekerheid (قانون الرقابة على الضمان الاجتماعي). هذا القانون يعطي مساحة أكبر للأخطاء. عندها تحصل في حالات أكثر على إنذار بدلًا من غرامة. هذا القانون ما زال قيد الإعداد. ولا نعرف بعد متى يبدأ العمل به.

# What stays the same
info-changes-2026-same-heading = ما الذي يبقى كما هو؟
info-changes-2026-same-p1 = ما زلت تبلغنا بنفسك بالتغييرات. تفعل ذلك خلال { $change-deadline-days ->
        [zero] { $change-deadline-days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $change-deadline-days } أيام
        [many] { $change-deadline-days } يومًا
       *[other] { $change-deadline-days } يوم
    }. هل أنت غير متأكد؟ اسألنا.
