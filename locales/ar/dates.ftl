# Dates in texts, e.g. a deadline. A full date is built from date-full with the
# month as it is written inside a date (date-in-month-N); a month on its own
# ("in March 2026") uses month-N. Languages with cases use the right form for each.

date-full = { $day } { $month } { $year }
date-month-year = { $month } { $year }
date-in-month-1 = يناير
date-in-month-2 = فبراير
date-in-month-3 = مارس
date-in-month-4 = أبريل
date-in-month-5 = مايو
date-in-month-6 = يونيو
date-in-month-7 = يوليو
date-in-month-8 = أغسطس
date-in-month-9 = سبتمبر
date-in-month-10 = أكتوبر
date-in-month-11 = نوفمبر
date-in-month-12 = ديسمبر
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
