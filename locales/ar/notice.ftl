# Change notice (wijzigingsformulier): the kinds of change, the questions per change,
# the error messages next to a field and what is still missing before sending.
# The ids come from src/domain/notice/ (NOTICE_MESSAGE_IDS); every message is one line.

## Errors next to a field

notice-error-form = حدثت مشكلة في النموذج. افتح الصفحة من جديد وحاول مرة أخرى.
notice-error-missing = لم تملأ هذا بعد.
notice-error-too-long = هذا طويل جدًا. عدد الحروف المسموح به هو { $max } على الأكثر.
notice-error-control-character = يوجد هنا حرف لا نستطيع قراءته. اكتب النص من جديد.
notice-error-choice = اختر جوابًا من الأجوبة.
notice-error-not-for-choice = اترك هذا فارغًا مع الجواب الذي اخترته.
notice-error-date = هذا التاريخ غير موجود. تحقق من اليوم والشهر والسنة.
notice-error-month = اكتب شهرًا وسنة.
notice-error-date-too-far-back = هذا التاريخ قديم جدًا. هل التاريخ صحيح مع ذلك؟ اتصل بنا إذن على { $phone }.
notice-error-date-too-far-ahead = هذا التاريخ بعيد جدًا في المستقبل. هل التاريخ صحيح مع ذلك؟ اتصل بنا إذن على { $phone }.
notice-error-birth-date-future = لا يمكن أن يكون تاريخ الميلاد في المستقبل.
notice-error-birth-date-too-early = تاريخ الميلاد هذا قديم جدًا. تحقق من السنة.
notice-error-date-order = هذا التاريخ قبل التاريخ الأول. تحقق من التواريخ.
notice-error-amount = اكتب مبلغًا باليورو، مثلًا 1250 أو 1250,50.
notice-error-amount-negative = لا يمكن أن يكون المبلغ أقل من 0.
notice-error-amount-too-large = هذا المبلغ كبير جدًا. تحقق من أنه صحيح. هل هو صحيح؟ اتصل بنا إذن على { $phone }.
notice-error-amount-zero = اكتب مبلغًا أكبر من 0.
notice-error-hours = اكتب عدد الساعات في الأسبوع، من 0 إلى 80.
notice-error-bsn-length = رقم BSN فيه 9 أرقام. هل يبدأ الرقم بـ 0؟ اكتب هذا الـ 0 أيضًا.
notice-error-bsn-check = رقم BSN هذا غير موجود. تحقق من أنك نقلت كل الأرقام بشكل صحيح.
notice-error-partner-bsn-same = هذا هو رقم BSN الخاص بك. اكتب رقم BSN الخاص بشريكك.
notice-error-iban = رقم IBAN فيه حروف وأرقام فقط، مثلًا NL91 ABNA 0417 1643 00.
notice-error-iban-country = يبدأ رقم IBAN برمز البلد، مثلًا NL.
notice-error-iban-length = رقم IBAN هذا فيه رموز أكثر أو أقل من اللازم. رقم IBAN الهولندي فيه 18 رمزًا.
notice-error-iban-check = رقم IBAN هذا غير موجود. تحقق من أنك نقلت كل الحروف والأرقام بشكل صحيح.
notice-error-registration = اكتب رقم لوحة هولنديًا، مثلًا AB-123-C. هل عندك رقم لوحة آخر؟ اكتبه إذن حيث تصف نوع المركبة.
notice-error-phone = اكتب رقم هاتف بالأرقام، مثلًا 06 12345678.
notice-error-email = اكتب عنوان بريد إلكتروني، مثلًا name@example.nl.
notice-error-reference = يبدو الرقم المرجعي هكذا: MW-7KQD-3FXP.
notice-error-reference-check = هذا الرقم المرجعي غير موجود. تحقق من أنك نقلته بشكل صحيح.
notice-error-file-empty = هذا الملف فارغ. اختر ملفًا آخر.
notice-error-file-too-large = هذا الملف كبير جدًا. يجب ألا يكون الملف أكبر من { $max-mb } ميغابايت.
notice-error-file-type = لا نستطيع فتح هذا النوع من الملفات. أرسل ملف PDF أو صورة (JPG أو PNG).
notice-error-too-many-files = يمكنك أن ترسل لكل تغيير { $max ->
        [zero] { $max } ملف
        [one] ملفًا واحدًا
        [two] ملفين
        [few] { $max } ملفات
        [many] { $max } ملفًا
       *[other] { $max } ملف
    } على الأكثر.
notice-error-file-name = لا يمكننا قراءة اسم هذا الملف. أعطِ الملف اسمًا آخر واختره مرة أخرى.
notice-error-files-too-large-together = كل الملفات معًا كبيرة جدًا. يجب ألا يزيد حجمها معًا عن { $max-mb } ميغابايت. أرسل ملفات أقل أو أصغر.

## What changed

notice-kind-work = العمل: تبدأ العمل، أو تعمل ساعات أخرى، أو تتوقف
notice-kind-moves-in = شخص يأتي ليسكن معك
notice-kind-moves-out = شخص يترك بيتك
notice-kind-travel = تسافر إلى الخارج
notice-kind-gift-or-inheritance = تحصل على هدية أو ميراث
notice-kind-vehicle = تحصل على سيارة أو دراجة نارية أو مركبة أخرى، أو تشتريها أو تبيعها
notice-kind-bank-account = عندك حساب بنكي جديد
notice-kind-income-this-month = تحصل على مال، مثلًا راتب أو إعانة
notice-kind-household = تتغير أسرتك أو مسكنك، مثلًا انتقال إلى بيت آخر أو طفل يبلغ 18 سنة
notice-kind-stay = تقيم في مكان آخر، مثلًا في المستشفى أو في دار رعاية
notice-kind-education = تبدأ أنت أو شخص في بيتك دراسة أو تكوينًا، أو يتوقف عنه
notice-kind-justice = صدرت عليك عقوبة خدمة مجتمعية أو يجب أن تذهب إلى السجن
notice-kind-assets = تتغير ممتلكاتك: مدخرات، أو قرض، أو بيت، أو شيء تبيعه
notice-kind-details = تتغير بياناتك: الهاتف، أو البريد الإلكتروني، أو تصريح الإقامة، أو الوصي المالي
notice-kind-other = شيء آخر

## Questions per change

notice-field-work-event = ما الذي يتغير في عملك؟
notice-field-work-event-started = سأبدأ العمل
notice-field-work-event-hours-changed = سأعمل ساعات أكثر أو أقل
notice-field-work-event-stopped = سأتوقف عن العمل
notice-field-work-employer = عند من تعمل؟
notice-field-work-employer-hint = اسم الشركة أو الشخص. هل تعمل لحسابك الخاص؟ اكتب إذن: لحسابي الخاص.
notice-field-work-hours = كم ساعة تعمل في الأسبوع؟
notice-field-work-hours-hint = هل يختلف ذلك كل أسبوع؟ اكتب إذن المعدل.
notice-field-work-date = في أي يوم يتغير ذلك؟
notice-field-work-date-hint = أول يوم عمل لك، أو أول يوم بالساعات الجديدة، أو آخر يوم عمل لك.
notice-field-work-end-date = حتى أي يوم تعمل هناك؟
notice-field-work-end-date-hint = فقط إذا كنت تعمل هناك لمدة محددة، مثلًا بعقد مؤقت.
notice-field-work-income = كم تكسب تقريبًا في الشهر؟
notice-field-work-income-hint = المبلغ قبل الضريبة (الإجمالي). ألا تعرفه بعد؟ اترك هذا فارغًا إذن.
notice-field-moves-in-name = ما اسم الشخص الذي يأتي ليسكن معك؟
notice-field-moves-in-date-of-birth = ما تاريخ ميلاد هذا الشخص؟
notice-field-moves-in-date = في أي يوم يأتي هذا الشخص ليسكن معك؟
notice-field-moves-out-name = ما اسم الشخص الذي يترك البيت؟
notice-field-moves-out-date = في أي يوم يترك هذا الشخص البيت؟
notice-field-travel-country = إلى أي بلد تسافر؟
notice-field-travel-from = في أي يوم تسافر؟
notice-field-travel-to = في أي يوم ترجع؟
notice-field-gift-or-inheritance-kind = على ماذا حصلت؟
notice-field-gift-or-inheritance-kind-gift = هدية
notice-field-gift-or-inheritance-kind-inheritance = ميراث
notice-field-gift-or-inheritance-amount = كم من المال؟ أو كم قيمته؟
notice-field-gift-or-inheritance-date = في أي يوم حصلت عليه؟
notice-field-gift-or-inheritance-from-whom = ممن حصلت عليه؟
notice-field-vehicle-description = ما نوع المركبة؟
notice-field-vehicle-description-hint = مثلًا: سيارة، والماركة، والطراز، وسنة الصنع.
notice-field-vehicle-registration = ما رقم اللوحة؟
notice-field-vehicle-registration-hint = مثلًا AB-123-C.
notice-field-vehicle-value = كم قيمة المركبة؟
notice-field-vehicle-date = في أي يوم حصلت على المركبة أو اشتريتها أو بعتها؟
notice-field-bank-account-iban = ما رقم حسابك الجديد (IBAN)؟
notice-field-bank-account-iban-hint = مثلًا NL91 ABNA 0417 1643 00.
notice-field-bank-account-date = منذ أي يوم عندك هذا الحساب؟
notice-field-income-this-month-amount = كم من المال حصلت عليه؟
notice-field-income-this-month-month = في أي شهر حصلت على هذا المال؟
notice-field-income-this-month-source = ممن حصلت على هذا المال؟
notice-field-income-this-month-source-hint = مثلًا من صاحب العمل أو من UWV.
notice-field-household-description = ما الذي يتغير في أسرتك أو مسكنك؟
notice-field-household-description-hint = اكتب من هو الشخص وما الذي يتغير. مثلًا: ابنتي تبلغ 18 سنة وتبدأ العمل.
notice-field-household-date = في أي يوم يتغير ذلك؟
notice-field-stay-description = أين تقيم، وحتى متى؟
notice-field-stay-description-hint = اكتب اسم المستشفى أو المؤسسة ومكانها، أو العنوان. لا تعرف حتى متى بعد؟ اكتب ذلك.
notice-field-stay-date = في أي يوم تبدأ إقامتك؟
notice-field-education-description = من يبدأ دراسة أو يتوقف عنها، وما هي هذه الدراسة؟
notice-field-education-description-hint = اكتب أيضًا اسم المدرسة، وهل توجد منحة دراسية.
notice-field-education-date = في أي يوم تبدأ الدراسة أو تتوقف؟
notice-field-justice-description = ما نوع العقوبة، وكم تدوم؟
notice-field-justice-description-hint = مثلًا: خدمة مجتمعية لمدة 80 ساعة، يومين في الأسبوع.
notice-field-justice-date = في أي يوم تبدأ العقوبة؟
notice-field-assets-description = ما الذي تغير في ممتلكاتك، وكم قيمته؟
notice-field-assets-description-hint = مثلًا: اقترضت مالًا من أخي. أو: بعت دراجتي.
notice-field-assets-date = في أي يوم تغير ذلك؟
notice-field-details-description = ما البيانات التي تتغير؟
notice-field-details-description-hint = اكتب البيانات الجديدة. مثلًا رقم هاتفك الجديد، أو اسم الوصي المالي.
notice-field-details-date = من أي يوم يسري هذا؟
notice-field-other-description = ما الذي تغير؟
notice-field-other-description-hint = اكتب ذلك بكلماتك الخاصة.
notice-field-other-date = في أي يوم تغير ذلك؟

## Who you are

notice-field-person-name = ما اسمك؟
notice-field-person-bsn = ما رقم خدمة المواطن الخاص بك (BSN)؟
notice-field-person-bsn-hint = رقم BSN مكتوب في جواز سفرك أو بطاقة هويتك أو رخصة قيادتك.
notice-field-person-date-of-birth = ما تاريخ ميلادك؟
notice-field-person-phone = ما رقم هاتفك؟
notice-field-person-phone-hint = حتى نستطيع الاتصال بك إذا كان عندنا سؤال.
notice-field-person-email = ما عنوان بريدك الإلكتروني؟
notice-field-person-partner = هل تسكن مع شريك أو شريكة؟
notice-field-person-partner-yes = نعم
notice-field-person-partner-no = لا
notice-field-person-partner-name = ما اسم شريكك أو شريكتك؟
notice-field-person-partner-bsn = ما رقم BSN الخاص بشريكك أو شريكتك؟
notice-field-person-partner-date-of-birth = ما تاريخ ميلاد شريكك أو شريكتك؟

## Before sending

notice-missing-identity = ما زال عليك أن تكتب من أنت.
notice-missing-changes = ما زال عليك أن تختار ما الذي تغير.
notice-missing-details = ما زال عليك أن تملأ معلومات هذا التغيير.
notice-missing-outdated = تحقق مرة أخرى من معلومات هذا التغيير. أحد التواريخ لم يعد صحيحًا.
notice-missing-declaration = ما زال عليك أن تقر بأن كل ما ملأته صحيح.
