# Parts that every information page shares.

info-in-short = باختصار
info-on-this-page = في هذه الصفحة
info-next-heading = ماذا يمكنك أن تفعل الآن؟
info-next-check = تحقق مما يجب أن تبلغ عنه
info-next-report = أبلغ عن تغيير
info-next-contact = هل أنت غير متأكد؟ اتصل بنا على { $phone }.
info-more-heading = مزيد من الشرح
info-print = اطبع هذه الصفحة
