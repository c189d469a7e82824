# The glossary page (/<lang>/glossary): difficult words explained. The self-check
# links a word to its explanation; the Dutch word (AOW, taakstraf, …) is what it
# looks for in every language, and also the term as this file writes it.

glossary-title = قائمة المصطلحات
glossary-intro = هنا تقرأ معنى الكلمات الصعبة. تجد هذه الكلمات على هذا الموقع وفي الرسائل عن إعانة bijstand الخاصة بك.
glossary-summary = معنى الكلمات الصعبة عن إعانة bijstand، بلغة بسيطة.
glossary-list-heading = الكلمات من A إلى Z
glossary-ask-us = هل هناك كلمة غير موجودة؟ أو هل هناك شيء لا تفهمه؟ اتصل بنا على الرقم { $phone }.
glossary-see = شرح الكلمات الصعبة:

glossary-aow-term = AOW
glossary-aow-definition = AOW هو معاش التقاعد من الدولة. تحصل عليه ابتداءً من سن AOW. مؤسسة SVB هي التي تدفعه.
glossary-bbl-term = BBL
glossary-bbl-definition = BBL هو طريق للتعلم المهني (beroepsbegeleidende leerweg). تعمل في شركة وتذهب إلى المدرسة يومًا أو يومين في الأسبوع.
glossary-bewindvoerder-term = bewindvoerder
glossary-bewindvoerder-definition = الـ bewindvoerder هو شخص يدير أموالك عندما لا تستطيع أن تفعل ذلك جيدًا بنفسك. المحكمة هي التي تختاره.
glossary-duo-term = DUO
glossary-duo-definition = DUO جهة حكومية. تدفع DUO المنحة الدراسية للطلاب.
glossary-huis-van-bewaring-term = huis van bewaring
glossary-huis-van-bewaring-definition = الـ huis van bewaring (مركز الاحتجاز) هو سجن للناس الذين ما زالوا ينتظرون محاكمتهم.
glossary-ind-term = IND
glossary-ind-definition = الـ IND هي دائرة الهجرة والتجنيس. تقرر الـ IND في تصاريح الإقامة.
glossary-kalenderjaar-term = السنة الميلادية
glossary-kalenderjaar-definition = السنة الميلادية (kalenderjaar) تبدأ في 1 يناير وتنتهي في 31 ديسمبر.
glossary-openbaar-ministerie-term = Openbaar Ministerie
glossary-openbaar-ministerie-definition = الـ Openbaar Ministerie (النيابة العامة) يقرر هل يجب أن يذهب شخص إلى المحكمة بسبب جريمة. المدعي العام يعمل هناك.
glossary-pgb-term = pgb
glossary-pgb-definition = pgb تعني ميزانية شخصية للرعاية. بهذا المال يشتري الشخص الرعاية بنفسه، مثلًا من أحد أفراد العائلة.
glossary-rdw-term = RDW
glossary-rdw-definition = تسجّل RDW من يملك سيارة أو دراجة نارية أو مركبة أخرى لها لوحة أرقام.
glossary-taakstraf-term = taakstraf
glossary-taakstraf-definition = الـ taakstraf عقوبة عمل للمنفعة العامة من المحكمة أو من النيابة العامة. تقوم فيها بعمل بلا أجر، أو تحضر دورة.
glossary-taxatie-term = تقييم للقيمة
glossary-taxatie-definition = تقييم للقيمة (taxatie) هو تقدير لقيمة بيت أو شيء آخر. يقوم به مقيّم ويكتبه.
glossary-uwv-term = UWV
glossary-uwv-definition = تدفع UWV إعانات مثل WW وZW وWIA. وتساعدك UWV أيضًا في إيجاد عمل.
glossary-verklaring-van-erfrecht-term = verklaring van erfrecht
glossary-verklaring-van-erfrecht-definition = الـ verklaring van erfrecht (شهادة الإرث) ورقة من كاتب العدل. مكتوب فيها من هم الورثة.
glossary-vrijwaringsbewijs-term = vrijwaringsbewijs
glossary-vrijwaringsbewijs-definition = تحصل على vrijwaringsbewijs (إثبات نقل الملكية) من RDW عندما تبيع مركبة أو تتخلص منها. وهو يبين أن المركبة لم تعد باسمك.
glossary-wia-term = WIA
glossary-wia-definition = WIA إعانة من UWV. تحصل عليها عندما لا تستطيع العمل، أو تستطيع العمل أقل، بعد سنتين من المرض.
glossary-wtos-term = WTOS
glossary-wtos-definition = الـ WTOS مال من DUO لتلاميذ المدارس الذين عمرهم 18 سنة أو أكثر. يساعد في تكاليف المدرسة.
glossary-ww-term = WW
glossary-ww-definition = WW إعانة من UWV عندما تفقد عملك. WW هو اختصار قانون البطالة.
glossary-zw-term = ZW
glossary-zw-definition = ZW إعانة من UWV عندما تكون مريضًا وليس لك صاحب عمل. ZW هو اختصار قانون المرض.
glossary-zzp-term = zzp
glossary-zzp-definition = الـ zzp'er شخص يعمل لحسابه الخاص بلا موظفين. تعمل لنفسك ولا يعمل عندك أحد.
