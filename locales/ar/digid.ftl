# Signing in with DigiD: the button, the sign-out button, the messages after coming
# back from DigiD, and the pages when signing in did not work.

digid-sign-in-button = تسجيل الدخول باستخدام DigiD
digid-sign-out-button = تسجيل الخروج

digid-notice-cancelled = لقد أوقفت تسجيل الدخول باستخدام DigiD. لم يتغير شيء. يمكنك المحاولة مرة أخرى.
digid-notice-failed = لم ينجح تسجيل الدخول باستخدام DigiD. لم يتغير شيء. حاول مرة أخرى لاحقًا.
digid-notice-signed-out = لقد سجلت الخروج.

digid-unavailable-title = DigiD لا يعمل الآن
digid-unavailable-text = لا نستطيع الاتصال بـ DigiD الآن. لم يتغير شيء. حاول مرة أخرى بعد بضع دقائق.
digid-failed-title = لم ينجح تسجيل الدخول باستخدام DigiD
digid-failed-text = لم نستطع التحقق من تسجيل دخولك. ربما استغرق وقتًا طويلًا، أو استخدمت رابطًا قديمًا. لم يتغير شيء. ارجع وسجّل الدخول مرة أخرى.
digid-level-title = عليك تسجيل الدخول بطريقة أخرى
digid-level-text = لهذه الخدمة لا تكفي كلمة المرور وحدها. سجّل الدخول بتطبيق DigiD. لم يتغير شيء.
digid-no-bsn-title = لم نحصل على رقم المواطن (BSN)
digid-no-bsn-text = لم يعطنا DigiD رقم مواطن (BSN) صحيحًا. بدون هذا الرقم لا يمكنك تسجيل الدخول هنا. لم يتغير شيء.
