# Texts of the page frame: skip link, header, language switcher, footer.
# Every message may use the municipality settings: { $municipality }, { $phone },
# { $email }, { $address }, { $website }.

language-name = العربية
site-name = Meldwijzer
site-title-suffix = Meldwijzer { $municipality }
site-summary = Meldwijzer من بلدية { $municipality }: ما يجب أن تبلغ عنه عندما تحصل على إعانة bijstand، ومتى، وكيف.
skip-link = انتقل إلى المحتوى مباشرة
language-switcher-label = اختر لغة
footer-contact-heading = بيانات الاتصال
footer-phone = اتصل بنا: { $phone }
footer-email = راسلنا بالبريد الإلكتروني: { $email }
footer-address = زرنا: { $address }
footer-hours-heading = ساعات العمل
footer-about-heading = عن هذا الموقع
footer-accessibility-link = إمكانية الوصول
footer-glossary-link = قائمة المصطلحات: كلمات صعبة
footer-privacy-note = لا يستخدم هذا الموقع ملفات تعريف الارتباط (cookies) لتتبعك. نحن نتذكر فقط اللغة التي تختارها.
footer-operator = خدمة من بلدية { $municipality }
opening-hours-line = { $days }: من { $opens } إلى { $closes }
weekday-range = من { $from } إلى { $to }
weekday-mon = الاثنين
weekday-tue = الثلاثاء
weekday-wed = الأربعاء
weekday-thu = الخميس
weekday-fri = الجمعة
weekday-sat = السبت
weekday-sun = الأحد
