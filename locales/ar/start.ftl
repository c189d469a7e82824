# The start page: what the portal is for, and the three ways in.

start-title = Bijstand (المساعدة الاجتماعية): ما الذي يجب أن أبلغ عنه؟
start-intro = هل تحصل على إعانة bijstand؟ إذن يجب أن تبلغنا بالتغييرات في حياتك. في هذا الموقع تقرأ ما يجب أن تبلغ عنه، ومتى، وكيف.
start-trust = نحن نثق بأنك تريد أن تفعل الصواب. الأخطاء تحدث عادةً دون قصد. لذلك نشرح لك القواعد مسبقًا.
start-ways-heading = بماذا تريد أن تبدأ؟
start-duties-title = افهم واجباتك
start-duties-text = اقرأ بكلمات بسيطة ما يجب أن تفعله عندما تحصل على إعانة bijstand.
start-check-title = تحقق مما يجب أن تبلغ عنه
start-check-text = أجب عن بعض الأسئلة القصيرة. بعد ذلك ترى ما يجب أن تبلغ عنه، وقبل أي تاريخ.
start-report-title = أبلغ عن تغيير
start-report-text = أبلغنا عن التغيير بأمان عبر الإنترنت. ستحصل على إيصال يحمل رقمًا.
start-help-heading = هل أنت غير متأكد؟
start-help-text = أبلغنا على أي حال، أو اتصل بنا على الرقم { $phone }. يسعدنا أن نساعدك.
