# Page: what must I report, by life area.

info-what-to-report-title = ما الذي يجب أن أبلغ عنه؟
info-what-to-report-nav = ما الذي أبلغ عنه؟
info-what-to-report-summary = هنا تقرأ حسب كل موضوع ما التغييرات التي تبلغ عنها، ومتى، ومع أي أوراق.
info-what-to-report-short-1 = أبلغنا بكل تغيير خلال { $change-deadline-days ->
        [zero] { $change-deadline-days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $change-deadline-days } أيام
        [many] { $change-deadline-days } يومًا
       *[other] { $change-deadline-days } يوم
    }.
info-what-to-report-short-2 = أبلغنا بالسفر إلى الخارج قبل موعد سفرك بمدة { $travel-notice-days ->
        [zero] { $travel-notice-days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $travel-notice-days } أيام
        [many] { $travel-notice-days } يومًا
       *[other] { $travel-notice-days } يوم
    } على الأقل.
info-what-to-report-short-3 = أرسل معه الأوراق، مثل قسيمة الراتب أو عقد العمل. الصورة مقبولة أيضًا.
info-what-to-report-short-4 = هل أنت غير متأكد؟ أبلغنا على أي حال.

# Work and income
info-what-to-report-work-heading = العمل والدخل
info-what-to-report-work-p1 = الدخل هو كل المال الذي تحصل عليه. أبلغنا مثلًا عندما:
info-what-to-report-work-li1 = تبدأ العمل، أو تتوقف عنه، أو تعمل ساعات أكثر أو أقل؛
info-what-to-report-work-li2 = تقوم بأعمال صغيرة، أو ترعى أطفالًا مقابل أجر، أو تعمل لحسابك الخاص كـ zzp'er (وقل لنا أيضًا لمن تعمل)؛
info-what-to-report-work-li3 = تقوم بتدريب عملي (stage) أو بعمل تطوعي؛
info-what-to-report-work-li4 = تحصل على إعانة أو معاش، مثل WW أو ZW أو WIA، أو ستحصل قريبًا على معاش التقاعد AOW؛
info-what-to-report-work-li5 = يحصل شخص في بيتك على دخل، حتى لو كان طفلًا يسكن معك؛
info-what-to-report-work-li6 = تحصل على نفقة (alimentatie) أو على مال مُعاد من مصلحة الضرائب (Belastingdienst).
info-what-to-report-work-p4 = هل يدفع شخص آخر فواتيرك؟ أو يحصل شخص في بيتك على دخل؟ أبلغنا بذلك. نحن ننظر هل يُحسب أم لا. دخل الشريك يُحسب دائمًا.
info-what-to-report-work-p5 = هل تحصل على معاش AOW؟ عندها تتوقف إعانة bijstand. هل معاش AOW أقل من مبلغ bijstand؟ عندها يمكن أن يدفع SVB مبلغًا إضافيًا. اسمه AIO.
info-what-to-report-work-p6 = هل تعتني بشخص دون أجر؟ هذه رعاية غير مدفوعة (mantelzorg). لا تبلغ عنها كعمل. هل لا تناسب الرعاية اتفاقات العمل معك؟ عندها تحدث عن ذلك مع مستشارك (consulent).
info-what-to-report-work-p2 = متى تبلغنا: خلال { $change-deadline-days ->
        [zero] { $change-deadline-days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $change-deadline-days } أيام
        [many] { $change-deadline-days } يومًا
       *[other] { $change-deadline-days } يوم
    }. وتبلغنا بدخلك الشهري قبل اليوم { $statement-day } من الشهر.
info-what-to-report-work-p3 = أرسل معه: عقد العمل وقسائم الراتب. صورة قسيمة الراتب مقبولة أيضًا.

# Household and housing
info-what-to-report-household-heading = الأسرة والسكن
info-what-to-report-household-p1 = أبلغنا عندما يتغير شيء في أسرتك أو في بيتك. مثلًا:
info-what-to-report-household-li1 = شخص يأتي ليسكن معك أو يترك بيتك، مثل شريك أو شخص يسكن معك أو مستأجر غرفة أو طفل؛
info-what-to-report-household-li2 = تبدأ السكن مع شريك، أو تتزوج، أو تطلّق، أو تنفصل؛
info-what-to-report-household-li3 = يولد طفل أو يتوفى شخص؛
info-what-to-report-household-li4 = يبلغ طفل عمر 18 أو 21 أو 27 سنة؛
info-what-to-report-household-li5 = تنتقل إلى سكن آخر، أو يتغير الإيجار أو قرض السكن (hypotheek)، أو تؤجر غرفة.
info-what-to-report-household-p2 = هل يسكن معك شخص عمره 27 سنة أو أكثر؟ عندها تحصل أحيانًا على إعانة bijstand أقل. فأنتم تتقاسمون تكاليف السكن. هذا اسمه kostendelersnorm. لا يُحسب الطلاب الذين يمكنهم الحصول على تمويل الدراسة، ولا طلاب BBL، ولا المستأجرون باتفاق تجاري. دخل شريك السكن لا يُحسب في الغالب، أما دخل الشريك فيُحسب.
info-what-to-report-household-p5 = هل سيأتي شخص ليسكن معك أو سيغادر شخص؟ أبلغنا بذلك دائمًا، حتى لو كان عمر هذا الشخص أقل من 27 سنة.
info-what-to-report-household-p6 = هل ستسكنون معًا لأن أحدكم يحتاج إلى رعاية؟ هذا انتقال وتغيير في أسرتك. أبلغنا به مثل التغييرات الأخرى. منذ 2026 لم يعد ذلك يعني تلقائيًا أنكم أسرة واحدة.
info-what-to-report-household-p7 = هل يقيم عندك ضيف له بيت خاص به؟ الإقامة القصيرة مرة واحدة، أقل من شهر، لا تحتاج إلى إبلاغ. هل يبقى ضيفك شهرًا أو أكثر، أو يأتي كثيرًا؟ عندها أبلغنا. هل ينام صديقك أو صديقتك كثيرًا عندك؟ أبلغنا بذلك دائمًا.
info-what-to-report-household-p8 = هل أنتِ حامل؟ أخبري مستشارك (consulent). هذا مهم لاتفاقات العمل. هل وُلد الطفل؟ عندها أبلغينا بالولادة.
info-what-to-report-household-p3 = متى تبلغنا: خلال { $change-deadline-days ->
        [zero] { $change-deadline-days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $change-deadline-days } أيام
        [many] { $change-deadline-days } يومًا
       *[other] { $change-deadline-days } يوم
    }.
info-what-to-report-household-p4 = أرسل معه: عقد الإيجار، أو اسم وتاريخ ميلاد الشخص الذي يأتي ليسكن معك.

# Money and possessions
info-what-to-report-money-heading = المال والممتلكات
info-what-to-report-money-p1 = مع إعانة bijstand يُسمح لك بامتلاك مبلغ محدود فقط. لذلك أبلغنا بما تملكه وبما يُضاف إليه. مثلًا:
info-what-to-report-money-li1 = مدخرات، أو أسهم، أو عملات رقمية (crypto)؛
info-what-to-report-money-li2 = سيارة، أو دراجة نارية، أو كرفان، أو مركبة أخرى لها لوحة أرقام؛
info-what-to-report-money-li3 = مجوهرات، أو بيت، أو أرض، في هولندا أو في الخارج؛
info-what-to-report-money-li4 = تستخدم كثيرًا سيارة أو دراجة نارية لشخص آخر؛
info-what-to-report-money-li5 = تقترض مالًا، أو يسدد شخص آخر ديونك.
info-what-to-report-money-p5 = ما تملكه يُحسب في إعانة bijstand. الحد هو { $asset-limit-single } لشخص واحد. وللزوجين أو للوالد الوحيد هو { $asset-limit-couple }. هذه المبالغ سارية اعتبارًا من { $asset-limit-single-from }. هل تملك أكثر؟ عندها قد لا تحصل على الإعانة.
info-what-to-report-money-p2 = متى تبلغنا: خلال { $change-deadline-days ->
        [zero] { $change-deadline-days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $change-deadline-days } أيام
        [many] { $change-deadline-days } يومًا
       *[other] { $change-deadline-days } يوم
    }.
info-what-to-report-money-p3 = أرسل معها: كشف حساب بنكي أو شهادة تسجيل المركبة. هل يصل مال إلى حسابك، مثلًا من شخص آخر؟ أبلغنا به. نحن ننظر هل يُحسب أم لا.
info-what-to-report-money-p4 = لا تحتاج إلى الإبلاغ عن الديون. لكن يمكنك أن تحصل على مساعدة مجانية. انظر في صفحة المساعدة.

# Gifts
info-what-to-report-gifts-heading = الهدايا
info-what-to-report-gifts-p1 = هل تحصل على مال من العائلة أو الأصدقاء؟ هذه هدية. الهدايا المالية حتى { $gift-limit } في السنة الميلادية لا تُحسب في إعانة bijstand. هذا المبلغ لأسرتك كلها: لك ولشريكك معًا.
info-what-to-report-gifts-p2 = هل تزيد على هذا المبلغ؟ عندها أبلغنا. يُسمح لك بالاحتفاظ بالهدايا. لكن ما يزيد على الحد قد يُحسب في إعانة bijstand. لذلك اجمع كل الهدايا المالية في هذه السنة الميلادية.
info-what-to-report-gifts-p3 = مثال: تحصل كل شهر على مال من أخيك. اجمع كل شهر ما حصلت عليه في هذه السنة الميلادية. هل يزيد المجموع على { $gift-limit }؟ عندها أبلغنا. في 1 يناير تبدأ من الصفر من جديد. هل تبدأ الهدية في آخر السنة؟ عندها تحقق مرة أخرى في يناير.
info-what-to-report-gifts-p7 = هل تحصل كثيرًا على مشتريات غذائية أو أغراض من الآخرين؟ هذه لا تدخل في حد { $gift-limit }. هذا الحد للمال فقط. اسألنا هل يجب أن تبلغنا بها.
info-what-to-report-gifts-p8 = هل يدفع شخص آخر فواتيرك، مثل تأمينك الصحي؟ أبلغنا بذلك. نحن ننظر هل يُحسب أم لا.
info-what-to-report-gifts-p4 = طرود بنك الطعام (voedselbank) لا تُحسب أبدًا.
info-what-to-report-gifts-p5 = متى تبلغنا: خلال { $change-deadline-days ->
        [zero] { $change-deadline-days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $change-deadline-days } أيام
        [many] { $change-deadline-days } يومًا
       *[other] { $change-deadline-days } يوم
    } بعد الهدية التي تجعلك تتجاوز الحد.
info-what-to-report-gifts-p6 = أرسل معه: كشف حساب بنكي تظهر فيه الهدية.

# Inheritance, prizes, compensation
info-what-to-report-windfall-heading = الميراث والجوائز والتعويضات
info-what-to-report-windfall-p1 = هذه الأشياء تبلغنا بها دائمًا، مهما كان المبلغ صغيرًا:
info-what-to-report-windfall-li1 = ميراث؛
info-what-to-report-windfall-li2 = جائزة من يانصيب أو مسابقة أو لعبة قمار؛
info-what-to-report-windfall-li3 = تعويض عن ضرر؛
info-what-to-report-windfall-li4 = معاش تحصل عليه دفعة واحدة.
info-what-to-report-windfall-p2 = متى تبلغنا: خلال { $change-deadline-days ->
        [zero] { $change-deadline-days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $change-deadline-days } أيام
        [many] { $change-deadline-days } يومًا
       *[other] { $change-deadline-days } يوم
    }.
info-what-to-report-windfall-p3 = أرسل معه: رسالة كاتب العدل (notaris)، أو الرسالة عن الجائزة أو التعويض.

# Travel and stays elsewhere
info-what-to-report-travel-heading = السفر والإقامة في مكان آخر
info-what-to-report-travel-p1 = مع إعانة bijstand يُسمح لك بالسفر إلى الخارج { $days-abroad ->
        [zero] { $days-abroad } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days-abroad } أيام
        [many] { $days-abroad } يومًا
       *[other] { $days-abroad } يوم
    } في كل سنة ميلادية. أيام نهاية الأسبوع تُحسب أيضًا. ولا يجوز أن تستمر رحلة واحدة أكثر من { $days-abroad ->
        [zero] { $days-abroad } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days-abroad } أيام
        [many] { $days-abroad } يومًا
       *[other] { $days-abroad } يوم
    } بدون انقطاع.
info-what-to-report-travel-p2 = يوم السفر لا يُحسب. يوم العودة يُحسب. هل تسافر في فترة رأس السنة؟ إذن احسب الأيام لكل سنة ميلادية وحدها. ولا يجوز أن تكون الرحلة كلها أطول من { $days-abroad ->
        [zero] { $days-abroad } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days-abroad } أيام
        [many] { $days-abroad } يومًا
       *[other] { $days-abroad } يوم
    }.
info-what-to-report-travel-p3 = هل تبقى مدة أطول؟ عندها لا تحصل على إعانة bijstand عن الأيام الزائدة. أحيانًا تتوقف الإعانة كلها. عندها يجب أن تطلب إعانة bijstand من جديد. الاستثناء ممكن فقط لأسباب عاجلة جدًا. وهذا نادر جدًا.
info-what-to-report-travel-p4 = هل ستقيم أكثر من بضعة أيام في مكان آخر في هولندا؟ أبلغنا بذلك أيضًا.
info-what-to-report-travel-p7 = هل ستسكن في الخارج؟ عندها تتوقف إعانة bijstand في يوم سفرك. تحصل على الإعانة فقط إذا كنت تسكن في هولندا. أبلغنا قبل أن تسافر.
info-what-to-report-travel-p5 = متى تبلغنا: قبل موعد سفرك بمدة { $travel-notice-days ->
        [zero] { $travel-notice-days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $travel-notice-days } أيام
        [many] { $travel-notice-days } يومًا
       *[other] { $travel-notice-days } يوم
    } على الأقل. أخبرنا إلى أين تذهب ومتى تعود.
info-what-to-report-travel-p6 = أرسل معه: تذاكر السفر. احتفظ بها بعد الرحلة مدة ثلاثة أشهر.

# Detention, hospital and care institutions
info-what-to-report-stay-heading = السجن والمستشفى ومؤسسات الرعاية
info-what-to-report-stay-p1 = أبلغنا عندما تقيم في مكان آخر أو تحصل على عقوبة. مثلًا:
info-what-to-report-stay-li1 = أنت في السجن أو في مركز الاحتجاز (huis van bewaring)؛
info-what-to-report-stay-li2 = أنت في المستشفى؛
info-what-to-report-stay-li3 = تسكن في دار رعاية أو أنت في مركز علاج الإدمان؛
info-what-to-report-stay-li4 = تحصل على عقوبة عمل للمنفعة العامة (taakstraf).
info-what-to-report-stay-p2 = هل أنت في السجن؟ عندها لا تحصل على إعانة bijstand من اليوم الأول. نعرف ذلك أيضًا من Dienst Justitiële Inrichtingen (مصلحة السجون).
info-what-to-report-stay-p3 = متى تبلغنا: خلال { $change-deadline-days ->
        [zero] { $change-deadline-days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $change-deadline-days } أيام
        [many] { $change-deadline-days } يومًا
       *[other] { $change-deadline-days } يوم
    }. لا تستطيع أن تفعل ذلك بنفسك؟ اطلب من شخص آخر أن يفعله عنك.
info-what-to-report-stay-p4 = أرسل معه: رسالة من المستشفى أو المؤسسة أو المحكمة.

# Education
info-what-to-report-education-heading = المدرسة والدراسة
info-what-to-report-education-p1 = أبلغنا عندما تبدأ أنت أو طفلك دراسة أو تتوقفان عنها. هل يحصل شخص في بيتك عمره 27 سنة أو أكثر على منحة دراسية (studiefinanciering)، أو تتوقف منحته؟ أبلغنا بذلك أيضًا.
info-what-to-report-education-p2 = متى تبلغنا: خلال { $change-deadline-days ->
        [zero] { $change-deadline-days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $change-deadline-days } أيام
        [many] { $change-deadline-days } يومًا
       *[other] { $change-deadline-days } يوم
    }.
info-what-to-report-education-p3 = أرسل معها: إثبات التسجيل من المدرسة، أو رسالة DUO عن تمويل الدراسة أو WTOS.

# Bank account and contact details
info-what-to-report-details-heading = الحساب البنكي وبيانات الاتصال
info-what-to-report-details-p1 = أبلغنا عندما تتغير هذه الأشياء:
info-what-to-report-details-li1 = رقم حسابك البنكي؛
info-what-to-report-details-li2 = رقم هاتفك أو بريدك الإلكتروني؛
info-what-to-report-details-li3 = يُسمح لك باستخدام الحساب البنكي لشخص آخر، مثلًا لأنك ترعى شخصًا من أقاربك (mantelzorger)؛
info-what-to-report-details-li4 = يُعيَّن لك مدير لأموالك (bewindvoerder).
info-what-to-report-details-p2 = متى تبلغنا: خلال { $change-deadline-days ->
        [zero] { $change-deadline-days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $change-deadline-days } أيام
        [many] { $change-deadline-days } يومًا
       *[other] { $change-deadline-days } يوم
    }.
info-what-to-report-details-p3 = أرسل معه: عند حساب جديد، كشف حساب بنكي يظهر فيه اسمك. عند تعيين مدير لأموالك (bewindvoerder)، رسالة المحكمة.
