# Page: your duties (inlichtingenplicht and meewerkplicht).

info-duties-title = واجباتك عندما تحصل على إعانة bijstand
info-duties-nav = واجباتك
info-duties-summary = عندما تحصل على إعانة bijstand، عليك واجبان: أن تبلغنا بالتغييرات، وأن تتعاون معنا.
info-duties-short-1 = أنت تخبرنا بنفسك بكل شيء يمكن أن يغيّر إعانة bijstand الخاصة بك.
info-duties-short-2 = أنت تتعاون معنا عندما نطلب شيئًا أو نتحقق من شيء.
info-duties-short-3 = هل لديك شريك أو شريكة؟ إذن على شريكك الواجبات نفسها.
info-duties-short-4 = هل أنت غير متأكد؟ أبلغنا على أي حال، أو اسألنا.

# The duty to inform
info-duties-inform-heading = واجب الإبلاغ (inlichtingenplicht): أن تبلغنا بالتغييرات
info-duties-inform-p1 = مبلغ إعانة bijstand يعتمد على وضعك. لذلك يجب أن نعرف كيف تعيش.
info-duties-inform-p2 = واجب الإبلاغ (inlichtingenplicht) يعني: تخبرنا بكل شيء يمكن أن يؤثر في إعانة bijstand أو في اتفاقاتك معنا حول العمل. تفعل ذلك بنفسك. لا تنتظر حتى نسألك. وإذا سألناك عن شيء، فأجب عنه.
info-duties-inform-p3 = مثلًا هذه التغييرات:
info-duties-inform-li1 = تبدأ العمل، أو تعمل ساعات أكثر أو أقل؛
info-duties-inform-li2 = شخص يأتي ليسكن معك أو يترك بيتك؛
info-duties-inform-li3 = تحصل على مال، مثلًا هدية أو ميراث؛
info-duties-inform-li4 = تسافر إلى الخارج؛
info-duties-inform-li5 = تنتقل إلى سكن آخر أو تحصل على رقم حساب بنكي جديد.
info-duties-inform-p4 = أبلغنا بالتغيير خلال { $change-deadline-days ->
        [zero] { $change-deadline-days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $change-deadline-days } أيام
        [many] { $change-deadline-days } يومًا
       *[other] { $change-deadline-days } يوم
    }. وأبلغنا بالسفر إلى الخارج قبل موعد سفرك بمدة { $travel-notice-days ->
        [zero] { $travel-notice-days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $travel-notice-days } أيام
        [many] { $travel-notice-days } يومًا
       *[other] { $travel-notice-days } يوم
    } على الأقل.

# The duty to cooperate
info-duties-cooperate-heading = واجب التعاون (meewerkplicht): أن تشارك وتتعاون
info-duties-cooperate-p1 = واجب التعاون (meewerkplicht) يعني: تساعدنا عندما نطلب ذلك منك. الأمر يتعلق بشيئين.
info-duties-cooperate-li1 = تتعاون معنا عندما نتحقق من وضعك. مثلًا نطلب أوراقًا، أو لقاءً، أو زيارة في بيتك.
info-duties-cooperate-li2 = تتعاون معنا في البحث عن عمل. تحضر المواعيد، وتفعل ما اتفقنا عليه معًا.
info-duties-cooperate-p2 = هل لا تستطيع فعل شيء، مثلًا بسبب المرض أو رعاية طفل؟ أخبرنا في الوقت المناسب. وسنبحث معًا عن حل.

# Partners
info-duties-partner-heading = هل لديك شريك أو شريكة؟
info-duties-partner-p1 = هل تسكن مع شريك أو شريكة؟ إذن تحصلان معًا على إعانة bijstand. وعلى كل واحد منكما الواجبات نفسها.
info-duties-partner-p2 = لذلك أبلغنا أيضًا بالتغييرات التي تخص شريكك. مثلًا عندما يبدأ شريكك العمل أو يحصل على مال.

# When in doubt
info-duties-doubt-heading = هل أنت غير متأكد؟ أبلغنا أو اسألنا
info-duties-doubt-p1 = أحيانًا لا تعرف بالضبط هل الأمر مهم أم لا. أبلغنا به على أي حال. أو اتصل بنا على الرقم { $phone } واسألنا.
info-duties-doubt-p2 = أن تبلغنا بأكثر من اللازم ليس خطأ أبدًا. نحن نتحقق بأنفسنا هل يغيّر ذلك شيئًا في إعانة bijstand الخاصة بك.
info-duties-doubt-p3 = هل تريد أن تعرف ما ينطبق عليك؟ استخدم أداة التحقق في هذا الموقع. تجيب عن بعض الأسئلة القصيرة.
