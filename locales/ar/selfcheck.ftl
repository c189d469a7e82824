# The self-check: what must I report? Questions, answers and outcomes.
# The ids come from content/selfcheck.toml. Figures are always variables.

# Shared parts
selfcheck-answer-yes = نعم
selfcheck-answer-no = لا
selfcheck-period-from = من
selfcheck-period-to = حتى (مع هذا اليوم)
selfcheck-people-count = كم عدد الأشخاص؟
selfcheck-person-age = العمر
selfcheck-person-birth-month = شهر وسنة الميلاد
selfcheck-amount-hint = اكتب مبلغًا باليورو، مثلًا 150 أو 150,50.
selfcheck-date-hint = لا تعرف اليوم بالضبط؟ إذن اختر أقرب يوم إليه.
selfcheck-several-hint = يمكنك أن تختار أكثر من جواب واحد.
selfcheck-deadline = أبلغنا بهذا في موعد أقصاه { $deadline }.
selfcheck-deadline-passed = هذا التاريخ قد مضى: { $deadline }. أبلغنا الآن. هذا دائمًا أفضل من عدم الإبلاغ.
selfcheck-no-deadline = أبلغنا بهذا في أسرع وقت ممكن.
selfcheck-nothing-stored = نحن لا نحفظ أجوبتك. هي موجودة فقط في عنوان هذه الصفحة.

# Field errors
selfcheck-error-unknown-question = لا نعرف هذا السؤال. ابدأ الأسئلة من جديد.
selfcheck-error-empty = أجب عن هذا السؤال.
selfcheck-error-too-long = هذا الجواب طويل جدًا. اجعله أقصر.
selfcheck-error-unknown-option = اختر جوابًا من الأجوبة.
selfcheck-error-date = اكتب تاريخًا موجودًا، مثلًا 3 مارس 2026.
selfcheck-error-amount = اكتب مبلغًا، مثلًا 150 أو 150,50.
selfcheck-error-amount-negative = اكتب المبلغ بدون علامة الناقص.
selfcheck-error-amount-too-large = هذا المبلغ كبير جدًا. تحقق من أنك كتبته بشكل صحيح.
selfcheck-error-number = اكتب عددًا صحيحًا، مثلًا 7.
selfcheck-error-period-from = اكتب اليوم الأول.
selfcheck-error-period-to = اكتب اليوم الأخير.
selfcheck-error-period-order = اليوم الأخير يأتي قبل اليوم الأول. تحقق من أنك كتبت التواريخ بشكل صحيح.
selfcheck-error-people-count = اكتب معلومة لكل شخص.
selfcheck-error-age = اكتب العمر بالسنوات، مثلًا 22.
selfcheck-error-birth-month = اكتب شهرًا وسنة قد مضيا، مثلًا 05-2008.

# Life areas
selfcheck-life-areas = ماذا حدث، أو ماذا سيحدث؟
selfcheck-life-areas-hint = اختر كل ما ينطبق عليك. بعد ذلك نسألك فقط الأسئلة المتعلقة به.
selfcheck-life-areas-work = العمل أو الدخل
selfcheck-life-areas-household = الأسرة أو السكن
selfcheck-life-areas-money = المال أو الممتلكات، مثل سيارة أو مدخرات
selfcheck-life-areas-gifts = الهدايا: مال أو مساعدة من الآخرين
selfcheck-life-areas-windfall = ميراث، أو جائزة، أو تعويض عن ضرر
selfcheck-life-areas-travel = السفر أو الإقامة في مكان آخر
selfcheck-life-areas-institution = السجن، أو المستشفى، أو مؤسسة أخرى
selfcheck-life-areas-education = التعليم أو الدراسة
selfcheck-life-areas-admin = الحساب البنكي أو بيانات الاتصال
selfcheck-life-areas-other = شيء آخر

# Work and income
selfcheck-work-change = ما الذي يتغير في عملك أو دخلك؟
selfcheck-work-change-job-started = سأبدأ العمل أو عندي عمل جديد
selfcheck-work-change-job-stopped = سأتوقف عن العمل
selfcheck-work-change-hours-changed = سأعمل ساعات أكثر أو أقل
selfcheck-work-change-side-jobs = أقوم بأعمال صغيرة أو أرعى أطفالًا مقابل أجر
selfcheck-work-change-self-employed = أعمل لحسابي الخاص، مثلًا كـ zzp'er
selfcheck-work-change-internship = سأبدأ تدريبًا عمليًا (stage)
selfcheck-work-change-volunteering = سأبدأ عملًا تطوعيًا
selfcheck-work-change-informal-care = أرعى شخصًا من عائلتي أو من محيطي (mantelzorg)
selfcheck-work-change-benefit = أحصل على معاش أو WW أو ZW أو WIA، أو يتغير هذا المبلغ
selfcheck-work-change-aow = سأحصل قريبًا على معاش التقاعد AOW
selfcheck-work-change-alimony = أحصل على نفقة (alimentatie)، أو يتغير مبلغها
selfcheck-work-change-household-income = شخص في بيتي يحصل على دخل، حتى لو كان طفلًا
selfcheck-work-change-tax-refund = أحصل على مال مُعاد من مصلحة الضرائب (Belastingdienst)
selfcheck-work-change-deposit = دخل مال إلى حسابي ويجب أن أستطيع أن أشرح من أين جاء
selfcheck-care-paid = هل تحصل على مال مقابل هذه الرعاية؟
selfcheck-care-paid-hint = مثلًا مال من ميزانية شخصية للرعاية (pgb).
selfcheck-work-date = متى يبدأ هذا أو يتغير؟
selfcheck-household-date = متى حدث هذا، أو متى سيحدث؟
selfcheck-money-date = متى حصلت على هذا، أو اشتريته، أو بعته؟
selfcheck-windfall-date = متى حصلت على هذا، أو متى سمعت به؟
selfcheck-institution-date = في أي يوم بدأ ذلك، أو سيبدأ؟
selfcheck-education-date = متى تبدأ الدراسة أو تتوقف؟

# Household and housing
selfcheck-household-change = ما الذي يتغير في أسرتك أو في بيتك؟
selfcheck-household-change-moves-in = شخص سيأتي ليسكن معي
selfcheck-household-change-moves-out = شخص سيترك بيتي
selfcheck-household-change-relationship = سأسكن مع شريك، أو أتزوج، أو أنفصل
selfcheck-household-change-birth = سيولد طفل
selfcheck-household-change-death = توفي شخص في بيتي
selfcheck-household-change-turns-age = طفلي أو شخص يسكن معي سيبلغ 18 أو 21 أو 27 سنة
selfcheck-household-change-moving-house = سأنتقل إلى سكن آخر داخل البلدية نفسها
selfcheck-household-change-rent-change = يتغير الإيجار أو قرض السكن (hypotheek)
selfcheck-household-change-lodger = أؤجر غرفة أو جزءًا من بيتي
selfcheck-household-change-care-household = سأسكن عند شخص لأن أحدنا يحتاج إلى رعاية
selfcheck-moves-in-who = من سيأتي ليسكن معك؟
selfcheck-moves-in-who-partner = شريكي أو شريكتي
selfcheck-moves-in-who-child = طفلي
selfcheck-moves-in-who-other = شخص آخر، مثلًا صديق أو قريب
selfcheck-moves-in-ages = كم عمر الأشخاص الذين سيأتون ليسكنوا معك؟
selfcheck-moves-in-ages-hint = اكتب عمر كل شخص. الشخص الذي عمره 27 سنة أو أكثر يتقاسم معك غالبًا مصاريف السكن. أبلغنا أيضًا عن الأشخاص الأصغر سنًا.
selfcheck-relationship-change = ما الذي سيتغير؟
selfcheck-relationship-change-living-together = سأسكن مع شريك
selfcheck-relationship-change-marriage = سأتزوج أو أسجل شراكة (geregistreerd partnerschap)
selfcheck-relationship-change-separation = سأنفصل أو أطلّق
selfcheck-turns-who = من سيبلغ 18 أو 21 أو 27 سنة؟
selfcheck-turns-who-child = طفلي
selfcheck-turns-who-housemate = شخص آخر يسكن معي
selfcheck-turns-birth-months = في أي شهر وفي أي سنة وُلد هذا الشخص؟
selfcheck-turns-birth-months-hint = اكتب الشهر والسنة فقط، مثلًا 05-2008 لشهر مايو 2008. هل الأمر يخص أكثر من شخص؟ إذن اكتب الشهر والسنة لكل واحد منهم.

# Money and possessions
selfcheck-money-change = ما الذي تغير في مالك أو ممتلكاتك؟
selfcheck-money-change-vehicle = حصلت على سيارة، أو دراجة نارية، أو كرفان، أو مركبة أخرى لها لوحة أرقام، أو اشتريتها
selfcheck-money-change-vehicle-use = أستخدم كثيرًا سيارة شخص آخر
selfcheck-money-change-savings = عندي مدخرات أو أسهم أو عملات رقمية (crypto) أكثر
selfcheck-money-change-property = حصلت على بيت أو أرض أو اشتريتهما، حتى في الخارج
selfcheck-money-change-valuables = حصلت على مجوهرات أو أشياء غالية أخرى، أو اشتريتها
selfcheck-money-change-sold = بعت شيئًا له قيمة

# Gifts
selfcheck-gift-kind = ما نوع المساعدة أو المال الذي تحصل عليه من الآخرين؟
selfcheck-gift-kind-regular = أحصل كل شهر على مال من شخص ما
selfcheck-gift-kind-once = حصلت على مال مرة واحدة، أو بضع مرات
selfcheck-gift-kind-bills-paid = شخص يدفع عني فواتير، مثل التأمين الصحي
selfcheck-gift-kind-goods = شخص يعطيني أشياء كثيرًا، مثل مشتريات البيت أو ملابس
selfcheck-gift-kind-food-bank = أحصل على طرود من بنك الطعام (voedselbank)
selfcheck-gift-monthly-amount = كم من المال تحصل عليه كل شهر؟
selfcheck-gift-monthly-since = منذ متى تحصل على هذا المال؟
selfcheck-gift-monthly-since-hint = اكتب اليوم الذي حصلت فيه على المال أول مرة.
selfcheck-gift-total = كم من المال حصلت عليه أنت وشريكك معًا في هذه السنة الميلادية؟
selfcheck-gift-total-hint = اجمع كل الهدايا المالية المنفردة في هذه السنة الميلادية، ومنها هدايا شريكك. لا تحسب المال الذي تحصل عليه كل شهر.
selfcheck-gift-date = متى حصلت على آخر هدية؟
selfcheck-bills-paid-since = منذ متى يدفع شخص ما فواتيرك؟

# Inheritance, prizes and compensation
selfcheck-windfall-kind = على ماذا حصلت؟
selfcheck-windfall-kind-inheritance = ميراث، مهما كان حجمه، حتى لو كان سيارة أو أشياء
selfcheck-windfall-kind-prize = جائزة، أو مال من يانصيب أو لعبة قمار
selfcheck-windfall-kind-compensation = تعويض عن ضرر
selfcheck-windfall-kind-pension-buyout = معاشي دُفع لي دفعة واحدة

# Travel and stays elsewhere
selfcheck-travel-kind = إلى أين تذهب؟
selfcheck-travel-kind-abroad = سأسافر إلى الخارج، أو كنت في الخارج
selfcheck-travel-kind-elsewhere = سأنام مدة في مكان آخر في هولندا
selfcheck-travel-kind-emigrate = سأسكن في الخارج
selfcheck-trip-dates = متى تسافر ومتى تعود؟
selfcheck-trip-dates-hint = يوم السفر لا يُحسب. يوم العودة يُحسب.
selfcheck-abroad-earlier-days = كم يومًا كنت في الخارج في السنة الميلادية التي تبدأ فيها هذه الرحلة؟
selfcheck-abroad-earlier-days-hint = احسب فقط الأيام التي كانت قبل هذه الرحلة. مثلًا: هل تبدأ رحلتك في مارس 2027؟ إذن احسب الأيام في سنة 2027 فقط. لا تحسب يوم السفر، واحسب يوم العودة. لم تسافر بعد؟ إذن اكتب 0.
selfcheck-trip-reason = لماذا تسافر؟
selfcheck-trip-reason-holiday = عطلة أو زيارة للعائلة
selfcheck-trip-reason-family-emergency = أحد أفراد العائلة مريض جدًا أو توفي
selfcheck-trip-reason-other = سبب آخر
selfcheck-stay-dates = من متى إلى متى تنام في مكان آخر؟
selfcheck-stay-dates-hint = مثلًا عند العائلة، أو عند صديق، أو في بيت عطلة في هولندا.
selfcheck-emigrate-date = في أي يوم تسافر إلى الخارج، أو سافرت؟

# Detention, hospital and institutions
selfcheck-institution-kind = ماذا يحدث؟
selfcheck-institution-kind-detention = يجب أن أدخل السجن أو أنا محتجز
selfcheck-institution-kind-hospital = سأدخل المستشفى
selfcheck-institution-kind-care-home = سأدخل دار تمريض أو مؤسسة رعاية
selfcheck-institution-kind-rehab = سأدخل مركزًا لعلاج الإدمان
selfcheck-institution-kind-community-service = حصلت على عقوبة عمل للمنفعة العامة (taakstraf)

# Education
selfcheck-education-who = من يبدأ دراسة أو يتوقف عنها؟
selfcheck-education-who-me = أنا
selfcheck-education-who-child = طفلي
selfcheck-education-who-housemate = شخص آخر يسكن معي ويحصل على منحة دراسية (studiefinanciering)
selfcheck-housemate-27-plus = هل عمر هذا الشخص الذي يسكن معك 27 سنة أو أكثر؟

# Bank account and contact details
selfcheck-admin-change = ما الذي يتغير؟
selfcheck-admin-change-bank-account = عندي حساب بنكي جديد
selfcheck-admin-change-phone = عندي رقم هاتف جديد
selfcheck-admin-change-email = عندي بريد إلكتروني جديد
selfcheck-admin-change-carer-access = أرعى شخصًا ويمكنني استخدام حسابه البنكي
selfcheck-admin-change-guardian = سيُعيَّن لي مدير لأموالي (bewindvoerder)

# How to report
selfcheck-how-change-form = استخدم نموذج «أبلغ عن تغيير» في هذا الموقع. أو اتصل بنا على الرقم { $phone }.
selfcheck-how-change-form-or-call = استخدم نموذج «أبلغ عن تغيير». لا تستطيع أن تفعل ذلك بنفسك؟ إذن يمكن لشخص آخر أن يفعله عنك، أو أن يتصل بنا على الرقم { $phone }.
selfcheck-how-monthly-statement = املأ نموذج الدخل كل شهر. افعل ذلك قبل اليوم { $statement-day } من الشهر.
selfcheck-how-travel = استخدم نموذج «أبلغ عن تغيير». اكتب تاريخ سفرك، وتاريخ عودتك، والبلد.
selfcheck-how-ask-us = اتصل بنا على الرقم { $phone } أو راسلنا على { $email }. سننظر معك فيما يجب أن تفعله.

# Why it matters
selfcheck-why-income = الدخل المختلف قد يغير مبلغ إعانة bijstand. إذا أبلغتنا بسرعة، تحصل على المبلغ الصحيح. هل حصلت مع ذلك على مبلغ زائد؟ عندها يكون المبلغ الذي قد تعيده أصغر.
selfcheck-why-work-duties = هذا قد يؤثر على الاتفاقات التي بيننا وبينك بخصوص العمل.
selfcheck-why-assets = ما تملكه يُحسب عند النظر في حقك في إعانة bijstand. إذا أبلغتنا به، نستطيع أن ننظر في ذلك جيدًا.
selfcheck-why-household = من يسكن معك يُحسب في مبلغ إعانة bijstand.
selfcheck-why-partner = مع شريك تحصلان معًا على إعانة bijstand واحدة. عندها يكون المبلغ مختلفًا.
selfcheck-why-cost-sharing = هل يسكن معك شخص عمره 27 سنة أو أكثر؟ إذن تتقاسمان مصاريف السكن. وعندها تحصل غالبًا على إعانة bijstand أقل. هذا يسمى kostendelersnorm (قاعدة تقاسم المصاريف). لا يُحسب الطلاب الذين يمكنهم الحصول على منحة دراسية، ولا طلاب BBL، ولا المستأجرون باتفاق تجاري. دخل الشخص الذي يسكن معك لا يُحسب، بل دخل الشريك فقط.
selfcheck-why-housing = نحتاج إلى عنوانك ومصاريف سكنك لنحسب إعانة bijstand بشكل صحيح.
selfcheck-why-windfall = المال أو الممتلكات التي تحصل عليها تُحسب في إعانة bijstand. هذا ينطبق على كل مبلغ.
selfcheck-why-travel = مع إعانة bijstand يُسمح لك بالبقاء في الخارج { $days-abroad ->
        [zero] { $days-abroad } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days-abroad } أيام
        [many] { $days-abroad } يومًا
       *[other] { $days-abroad } يوم
    } في كل سنة ميلادية. ولا يجوز أن تستمر رحلة واحدة أكثر من { $days-abroad ->
        [zero] { $days-abroad } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days-abroad } أيام
        [many] { $days-abroad } يومًا
       *[other] { $days-abroad } يوم
    } بدون انقطاع. إذا أبلغتنا مسبقًا، تكون متأكدًا من أن إعانة bijstand تستمر.

# Outcomes: work and income
selfcheck-out-job-started-what = { $when ->
        [past] أبلغنا بأنك بدأت العمل. قل لنا عند من، وكم ساعة، وكم تكسب.
       *[future] أبلغنا بأنك ستبدأ العمل. قل لنا عند من، وكم ساعة، وكم تكسب.
    }
selfcheck-out-job-started-documents = عقد العمل، وبعد ذلك قسائم الراتب.
selfcheck-out-monthly-income-what = أبلغنا كل شهر بما تكسبه.
selfcheck-out-monthly-income-documents = قسيمة الراتب أو كشف بما كسبته.
selfcheck-out-job-stopped-what = { $when ->
        [past] أبلغنا بأنك توقفت عن العمل، وفي أي يوم.
       *[future] أبلغنا بأنك ستتوقف عن العمل، وفي أي يوم.
    }
selfcheck-out-job-stopped-documents = الرسالة عن نهاية عملك، وآخر قسيمة راتب.
selfcheck-out-hours-changed-what = أبلغنا كم ساعة ستعمل، ومن أي يوم.
selfcheck-out-hours-changed-documents = العقد الجديد أو رسالة من صاحب العمل.
selfcheck-out-side-jobs-what = أبلغنا بالأعمال الصغيرة التي تقوم بها، ولمن، وماذا تحصل مقابلها.
selfcheck-out-side-jobs-documents = كشف بالأعمال الصغيرة وبما حصلت عليه.
selfcheck-out-self-employed-what = أبلغنا بأنك تعمل لحسابك الخاص. قل لنا من هم زبائنك، وكم تكسب.
selfcheck-out-self-employed-documents = تسجيلك في غرفة التجارة (Kamer van Koophandel) وفواتيرك.
selfcheck-out-internship-what = أبلغنا بأنك ستقوم بتدريب عملي (stage)، وأين، وكم ساعة.
selfcheck-out-internship-documents = اتفاقية التدريب العملي.
selfcheck-out-volunteering-what = أبلغنا بأنك ستقوم بعمل تطوعي، وأين، وكم ساعة.
selfcheck-out-volunteering-documents = هل تحصل على تعويض؟ إذن أرسل معه الاتفاقات الخاصة به.
selfcheck-out-informal-care-reason = هل تعتني بشخص دون أن تحصل على أجر؟ هذه رعاية غير مدفوعة (mantelzorg). لا تحتاج إلى الإبلاغ عنها كعمل. هل تأخذ الرعاية وقتًا كثيرًا ولا تناسب اتفاقات العمل معك؟ عندها تحدث عن ذلك مع مستشارك (consulent). شكرًا لأنك تعتني بشخص.
selfcheck-out-paid-care-what = أبلغنا بأنك تحصل على مال مقابل الرعاية التي تقدمها، وكم تحصل.
selfcheck-out-paid-care-documents = العقد أو الاتفاقات الخاصة بـ pgb.
selfcheck-out-benefit-what = أبلغنا بالإعانة أو المعاش الذي تحصل عليه، وكم تحصل.
selfcheck-out-benefit-documents = الرسالة من UWV أو من صندوق معاشك.
selfcheck-out-aow-what = أبلغنا متى يبدأ معاش التقاعد AOW.
selfcheck-out-aow-documents = الرسالة من SVB عن معاش AOW.
selfcheck-out-aow-why = عندما يبدأ معاش AOW، تتوقف إعانة bijstand. هل معاش AOW أقل من مبلغ bijstand، مثلًا لأنك لم تسكن دائمًا في هولندا؟ عندها يمكنك أن تطلب من SVB مبلغًا إضافيًا. اسمه AIO. أبلغنا عن معاش AOW في الوقت المحدد. عندها تعيد لاحقًا أقل مبلغ ممكن.
selfcheck-out-alimony-what = أبلغنا كم تحصل من النفقة (alimentatie)، ومنذ متى.
selfcheck-out-alimony-documents = حكم القاضي أو الاتفاقات الخاصة بالنفقة.
selfcheck-out-household-income-what = أبلغنا من في بيتك يحصل على دخل، وكم.
selfcheck-out-household-income-documents = قسيمة الراتب أو الرسالة عن إعانة هذا الشخص.
selfcheck-out-household-income-why = دخل الشريك يُحسب في إعانة bijstand. دخل الطفل أو شريك السكن لا يُحسب في الغالب. أبلغنا به مع ذلك. نحن ننظر هل يُحسب أم لا.
selfcheck-out-tax-refund-what = أبلغنا كم من المال تستعيده من مصلحة الضرائب (Belastingdienst).
selfcheck-out-tax-refund-documents = الرسالة من مصلحة الضرائب (Belastingdienst).
selfcheck-out-deposit-what = أبلغنا بالمبلغ الذي دخل إلى حسابك، وممن جاء.
selfcheck-out-deposit-documents = كشف حسابك البنكي، وإذا كان عندك، إثبات من أين جاء المال.
selfcheck-out-deposit-why = المال الذي تحصل عليه قد يُحسب في إعانة bijstand. أبلغنا به. نحن ننظر هل يُحسب أم لا.

# Outcomes: household and housing
selfcheck-out-partner-moves-in-what = أبلغنا بأن شريكك سيأتي ليسكن معك، وفي أي يوم.
selfcheck-out-moves-in-documents = اسم وتاريخ ميلاد كل شخص سيأتي ليسكن معك.
selfcheck-out-moves-in-27-plus-what = أبلغنا من سيأتي ليسكن معك، وفي أي يوم. { $aged-count ->
        [zero] لن يأتي أي شخص عمره 27 سنة أو أكثر ليسكن معك
        [one] سيأتي شخص واحد عمره 27 سنة أو أكثر ليسكن معك
        [two] سيأتي شخصان عمرهما 27 سنة أو أكثر ليسكنا معك
        [few] سيأتي { $aged-count } أشخاص عمرهم 27 سنة أو أكثر ليسكنوا معك
        [many] سيأتي { $aged-count } شخصًا عمرهم 27 سنة أو أكثر ليسكنوا معك
       *[other] سيأتي { $aged-count } شخص عمرهم 27 سنة أو أكثر ليسكنوا معك
    }.
selfcheck-out-moves-in-under-27-what = أبلغنا من سيأتي ليسكن معك، وفي أي يوم. يجب ذلك أيضًا إذا كان عمر الشخص أقل من 27 سنة.
selfcheck-out-moves-out-what = أبلغنا من سيترك بيتك، وفي أي يوم.
selfcheck-out-moves-out-documents = العنوان الجديد للشخص الذي يترك البيت، إذا كنت تعرفه.
selfcheck-out-living-together-what = أبلغنا بأنك ستسكن مع شريك أو ستتزوج، ومن أي يوم.
selfcheck-out-living-together-documents = اسم وتاريخ ميلاد شريكك، ومعلومات عن دخله.
selfcheck-out-separation-what = أبلغنا بأنك ستنفصل، ومن أي يوم.
selfcheck-out-separation-documents = إذا كانت عندك: أوراق عن الطلاق أو عن النفقة.
selfcheck-out-birth-what = أبلغنا بأن طفلك قد وُلد.
selfcheck-out-death-what = أبلغنا من توفي، وفي أي يوم. نقدم لك تعازينا.
selfcheck-out-child-turns-age-what = سيبلغ طفلك { $turns-age } سنة في { $turns-month }. أبلغنا بذلك.
selfcheck-out-child-turns-age-documents = معلومات عن مدرسة طفلك أو عمله أو دخله.
selfcheck-out-child-turns-age-why = عند عمر 18 و21 و27 سنة يتغير شيء في إعانة bijstand. من عمر 27 سنة يتقاسم طفلك معك غالبًا مصاريف السكن. هذا لا ينطبق إذا كان طفلك يستطيع الحصول على منحة دراسية أو يتابع تعليم BBL.
selfcheck-out-turns-later-reason = لا تحتاج الآن إلى الإبلاغ عن أي شيء. في { $turns-month } سيبلغ طفلك أو الشخص الذي يسكن معك { $turns-age } سنة. أبلغنا عندها.
selfcheck-out-housemate-turns-27-what = سيبلغ الشخص الذي يسكن معك 27 سنة في { $turns-month }. أبلغنا بذلك. من عمر 27 سنة يتقاسم معك غالبًا مصاريف السكن.
selfcheck-out-turns-age-unclear-reason = لا نستطيع أن نعرف من أجوبتك ما يجب أن تبلغ عنه. يسعدنا أن نساعدك.
selfcheck-out-moving-house-what = { $when ->
        [past] أبلغنا بعنوانك الجديد، وباليوم الذي انتقلت فيه.
       *[future] أبلغنا بعنوانك الجديد، وباليوم الذي تنتقل فيه.
    }
selfcheck-out-rent-documents = عقد الإيجار أو الرسالة عن الإيجار الجديد أو قرض السكن (hypotheek) الجديد.
selfcheck-out-rent-change-what = أبلغنا كم سيصبح الإيجار أو قرض السكن (hypotheek)، ومن متى.
selfcheck-out-lodger-what = أبلغنا بأنك تؤجر غرفة، ولمن، وبكم.
selfcheck-out-lodger-documents = عقد الإيجار مع مستأجر الغرفة.
selfcheck-out-care-household-what = { $when ->
        [past] أبلغنا بأنكم بدأتم السكن معًا لأن أحدكم يحتاج إلى رعاية. قل لنا مع من، وفي أي عنوان، ومن أي يوم.
       *[future] أبلغنا بأنكم ستسكنون معًا لأن أحدكم يحتاج إلى رعاية. قل لنا مع من، وفي أي عنوان، ومن أي يوم.
    }
selfcheck-out-care-household-documents = اسم وتاريخ ميلاد الشخص الذي ستسكن عنده، أو الذي سيأتي للسكن عندك.
selfcheck-out-care-household-why = عنوانك ومن يسكن معك يُحسبان في إعانة bijstand. منذ 2026 لم يعد السكن معًا من أجل الرعاية يعني تلقائيًا أنكم أسرة واحدة. ننظر معك ماذا يعني ذلك بالنسبة إليك.

# Outcomes: money and possessions
selfcheck-out-vehicle-what = أبلغنا بالمركبة التي حصلت عليها أو اشتريتها، وكم قيمتها.
selfcheck-out-vehicle-documents = وثيقة تسجيل المركبة (kentekenbewijs)، وإذا كان عندك، عقد الشراء.
selfcheck-out-vehicle-use-what = أبلغنا لمن السيارة التي تستخدمها كثيرًا، وكم مرة تستخدمها.
selfcheck-out-savings-what = أبلغنا كم عندك من مدخرات أو أسهم أو عملات رقمية (crypto).
selfcheck-out-savings-documents = كشف حديث من البنك أو من حساب الاستثمار.
selfcheck-out-property-what = أبلغنا بالبيت أو الأرض التي عندك، وأين هي، وكم قيمتها.
selfcheck-out-property-documents = أوراق كاتب العدل (notaris) أو تقييم للقيمة.
selfcheck-out-valuables-what = أبلغنا بما حصلت عليه أو اشتريته، وكم قيمته تقريبًا.
selfcheck-out-sold-what = أبلغنا بما بعته، وبكم.
selfcheck-out-sold-documents = إثبات البيع، مثل كشف حساب بنكي.

# Outcomes: gifts
selfcheck-out-gifts-over-limit-what = هداياك في سنة { $gift-year } تزيد على { $gift-limit }. { $when ->
        [past] حدث ذلك في { $passes-on }. أبلغنا بهداياك الآن.
       *[future] يحدث ذلك في { $passes-on }. أبلغنا بهداياك في ذلك الوقت.
    }
selfcheck-out-gifts-next-year-what = هل تستمر هذه الهدية في سنة { $next-year }؟ عندها تزيد هداياك على { $gift-limit } في { $next-passes-on }. أبلغنا بهداياك في ذلك الوقت. أجب عن هذه الأسئلة مرة أخرى في يناير { $next-year }.
selfcheck-out-gifts-documents = كشف بالهدايا: ممن، وكم، ومتى.
selfcheck-out-gifts-why = الهدايا المالية حتى { $gift-limit } في السنة الميلادية لا تُحسب في إعانة bijstand. هذا المبلغ لك ولشريكك معًا. يُسمح لك أن تحصل على أكثر. لكن ما يزيد على ذلك قد يُحسب. ننظر في ذلك معك.
selfcheck-out-gifts-at-limit-reason = لا تحتاج إلى الإبلاغ عن أي شيء. مجموع هداياك في سنة { $gift-year } هو { $gift-total }. هذا هو الحد { $gift-limit } تمامًا. هل تحصل على المزيد في سنة { $gift-year }؟ عندها تحقق مرة أخرى.
selfcheck-out-gifts-under-limit-reason = لا تحتاج إلى الإبلاغ عن أي شيء. مجموع هداياك في سنة { $gift-year } هو { $gift-total }. هذا أقل من { $gift-limit }. هل تحصل على المزيد في سنة { $gift-year }؟ عندها تحقق مرة أخرى.
selfcheck-out-bills-paid-what = أبلغنا من يدفع عنك أي فواتير، وكم في الشهر.
selfcheck-out-bills-paid-documents = كشف بالفواتير التي يدفعها شخص عنك.
selfcheck-out-bills-paid-why = هل يدفع شخص فواتيرك، مثلًا أحد والديك يدفع تأمينك الصحي؟ عندها قد يُحسب ذلك في إعانة bijstand. نحن ننظر هل يُحسب أم لا.
selfcheck-out-goods-reason = المشتريات الغذائية والأغراض لا تدخل في حد { $gift-limit } للهدايا. هذا الحد للمال فقط. هل تحصل كثيرًا على مشتريات أو أغراض من شخص؟ عندها اسألنا هل يجب أن تبلغنا بذلك. طرود بنك الطعام لا تُحسب أبدًا.
selfcheck-out-food-bank-reason = لا تحتاج إلى الإبلاغ عن أي شيء. طرود بنك الطعام (voedselbank) لا تُحسب أبدًا في إعانة bijstand.

# Outcomes: inheritance, prizes and compensation
selfcheck-out-inheritance-what = أبلغنا بالميراث، حتى لو كان مبلغًا صغيرًا أو أشياء، مثل سيارة.
selfcheck-out-inheritance-documents = شهادة الإرث (verklaring van erfrecht) أو رسالة من كاتب العدل (notaris). وعند السيارة أيضًا وثيقة تسجيل المركبة (kentekenbewijs).
selfcheck-out-prize-what = أبلغنا بما ربحته، وكم قيمته.
selfcheck-out-prize-documents = إثبات الجائزة، مثل رسالة أو كشف حساب بنكي.
selfcheck-out-compensation-what = أبلغنا كم تحصل من تعويض عن ضرر، ولماذا.
selfcheck-out-compensation-documents = الرسالة عن التعويض.
selfcheck-out-pension-buyout-what = أبلغنا كم من معاشك تحصل عليه دفعة واحدة.
selfcheck-out-pension-buyout-documents = الرسالة من صندوق معاشك.

# Outcomes: travel and stays elsewhere
selfcheck-out-trip-within-limit-what = أبلغنا برحلتك مسبقًا. هذه الرحلة تُحسب { $trip-days ->
        [zero] { $trip-days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $trip-days } أيام
        [many] { $trip-days } يومًا
       *[other] { $trip-days } يوم
    }. في سنة { $trip-year } تكون إذن في الخارج { $days-used ->
        [zero] { $days-used } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days-used } أيام
        [many] { $days-used } يومًا
       *[other] { $days-used } يوم
    }. يبقى لك في سنة { $trip-year } { $days-left ->
        [zero] { $days-left } يوم
        [one] يوم واحد
        [two] يومان
        [few] { $days-left } أيام
        [many] { $days-left } يومًا
       *[other] { $days-left } يوم
    }.
selfcheck-out-trip-reaches-limit-what = أبلغنا برحلتك مسبقًا. مع هذه الرحلة تصل تمامًا إلى الحد الأقصى وهو { $days-abroad ->
        [zero] { $days-abroad } يوم
        [one] يوم واحد
        [two] يومان
        [few] { $days-abroad } أيام
        [many] { $days-abroad } يومًا
       *[other] { $days-abroad } يوم
    }. هذه الرحلة تُحسب { $trip-days ->
        [zero] { $trip-days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $trip-days } أيام
        [many] { $trip-days } يومًا
       *[other] { $trip-days } يوم
    }. في سنة { $trip-year } تكون في الخارج { $days-used ->
        [zero] { $days-used } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days-used } أيام
        [many] { $days-used } يومًا
       *[other] { $days-used } يوم
    }. هل تريد السفر مرة أخرى في نفس السنة الميلادية؟ اتصل بنا أولًا.
selfcheck-out-trip-over-limit-what = انتبه: مع هذه الرحلة تبقى في الخارج مدة أطول من المسموح. يُسمح لك بالغياب { $days-abroad ->
        [zero] { $days-abroad } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days-abroad } أيام
        [many] { $days-abroad } يومًا
       *[other] { $days-abroad } يوم
    } في كل سنة ميلادية، وليس أكثر من { $days-abroad ->
        [zero] { $days-abroad } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days-abroad } أيام
        [many] { $days-abroad } يومًا
       *[other] { $days-abroad } يوم
    } بدون انقطاع. هذه الرحلة تُحسب { $trip-days ->
        [zero] { $trip-days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $trip-days } أيام
        [many] { $trip-days } يومًا
       *[other] { $trip-days } يوم
    }. في سنة { $trip-year } تكون غائبًا { $days-used ->
        [zero] { $days-used } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days-used } أيام
        [many] { $days-used } يومًا
       *[other] { $days-used } يوم
    }. أنت غائب { $days-over ->
        [zero] { $days-over } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days-over } أيام
        [many] { $days-over } يومًا
       *[other] { $days-over } يوم
    } أكثر من المسموح. أبلغنا برحلتك مسبقًا.
selfcheck-out-trip-over-limit-why = عن الأيام الزائدة على الحد لا تحصل على إعانة bijstand. أحيانًا تتوقف الإعانة كلها. عندها يجب أن تطلب إعانة bijstand من جديد بعد عودتك. ربما يمكنك أن تجعل الرحلة أقصر. اتصل بنا إذا لم يكن ذلك ممكنًا.
selfcheck-out-trip-documents = احتفظ بتذاكرك وحجوزاتك مدة 3 أشهر بعد عودتك. قد نطلبها منك.
selfcheck-out-trip-hardship-reason = هل تسافر لأن أحد أفراد عائلتك مريض جدًا أو توفي؟ الاستثناء ممكن فقط لأسباب عاجلة جدًا. وهذا نادر جدًا. اتصل بنا قبل سفرك.
selfcheck-out-stay-elsewhere-what = أبلغنا أين تقيم وكم من الوقت. افعل ذلك قبل أن تذهب.
selfcheck-out-stay-elsewhere-why = يجب أن نعرف أين تسكن وأين تنام. هذا جزء من حقك في إعانة bijstand.
selfcheck-out-short-stay-reason = لا تحتاج إلى الإبلاغ عن أي شيء. الإقامة بضعة أيام عند شخص في مكان آخر مسموحة بدون إبلاغ.
selfcheck-out-emigration-what = { $when ->
        [past] أبلغنا بأنك انتقلت للسكن في الخارج، وفي أي يوم سافرت.
       *[future] أبلغنا بأنك ستنتقل للسكن في الخارج، وفي أي يوم تسافر.
    }
selfcheck-out-emigration-why = تحصل على إعانة bijstand فقط إذا كنت تسكن في هولندا. هل ستسكن في الخارج؟ عندها تتوقف إعانتك في يوم سفرك. هل تبلغنا متأخرًا؟ عندها يجب أن تعيد الإعانة.

# Outcomes: detention, hospital and institutions
selfcheck-out-detention-what = أبلغنا بأنك في السجن أو محتجز، ومن أي يوم.
selfcheck-out-detention-why = من أول يوم تكون فيه محتجزًا لا تحصل على إعانة bijstand. نعرف ذلك أيضًا من Dienst Justitiële Inrichtingen (مصلحة السجون). إذا أبلغت بنفسك، تعيد لاحقًا مبلغًا أقل.
selfcheck-out-institution-stay-what = أبلغنا بأنك ستدخل مؤسسة، وأين، ومن أي يوم.
selfcheck-out-institution-stay-documents = رسالة من المستشفى أو المؤسسة، إذا كانت عندك.
selfcheck-out-institution-stay-why = عندما تقيم في مؤسسة، قد يتغير مبلغ إعانة bijstand.
selfcheck-out-community-service-what = أبلغنا بأن عليك عقوبة عمل للمنفعة العامة (taakstraf)، ومتى تقوم بها.
selfcheck-out-community-service-documents = الرسالة عن عقوبة العمل للمنفعة العامة (taakstraf).

# Outcomes: education
selfcheck-out-education-what = أبلغنا من يبدأ دراسة أو يتوقف عنها، وأي دراسة، ومن متى.
selfcheck-out-education-documents = إثبات التسجيل، وإن وُجدت، رسالة DUO عن تمويل الدراسة أو WTOS.
selfcheck-out-education-why = الدراسة قد تؤثر على إعانة bijstand، أو على إعانة الأطفال (kinderbijslag)، أو على المنحة الدراسية (studiefinanciering).
selfcheck-out-housemate-student-finance-what = أبلغنا بأن الشخص الذي يسكن معك يحصل على منحة دراسية (studiefinanciering)، أو أنها تتوقف.
selfcheck-out-housemate-under-27-study-reason = لا تحتاج إلى الإبلاغ عن أي شيء. الشخص الذي يسكن معك وعمره أقل من 27 سنة لا يُحسب في kostendelersnorm (قاعدة تقاسم المصاريف). لذلك دراسته لا تغير شيئًا في إعانة bijstand.

# Outcomes: bank account and contact details
selfcheck-out-bank-account-what = أبلغنا برقم حسابك الجديد (IBAN).
selfcheck-out-bank-account-documents = كشف حساب بنكي أو صورة شاشة يظهر فيها اسمك ورقم حسابك.
selfcheck-out-bank-account-why = هكذا تصل إعانة bijstand إلى الحساب الصحيح.
selfcheck-out-contact-details-what = أبلغنا برقم هاتفك الجديد أو بريدك الإلكتروني الجديد.
selfcheck-out-contact-details-why = هكذا نستطيع أن نتصل بك عند الحاجة.
selfcheck-out-carer-access-what = أبلغنا من الشخص الذي ترعاه، وأنك تستطيع استخدام حسابه البنكي.
selfcheck-out-guardian-what = أبلغنا من هو مدير أموالك (bewindvoerder)، ومن متى.
selfcheck-out-guardian-documents = حكم القاضي عن إدارة أموالك (bewind).
selfcheck-out-guardian-why = هكذا نعرف مع من نتواصل بخصوص أموالك.

# Outcomes: when the rules cannot decide
selfcheck-out-other-reason = ليس كل شيء يناسب هذه الأسئلة. هل أنت غير متأكد إن كان يجب أن تبلغ عن شيء؟ لا تتردد في سؤالنا.
selfcheck-out-not-sure-reason = لا يظهر من أجوبتك إن كان يجب أن تبلغ عن شيء. يسعدنا أن نساعدك.

# Issue 12 (self-check gaps): "nothing changed", "none of these", new situations,
# the asset limit and debt help. One block, apart from the law corrections.
selfcheck-life-areas-nothing = لم يتغير شيء
selfcheck-none-of-these = لا شيء من هذه: إنه شيء آخر
selfcheck-work-change-selling-online = أبيع أشياء كثيرًا، مثلًا على الإنترنت عبر Marktplaats أو Vinted
selfcheck-work-change-partner-aow = سيحصل شريكي قريبًا على معاش التقاعد AOW
selfcheck-household-change-partner-stays = شريكي أو صديقي ينام عندي كثيرًا، أو يسكن في عنوانين
selfcheck-household-change-guest = شخص يقيم عندي ضيفًا لفترة
selfcheck-household-change-pregnancy = أنا حامل، أو شريكتي حامل
selfcheck-household-change-moving-away = سأنتقل إلى بلدية أخرى
selfcheck-guest-partner = هل لديك علاقة مع هذا الشخص؟
selfcheck-guest-partner-hint = مثلًا صديقك أو صديقتك. عندها تسري قواعد أخرى غير قواعد زيارة العائلة.
selfcheck-guest-own-home = هل لهذا الشخص بيت خاص به، وهل سيعود إليه؟
selfcheck-guest-own-home-hint = الضيف هو شخص ينام عندك لفترة، مثلًا أحد أفراد العائلة في زيارة.
selfcheck-guest-stay = كم من الوقت وكم مرة يبيت هذا الشخص عندك؟
selfcheck-guest-stay-hint = احسب كل الليالي، حتى إذا عاد ضيفك إلى بيته بينها.
selfcheck-guest-stay-once-short = مرة واحدة، أقل من شهر
selfcheck-guest-stay-once-long = مرة واحدة، شهر أو أكثر
selfcheck-guest-stay-often = أكثر من مرة: ليلة أو أكثر في الأسبوع، أو كل عطلة نهاية أسبوع
selfcheck-money-change-vehicle-sold = بعت سيارة أو دراجة نارية أو مركبة أخرى، أو تخلصت منها
selfcheck-money-change-loan = اقترضت مالًا، أو حصلت على قرض
selfcheck-money-change-debts = عليّ ديون، أو لا أستطيع دفع فواتيري
selfcheck-admin-change-residence-permit = تصريح إقامتي يتغير، أو يُمدَّد، أو ينتهي
selfcheck-out-selling-online-what = أبلغنا بأنك تبيع أشياء كثيرًا. قل لنا ماذا تبيع، وكم مرة، وكم تحصل مقابل ذلك.
selfcheck-out-selling-online-documents = قائمة بما بعته وبكم. مثلًا صور شاشة لإعلاناتك.
selfcheck-out-selling-online-why = هل تبيع أشياء كثيرًا، أو تشتري أشياء لتبيعها من جديد؟ عندها قد يُحسب المال دخلًا. سننظر في ذلك معك.
selfcheck-out-partner-aow-what = { $when ->
        [past] أبلغنا بأن معاش AOW لشريكك قد بدأ، وفي أي يوم.
       *[future] أبلغنا متى يبدأ معاش AOW لشريكك.
    }
selfcheck-out-partner-aow-documents = رسالة مؤسسة SVB عن معاش AOW لشريكك.
selfcheck-out-partner-aow-why = عندما يحصل شريكك على معاش AOW، تتغير إعانة bijstand الخاصة بك. قد تحصل عندها على إعانة لشخص واحد. ويمكن لشريكك أحيانًا أن يحصل على مبلغ إضافي من SVB.
selfcheck-out-partner-stays-what = أبلغنا بمن ينام عندك كثيرًا، وكم ليلة في الأسبوع، وفي أي عنوان هو مسجّل.
selfcheck-out-partner-stays-why = هل تعيشان معًا تقريبًا، حتى لو كان لكما عنوانان؟ عندها قد تكونان أسرة واحدة. وتحصلان عندها على إعانة bijstand واحدة معًا. سننظر في ذلك معك.
selfcheck-out-guest-what = أبلغنا بمن يقيم عندك، ومن أي يوم، وكم من الوقت، وكم ليلة في الأسبوع.
selfcheck-out-guest-why = هل يبيت عندك شخص وقتًا طويلًا أو كثيرًا؟ عندها قد يصبح بيتك عنوانه الحقيقي. وعندها قد تتغير إعانة bijstand. ننظر في ذلك معك.
selfcheck-out-guest-reason = لا تحتاج إلى الإبلاغ عن أي شيء. الضيف الذي له بيت خاص به ويبقى مرة واحدة لوقت قصير لا يسكن عندك. هل يبقى ضيفك مع ذلك شهرًا أو أكثر؟ أو يأتي أكثر من مرة؟ عندها أبلغنا بذلك.
selfcheck-out-pregnancy-reason = لا تحتاج إلى الإبلاغ عن الحمل كما تبلغ عن الولادة. لكن أخبر مستشارك (consulent). عندها نراعي ذلك في اتفاقات العمل. هل وُلد الطفل؟ عندها أبلغنا بالولادة.
selfcheck-out-moving-away-what = { $when ->
        [past] أبلغنا بأنك انتقلت إلى بلدية أخرى. قل لنا عنوانك الجديد ويوم الانتقال.
       *[future] أبلغنا بأنك ستنتقل إلى بلدية أخرى. قل لنا عنوانك الجديد ويوم الانتقال.
    }
selfcheck-out-moving-away-why = تتوقف إعانة bijstand منا عندما تسكن في بلدية أخرى. اطلب الإعانة في بلديتك الجديدة في الوقت المناسب. حتى لا تبقى بلا مال.
selfcheck-out-vehicle-sold-what = أبلغنا بالمركبة التي بعتها أو تخلصت منها، وبما حصلت عليه مقابلها.
selfcheck-out-vehicle-sold-documents = إثبات نقل الملكية (vrijwaringsbewijs) من RDW، وإثبات البيع مثل كشف حساب بنكي.
selfcheck-out-loan-what = أبلغنا بمقدار المال الذي اقترضته، وممن، وكيف ستسدده.
selfcheck-out-loan-documents = الاتفاقات حول القرض، مثل عقد أو رسالة، وكشف حساب بنكي.
selfcheck-out-loan-why = المال المقترض أيضًا قد يُحسب في إعانة bijstand. سننظر في ذلك معك.
selfcheck-why-asset-limit = ما تملكه يُحسب في إعانة bijstand. الحد هو { $asset-limit-single } لشخص واحد. وللزوجين أو للوالد الوحيد هو { $asset-limit-couple }. { $asset-limit-single-from ->
        [undated] {""}
       *[other] هذه المبالغ سارية اعتبارًا من { $asset-limit-single-from }.
    } هل تملك أكثر؟ عندها قد لا تحصل على الإعانة.
selfcheck-out-debts-help-reason = لا تحتاج إلى إبلاغنا بالديون. لكن Geldloket البلدية (مكتب المساعدة في أمور المال) يساعدك مجانًا. كلما طلبت المساعدة أبكر، كان ذلك أفضل. اتصل بالرقم { $debt-help-phone } أو انظر في { $debt-help-website }. هل يسدد شخص آخر ديونك؟ أو تقترض مالًا؟ عندها يجب أن تبلغنا بذلك.
selfcheck-out-residence-permit-what = أبلغنا بما يتغير في تصريح إقامتك. مثلًا تصريح جديد، أو تمديد، أو انتهاء.
selfcheck-out-residence-permit-documents = نسخة من وثيقة إقامتك الجديدة، أو رسالة دائرة الهجرة IND.
selfcheck-out-residence-permit-why = حقك في إعانة bijstand يتعلق بتصريح إقامتك. هكذا تحصل على الإعانة ما دام لك حق فيها.
selfcheck-out-not-listed-reason = ما يتغير عندك ليس في القائمة. ربما يجب أن تبلغ عنه مع ذلك. هل أنت غير متأكد؟ اسألنا. عندها تعرف بالتأكيد.
selfcheck-out-nothing-changed-reason = لا تحتاج إلى الإبلاغ عن شيء الآن. هل يتغير شيء لاحقًا؟ فكّر في العمل أو الدخل، أو شخص يأتي ليسكن معك أو يتركك، أو مال أو هدية، أو سفر إلى الخارج. عندها أبلغنا خلال { $change-deadline-days ->
        [zero] { $change-deadline-days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $change-deadline-days } أيام
        [many] { $change-deadline-days } يومًا
       *[other] { $change-deadline-days } يوم
    }. هل أنت غير متأكد؟ لا تتردد في سؤالنا.
