# The online change notice: the steps after the start page.

report-optional = (غير إلزامي)
report-error-label = خطأ:
report-error-prefix = خطأ:
report-error-summary-title = حدثت مشكلة
report-step-counter = الخطوة { $step } من { $steps }
report-back = رجوع
report-form-summary = أبلغ عن تغيير في حياتك عبر الإنترنت. تحصل على إيصال برقم مرجعي.
report-continue = متابعة

report-identity-title = من أنت؟
report-identity-intro = نحتاج إلى معلوماتك حتى نضيف التغيير إلى ملفك.

report-changes-title = ما الذي تغيّر؟
report-changes-hint = اختر كل ما ينطبق عليك. يمكنك أن تختار أكثر من شيء واحد.

report-details-intro = اكتب ما تعرفه. هل أنت غير متأكد من شيء؟ اكتب إذن ما تعرفه عنه.
report-file-label = أضف أوراقًا (غير إلزامي)
report-file-hint = مثلًا قسيمة راتب أو عقد. صورة بهاتفك تكفي. ملف PDF أو JPG أو PNG حجمه 10 MB على الأكثر. يمكنك أن تختار عدة ملفات في وقت واحد.
report-files-heading = الملفات
report-file-remove = احذف { $name }
report-file-remove-short = احذف
report-size-kb = { $kb } kB
report-size-mb = { $mb } MB

report-check-title = راجع أجوبتك
report-change-link = غيّر
report-check-other-changes = اختر شيئًا آخر أو أضف شيئًا
report-declaration-heading = إقرار
report-declaration-text = أقر بأن كل ما ملأته صحيح، وبأنني لم أترك أي شيء.
report-declaration-consequence = نستخدم هذه المعلومات لنحسب إعانة bijstand الخاصة بك بشكل صحيح. هل تبيّن لك لاحقًا أن شيئًا غير صحيح؟ أبلغنا عنه إذن في أسرع وقت. وسنبحث معًا عن حل.
report-submit = أرسل

report-received-title = استلمنا التغيير الذي أبلغت عنه
report-received-reference = رقمك المرجعي:
report-received-when = تاريخ الاستلام: { $date }.
report-next-heading = ماذا يحدث الآن؟
report-next-1 = سينظر أحد الموظفين في التغيير خلال 5 أيام عمل.
report-next-2 = هل نحتاج إلى شيء منك؟ عندها نتصل بك أو نكتب إليك. اذكر لنا إذن رقمك المرجعي.
report-next-3 = هل تتغير إعانة bijstand الخاصة بك؟ عندها تصلك رسالة بذلك.
report-receipt-heading = إيصالك
report-receipt-intro = احتفظ بهذا الإيصال. فيه ما أرسلته. رقم BSN ورقم حسابك البنكي غير مكتوبين فيه بالكامل.
report-receipt-download = نزّل إيصالك
report-receipt-print = اطبع إيصالك
report-receipt-title = إيصال التغيير الذي أبلغت عنه
report-new-heading = هل تريد أن تبلغ عن شيء آخر؟
report-new-button = أبلغ عن تغيير آخر

report-problem-expired-title = هذا النموذج لم يعد يعمل
report-problem-expired-text = ربما كان النموذج مفتوحًا مدة طويلة جدًا، أو ملفات تعريف الارتباط (cookies) متوقفة في متصفحك. ما حفظته من قبل لم يضع إذا تابعت على الجهاز نفسه.
report-problem-start-again = تابع ملء النموذج
report-problem-too-many-title = لقد أرسلت تغييرات كثيرة
report-problem-too-many-text = أُرسلت تغييرات كثيرة من هذا العنوان في الساعة الأخيرة. حاول مرة أخرى بعد ساعة، أو اتصل بنا.
report-problem-not-found-text = هذه الخطوة من النموذج غير موجودة.
report-problem-too-large-title = هذا أكبر من أن يُرسل
report-problem-too-large-text = الملفات معًا كبيرة جدًا. أرسل 5 ملفات على الأكثر لكل تغيير، وحجم كل ملف 10 MB على الأكثر.
report-problem-error-title = حدثت مشكلة عندنا
report-problem-error-text = لم نتمكن من حفظ معلوماتك. لم يصلنا أي شيء. حاول مرة أخرى بعد بضع دقائق، أو اتصل بنا.

report-erase-hint = هل تستخدم حاسوب شخص آخر أو حاسوب المكتبة؟ امسح إذن ما أدخلته عندما تنتهي.
report-erase-button = توقف وامسح ما أدخلته
