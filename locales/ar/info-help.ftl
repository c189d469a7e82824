# Page: help with money worries, forms and other problems.

info-help-title = المساعدة عندما تكون الأمور صعبة
info-help-nav = المساعدة
info-help-summary = هل لديك مشاكل مالية أو ديون، أو تحتاج إلى مساعدة في الاستمارات؟ هنا تقرأ إلى أين يمكنك أن تتوجه.
info-help-short-1 = هل لديك ديون أو مشاكل مالية؟ نحن نساعدك.
info-help-short-2 = يمكن لشخص أن يساعدك في الاستمارات والرسائل.
info-help-short-3 = الفريق الاجتماعي (sociaal team) يفكر معك في الحلول.
info-help-short-4 = طلب المساعدة تصرف حكيم. كلما كان أبكر، كان أفضل.

# Debts (schuldhulpverlening)
info-help-debts-heading = المشاكل المالية والديون
info-help-debts-p1 = الديون يمكن أن تحدث لأي شخص. ومع المشاكل المالية تحدث الأخطاء بسرعة أكبر، مثلًا في الإبلاغ. لذلك لا تنتظر طويلًا قبل أن تطلب المساعدة.
info-help-debts-p2 = البلدية تساعد في الديون. هذا اسمه schuldhulpverlening. يمكنك التوجه إلى Geldloket البلدية (مكتب المساعدة في أمور المال). نعمل معك نظرة عامة على أموالك. ثم نبحث معًا عن حل.
info-help-debts-p3 = هذه المساعدة مجانية. اتصل بالرقم { $debt-help-phone } لأول محادثة، أو انظر في { $debt-help-website }.
info-help-debts-p4 = لا تحتاج إلى إبلاغنا بالديون. هل يسدد شخص آخر ديونك؟ أو تقترض مالًا؟ أبلغنا بذلك.

# Help with forms and letters
info-help-forms-heading = المساعدة في الاستمارات والرسائل
info-help-forms-p1 = هل تجد الاستمارات أو الرسائل صعبة؟ لا بأس بذلك. كثير من الناس يجدونها صعبة.
info-help-forms-p2 = يسعدنا أن نساعدك في ملئها. اطلب ذلك عندما تتصل بنا أو تزورنا. ويمكنك أيضًا أن تحضر معك شخصًا تثق به.

# Social team
info-help-team-heading = الفريق الاجتماعي (sociaal team)
info-help-team-p1 = الفريق الاجتماعي (sociaal team) يساعد في أسئلة كثيرة. مثلًا عن تربية الأطفال، أو الرعاية، أو السكن، أو الوحدة.
info-help-team-p2 = يمكنك أن تتصل به بنفسك. ويمكنك أيضًا أن تحدد موعدًا معنا معًا.

# Contact (opening hours are shown by the page itself)
info-help-reach-heading = كيف تتواصل معنا
info-help-reach-p1 = اتصل بنا على الرقم { $phone }. أرسل بريدًا إلكترونيًا إلى { $email }. أو زرنا في العنوان { $address }.
