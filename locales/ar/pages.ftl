# General pages: not found, accessibility statement, errors.

not-found-title = هذه الصفحة غير موجودة
not-found-text = ربما يوجد خطأ في كتابة العنوان. أو ربما تغيّر مكان الصفحة.
not-found-home = اذهب إلى الصفحة الرئيسية
not-found-contact = هل تبحث عن شيء ولا تجده؟ اتصل بنا على الرقم { $phone }.

accessibility-title = إمكانية الوصول
accessibility-intro = يجب أن يستطيع الجميع استخدام هذا الموقع. حتى إذا كان نظرك ضعيفًا، أو كنت تستخدم أداة مساعدة، أو ما زلت تتعلم اللغة الهولندية.
accessibility-summary = يجب أن يستطيع الجميع استخدام هذا الموقع. اقرأ ما نفعله من أجل ذلك، وكيف تخبرنا عن مشكلة.
accessibility-what-heading = ماذا نفعل
accessibility-what-1 = يمكنك أن تفعل كل شيء بدون فأرة، بلوحة المفاتيح فقط.
accessibility-what-2 = يعمل الموقع على هاتف صغير، ويعمل أيضًا عندما تكبّر النص إلى ضعف حجمه.
accessibility-what-3 = يعمل الموقع أيضًا عند إيقاف JavaScript.
accessibility-what-4 = النصوص مكتوبة بلغة هولندية بسيطة، وبخمس لغات أخرى.
accessibility-what-5 = نختبر كل صفحة آليًا وفق قواعد إمكانية الوصول (WCAG 2.2، المستوى AA).
accessibility-problem-heading = هل هناك شيء لا يعمل جيدًا؟
accessibility-problem-text = أخبرنا بذلك. راسلنا على { $email } أو اتصل بنا على الرقم { $phone }. نرد عليك خلال خمسة أيام عمل.

# Refused requests: what was sent could not be read (too large, broken, a character
# that is not text). The portal's own page instead of the framework's English.
request-too-large-title = هذا كثير جدًا لإرساله مرة واحدة
request-too-large-text = ما أرسلته أكبر مما يمكننا استلامه. اجعل النص أقصر. أو أرسل ملفات أقل أو أصغر. ارجع وحاول مرة أخرى.
request-unreadable-title = لم نتمكن من قراءة هذا
request-unreadable-text = ما أرسلته لم يصلنا بشكل صحيح. ارجع، وأعد تحميل الصفحة، وحاول مرة أخرى.
request-bad-text-title = يوجد حرف لا يمكننا قراءته
request-bad-text-text = فيما أرسلته حرف لا يمكننا قراءته. يحدث هذا أحيانًا عند نسخ النص ولصقه. اكتب النص من جديد وحاول مرة أخرى.
request-help = ألا ينجح الأمر؟ اتصل بنا على الرقم { $phone }.
