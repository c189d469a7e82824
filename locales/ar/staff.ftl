# Staff area: sign-in, the staff start page, account management and the notices inbox.
# Only staff of the municipality see these texts.

staff-error-prefix = خطأ:
staff-error-summary-title = توجد مشكلة

staff-sign-in-title = تسجيل دخول الموظفين
staff-sign-in-intro = هذا الجزء من الموقع مخصص فقط لموظفي بلدية { $municipality }.
staff-email-label = البريد الإلكتروني
staff-password-label = كلمة المرور
staff-sign-in-button = تسجيل الدخول
staff-sign-in-email-missing = أدخل بريدك الإلكتروني
staff-sign-in-password-missing = أدخل كلمة المرور
staff-sign-in-failed = البريد الإلكتروني أو كلمة المرور غير صحيحة
staff-sign-in-too-many = أدخلت كلمة مرور خاطئة مرات كثيرة. حاول مرة أخرى بعد { $minutes ->
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }.
staff-signed-out = لقد سجّلت الخروج.
staff-session-ended = لم تكن نشطًا لبعض الوقت. سجّل الدخول مرة أخرى.

staff-home-title = الموظفون
staff-home-signed-in-as = أنت مسجّل الدخول باسم { $name } ({ $email }).
staff-home-role = دورك: { $role }
staff-home-accounts-link = إدارة الحسابات
staff-sign-out-button = تسجيل الخروج

staff-role-editor = محرر
staff-role-caseworker = مسؤول الملفات
staff-role-admin = مدير النظام

staff-accounts-title = الحسابات
staff-accounts-created = تم إنشاء الحساب.
staff-accounts-deactivated = تم إيقاف الحساب.
staff-accounts-list-heading = كل الحسابات
staff-accounts-active = نشط
staff-accounts-inactive = موقوف
staff-accounts-deactivate = إيقاف
staff-accounts-new-heading = حساب جديد
staff-accounts-email = البريد الإلكتروني
staff-accounts-name = الاسم
staff-accounts-password-label = كلمة المرور الأولى
staff-accounts-password-hint = { $min ->
        [few] { $min } أحرف
        [many] { $min } حرفًا
       *[other] { $min } حرف
    } على الأقل. أرسل كلمة المرور بطريقة آمنة.
staff-accounts-role-legend = الدور
staff-accounts-role-editor-hint = يغيّر نصوص الموقع.
staff-accounts-role-caseworker-hint = يعالج التغييرات التي يبلغ عنها السكان.
staff-accounts-role-admin-hint = يدير الحسابات ويمكنه فعل كل شيء.
staff-accounts-create-button = إنشاء حساب
staff-accounts-email-invalid = أدخل بريدًا إلكترونيًا مثل name@example.nl
staff-accounts-email-taken = يوجد حساب بهذا البريد الإلكتروني بالفعل
staff-accounts-name-missing = أدخل اسمًا
staff-accounts-name-too-long = يمكن أن يتكون الاسم من { $max ->
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    } على الأكثر
staff-accounts-role-missing = اختر دورًا
staff-accounts-password-too-short = يجب أن تتكون كلمة المرور من { $min ->
        [few] { $min } أحرف
        [many] { $min } حرفًا
       *[other] { $min } حرف
    } على الأقل
staff-accounts-password-too-long = كلمة المرور طويلة جدًا
staff-accounts-deactivate-self = لا يمكنك إيقاف حسابك الخاص

staff-problem-sign-in-title = سجّل الدخول أولًا
staff-problem-sign-in-text = يجب أن تسجّل الدخول لرؤية هذه الصفحة.
staff-problem-sign-in-link = الذهاب إلى تسجيل الدخول
staff-problem-forbidden-title = لا يمكنك الوصول
staff-problem-forbidden-text = دورك لا يسمح لك بالوصول إلى هذه الصفحة. هل تظن أن هذا خطأ؟ تواصل مع مدير النظام.
staff-problem-form-title = لم يتم إرسال النموذج
staff-problem-form-text = انتهت صلاحية النموذج أو جاء من موقع آخر. ارجع، وأعد تحميل الصفحة، ثم حاول مرة أخرى.
staff-problem-not-found-title = هذا الحساب غير موجود
staff-problem-not-found-text = ربما يكون العنوان غير صحيح.
staff-problem-error-title = حدث خطأ ما
staff-problem-error-text = حاول مرة أخرى لاحقًا.
staff-back-home = الذهاب إلى صفحة البداية للموظفين

## The case workers' inbox of change notices and an opened notice.

staff-home-notices-link = عرض التغييرات التي أبلغ عنها السكان

staff-status-new = جديد
staff-status-in-progress = قيد المعالجة
staff-status-done = تمت المعالجة
staff-status-needs-information = مطلوب معلومات إضافية
staff-notice-identity = كيف تم التعرّف على الساكن؟
staff-notice-identity-form = أدخلها الساكن بنفسه (لم يتم التحقق منها)
staff-notice-identity-digid = DigiD، المستوى { $level }
staff-digid-level-basis = Basis
staff-digid-level-midden = Midden
staff-digid-level-substantieel = Substantieel
staff-digid-level-hoog = Hoog

staff-notices-title = التغييرات التي أبلغ عنها السكان
staff-notices-tabs-label = التغييرات حسب الحالة
staff-notices-tab = { $name } ({ $count })
staff-notices-tab-all = الكل
staff-notices-search-label = البحث برقم المرجع
staff-notices-search-hint = يكفي جزء من رقم المرجع. لا يهم إن كانت الحروف كبيرة أو صغيرة.
staff-notices-search-button = بحث
staff-notices-search-clear = عرض كل شيء بدون بحث
staff-notices-found = { $count ->
        [zero] لم يتم العثور على أي تغيير
        [one] تم العثور على تغيير واحد
        [two] تم العثور على تغييرين
        [few] تم العثور على { $count } تغييرات
        [many] تم العثور على { $count } تغييرًا
       *[other] تم العثور على { $count } تغيير
    }
staff-notices-none = لم يتم العثور على أي تغييرات.
staff-notices-col-reference = رقم المرجع
staff-notices-col-received = تاريخ الاستلام
staff-notices-col-status = الحالة
staff-notices-col-lang = اللغة
staff-notices-col-kinds = ما الذي تغيّر؟
staff-notices-col-attachments = المرفقات
staff-notices-date-time = { $date }، { $time }
staff-notices-page = الصفحة { $page } من { $pages }
staff-notices-paging-label = صفحات أخرى
staff-notices-previous = الصفحة السابقة
staff-notices-next = الصفحة التالية
staff-notices-export-heading = تنزيل
staff-notices-export-text = نزّل كل التغييرات التي تطابق هذا الاختيار، وأيضًا التغييرات الموجودة في صفحات أخرى. يحتوي الملف على بيانات شخصية. احفظه في مكان آمن واحذفه عندما لا تحتاج إليه بعد الآن.
staff-notices-export-csv = تنزيل بصيغة CSV (لبرنامج Excel)
staff-notices-export-json = تنزيل بصيغة JSON (لبرامج أخرى)

staff-notice-title = التغيير { $reference }
staff-notice-back = العودة إلى كل التغييرات
staff-notice-received = تاريخ الاستلام
staff-notice-status = الحالة
staff-notice-lang = لغة الساكن
staff-notice-kinds = ما الذي تغيّر؟
staff-notice-content-heading = ما ملأه الساكن
staff-notice-identity-heading = عن الساكن
staff-notice-change-heading = التغيير { $number }: { $kind }
staff-notice-other-heading = بيانات أخرى
staff-notice-empty-value = (لم يُملأ)
staff-notice-change-files = الملفات المرفقة بهذا التغيير
staff-notice-declaration = يُقرّ بأن كل المعلومات صحيحة وكاملة
staff-notice-yes = نعم
staff-notice-no = لا
staff-notice-attachments-heading = المرفقات
staff-notice-attachments-none = لا توجد مرفقات.
staff-notice-attachment-details = ({ $type }، { $kb } كيلوبايت)
staff-notice-attachment-unnamed = مرفق بدون اسم
staff-notice-history-heading = السجل
staff-notice-history-when = متى
staff-notice-history-who = من
staff-notice-history-status = الحالة
staff-notice-history-note = ملاحظة
staff-notice-history-resident = الساكن (أرسل التغيير)
staff-notice-history-unknown = موظف غير معروف
staff-notice-status-heading = تغيير الحالة
staff-notice-status-legend = ما هي الحالة الجديدة؟
staff-notice-note-label = ملاحظة (اختياري)
staff-notice-note-hint = مثلًا ما قمت به. الموظفون فقط يرون الملاحظة. { $max } حرف على الأكثر.
staff-notice-status-button = حفظ الحالة
staff-notice-status-saved = تم حفظ الحالة.
staff-notice-status-missing = اختر حالة
staff-notice-note-too-long = لا يمكن أن تزيد الملاحظة عن { $max } حرف

staff-problem-notice-not-found-title = هذا التغيير غير موجود
staff-problem-notice-not-found-text = ربما يكون العنوان غير صحيح. أو تم حذف التغيير لأن مدة الحفظ انتهت.
