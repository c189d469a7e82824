# Staff area: the text editor. Only staff of the municipality see these texts.

staff-home-texts-link = تعديل النصوص
staff-texts-title = النصوص
staff-texts-intro = هنا تغيّر نصوص الموقع بكل اللغات. ما تنشره يراه السكان فورًا.
staff-texts-languages-link = حسب اللغة: ما هو ناقص أو قديم، والتنزيل والرفع
staff-texts-back-to-list = كل النصوص
staff-texts-back-to-text = العودة إلى النص
staff-texts-search-label = ابحث عن نص
staff-texts-search-hint = ابحث عن كلمة في النص أو عن اسم النص.
staff-texts-search-button = بحث
staff-texts-filtered = تعرض فقط النصوص التي حالتها «{ $status }» باللغة { $language }.
staff-texts-show-all = عرض كل النصوص
staff-texts-results = { $count ->
        [zero] لم يُعثر على نصوص
        [one] تم العثور على نص واحد
        [two] تم العثور على نصين
        [few] تم العثور على { $count } نصوص
       *[other] تم العثور على { $count } نصًا
    }
staff-texts-group-count = { $count ->
        [one] نص واحد
        [two] نصان
        [few] { $count } نصوص
       *[other] { $count } نصًا
    }
staff-texts-col-text = النص
staff-texts-draft = مسودة
staff-texts-unknown-person = غير معروف

staff-texts-status-original = الأصل
staff-texts-status-translated = مترجم
staff-texts-status-edited = معدّل
staff-texts-status-outdated = قديم
staff-texts-status-missing = ناقص

staff-texts-group-info = صفحة معلومات: { $page }
staff-texts-group-info-common = صفحات المعلومات: نصوص ثابتة
staff-texts-group-dates = التواريخ والأشهر
staff-texts-group-notice = الاستمارة: الإبلاغ عن تغيير
staff-texts-group-pages = صفحات أخرى
staff-texts-group-report = صفحة البداية: الإبلاغ عن تغيير
staff-texts-group-selfcheck = الفحص: الأسئلة والأجوبة والنتائج
staff-texts-group-selfcheck-page = الفحص: الأزرار والشروح
staff-texts-group-shell = حول كل صفحة: الرأس والتذييل واختيار اللغة
staff-texts-group-start = صفحة البداية
staff-texts-group-glossary = قائمة المصطلحات

staff-texts-languages-title = النصوص حسب اللغة
staff-texts-languages-intro = ترى لكل لغة عدد النصوص المعدّلة أو القديمة أو الناقصة. تصبح الترجمة قديمة عندما يتغيّر النص الهولندي. نزّل لغة كملف للمترجم، ثم ارفع الملف مرة أخرى.
staff-texts-col-language = اللغة
staff-texts-col-total = النصوص
staff-texts-col-files = الملف
staff-texts-source-language = (لغة المصدر)
staff-texts-export = تنزيل
staff-texts-import-link = رفع
staff-texts-imported = { $count ->
        [zero] لم يُنشر أي نص.
        [one] تم نشر نص واحد.
        [two] تم نشر نصين.
        [few] تم نشر { $count } نصوص.
       *[other] تم نشر { $count } نصًا.
    }

staff-texts-edit-title = { $id } – { $language }
staff-texts-status = الحالة: { $status }
staff-texts-history-link = السجل
staff-texts-source-heading = النص الهولندي
staff-texts-value-label = النص باللغة { $language }
staff-texts-value-hint = اكتب **هكذا** للتأكيد و[نص الرابط](/ar/help) للرابط. اترك القيم مثل { "{ $phone }" } كما هي تمامًا.
staff-texts-draft-saved-by = حفظ { $name } المسودة في { $date }.
staff-texts-publish = نشر
staff-texts-preview-button = معاينة
staff-texts-save-draft = حفظ المسودة
staff-texts-outdated-explain = تغيّر النص الهولندي بعد إعداد هذه الترجمة. حدّث الترجمة، أو أكّد أنها ما زالت صحيحة.
staff-texts-confirm = الترجمة ما زالت صحيحة
staff-texts-done-draft = تم حفظ المسودة. لا يراها السكان بعد.
staff-texts-done-published = تم نشر النص. يراه السكان الآن.
staff-texts-done-confirmed = أكّدت أن الترجمة ما زالت صحيحة.
staff-texts-done-reverted = أُعيدت النسخة السابقة. يراها السكان الآن.

staff-texts-error-empty = أدخل النص
staff-texts-error-too-long = يجب ألا يزيد النص عن { $max } حرفًا
staff-texts-error-too-deep = في النص أقواس {"{"} كثيرة داخل بعضها. يُسمح بـ { $max } على الأكثر داخل بعضها.
staff-texts-error-too-many-braces = في النص أقواس {"{"} و( كثيرة جدًا. يُسمح بـ { $max } على الأكثر.
staff-texts-error-syntax = في النص خطأ في التنسيق ({ $detail }). انظر أولًا إلى الأقواس {"{"} و{"}"}.
staff-texts-error-wrong-message = يجب أن يكون النص نصًا واحدًا بالضبط، واسمه { $id }
staff-texts-error-dropped-variable = القيمة { $variable } ناقصة. أعدها، لأن النص الهولندي يستخدمها.
staff-texts-error-unknown-variable = القيمة { $variable } غير موجودة في النص الهولندي. احذفها.
staff-texts-error-html = لا يمكن استخدام HTML في النص ({ $snippet }). استخدم **التأكيد** أو [نص الرابط](/ar/help).
staff-texts-error-unsafe-address = العنوان الذي فيه { $snippet } غير مسموح
staff-texts-error-image = لا يمكن أن يحتوي النص على صورة
staff-texts-error-link-target = يجب أن يذهب الرابط إلى صفحة من هذا الموقع (مثل /ar/help) أو أن يبدأ بـ https:// أو mailto: أو tel: وليس بـ { $target }
staff-texts-error-emphasis = أغلق التأكيد بـ **
staff-texts-error-unchanged = النص لم يتغيّر

staff-texts-readability-heading = المستوى اللغوي B1
staff-texts-readability-b1 = هذا النص على الأرجح في المستوى اللغوي B1.
staff-texts-readability-not-b1 = هذا النص على الأرجح أصعب من B1. اجعل الجمل أقصر واختر كلمات شائعة.
staff-texts-readability-sentences = { $sentences } جمل، بمتوسط { $average } كلمة في الجملة (B1: { $max-average } على الأكثر)، وأطول جملة { $longest } كلمة (B1: { $max-sentence } على الأكثر).
staff-texts-readability-score = سهولة القراءة (Flesch-Douma): { $score }. في B1 تكون { $min } أو أكثر جيدة.
staff-texts-readability-long-sentences = هذه الجمل طويلة جدًا:
staff-texts-readability-long-words = كلمات طويلة. هل توجد كلمة أقصر أو أشهر؟
staff-texts-live-hint-figures = تتغير أرقام مستوى اللغة والمعاينة أثناء الكتابة.
staff-texts-live-hint = تتغير المعاينة أثناء الكتابة.

staff-texts-preview-heading = معاينة على الهاتف
staff-texts-preview-text-only = هذا النص ليس في صفحة ثابتة واحدة. ترى هنا النص فقط.
staff-texts-preview-unavailable = لا توجد معاينة، لأن في النص خطأ.

staff-texts-history-title = سجل { $id } – { $language }
staff-texts-history-empty = لم يُغيَّر هذا النص بعد. يرى السكان النص الأصلي.
staff-texts-history-entry = { $kind } في { $date } بواسطة { $name }
staff-texts-history-kind-publish = نُشر
staff-texts-history-kind-revert = أُعيد
staff-texts-history-kind-import = رُفع
staff-texts-history-before = قبل
staff-texts-history-after = بعد
staff-texts-history-removed = حُذف
staff-texts-history-added = أُضيف
staff-texts-history-current = هذا هو النص الذي يراه السكان الآن.
staff-texts-history-restore = إعادة هذه النسخة
staff-texts-history-restore-shipped = إعادة النص الأصلي

staff-texts-import-title = رفع النصوص – { $language }
staff-texts-import-intro = الصق هنا محتوى ملف نزّلته من قبل. يُفحص كل نص. إذا كان كل شيء صحيحًا، تُنشر النصوص التي تغيّرت.
staff-texts-import-label = محتوى ملف ‎.ftl
staff-texts-import-hint = الأسطر التي تبدأ بـ # لا تُحسب.
staff-texts-import-button = فحص ونشر
staff-texts-import-unknown = هذا النص غير موجود في النصوص الهولندية
staff-texts-error-formatting-not-shown = الخط العريض والروابط تعمل فقط في النص الجاري لصفحة معلومات. هنا سيرى السكان الرموز ** أو [ ]( ). احذفها.
