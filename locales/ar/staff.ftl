# Staff area: sign-in, the staff start page and account management.
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
