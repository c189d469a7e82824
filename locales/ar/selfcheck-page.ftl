# The self-check pages around the questions: start, steps, results.
# The questions and outcomes themselves are in selfcheck.ftl.

selfcheck-page-title = ما الذي يجب أن أبلغ عنه؟
selfcheck-page-summary = أجب عن بعض الأسئلة عن حياتك. بعد ذلك ترى ما يجب أن تبلغ عنه، ومتى، وكيف.
selfcheck-page-intro = أجب عن بعض الأسئلة القصيرة عن حياتك. بعد ذلك ترى ما يجب أن تبلغ عنه. وترى أيضًا متى وكيف.
selfcheck-page-trust = هذه ليست رقابة عليك. أنت لا تبلغنا هنا بأي شيء بعد. الأسئلة تساعدك على تجنب الأخطاء.
selfcheck-page-time = يستغرق هذا حوالي 5 دقائق.
selfcheck-page-start = ابدأ الأسئلة
selfcheck-progress = السؤال { $current } من حوالي { $total }
selfcheck-next = التالي
selfcheck-back = رجوع
selfcheck-start-again = ابدأ من جديد
selfcheck-error-summary-title = هناك مشكلة
selfcheck-error-prefix = خطأ:
selfcheck-broken-link = هذا الرابط لم يعد يعمل. ابدأ الأسئلة من جديد.
selfcheck-person-number = الشخص { $number }
selfcheck-people-rows-hint = املأ سطرًا واحدًا لكل شخص. اترك الأسطر الأخرى فارغة.
selfcheck-euro = المبلغ باليورو

# Results
selfcheck-result-title = قائمتك الشخصية
selfcheck-result-intro = هذا ما يجب أن تفعله بحسب أجوبتك بتاريخ { $today }. ابدأ من الأعلى.
selfcheck-result-group-high = افعل هذا أولًا
selfcheck-result-group-normal = افعل هذا في الوقت المناسب
selfcheck-result-group-low = من المفيد أن تعرف
selfcheck-kind-report = يجب الإبلاغ
selfcheck-kind-no-need = لا حاجة للإبلاغ
selfcheck-kind-ask-us = اسألنا
selfcheck-label-how = كيف تبلغ عنه؟
selfcheck-label-documents = ماذا ترسل معه؟
selfcheck-label-why = لماذا هذا مهم؟
selfcheck-read-more = شرح أكثر:
selfcheck-your-answers = أجوبتك
selfcheck-change = غيّر
selfcheck-change-hidden = جوابك عن: { $question }
selfcheck-share-heading = احفظ هذه النتيجة
selfcheck-share-text = بهذا الرابط يمكنك أن ترى هذه النتيجة مرة أخرى لاحقًا. الرابط فيه أجوبتك فقط. لا يوجد فيه اسم ولا رقم BSN.
selfcheck-share-link = رابط هذه النتيجة
selfcheck-print = اطبع هذه القائمة
selfcheck-doubt = هل أنت غير متأكد؟ اتصل بنا: { $phone }. أو راسلنا على { $email }.
selfcheck-report-now-heading = أبلغ عنه الآن
selfcheck-report-now-text = يمكنك أن تبلغ عن هذه التغييرات عبر الإنترنت فورًا. عندها يكون ما يجب أن تبلغ عنه جاهزًا في النموذج.
selfcheck-report-now-link = أبلغ عن هذه التغييرات
