# Dates in texts, e.g. a deadline. A full date is built from date-full with the
# month as it is written inside a date (date-in-month-N); a month on its own
# ("in March 2026") uses month-N. Languages with cases use the right form for each.

date-full = { $day } { $month } { $year }
date-month-year = { $month } { $year }
date-in-month-1 = Ocak
date-in-month-2 = Şubat
date-in-month-3 = Mart
date-in-month-4 = Nisan
date-in-month-5 = Mayıs
date-in-month-6 = Haziran
date-in-month-7 = Temmuz
date-in-month-8 = Ağustos
date-in-month-9 = Eylül
date-in-month-10 = Ekim
date-in-month-11 = Kasım
date-in-month-12 = Aralık
month-1 = Ocak
month-2 = Şubat
month-3 = Mart
month-4 = Nisan
month-5 = Mayıs
month-6 = Haziran
month-7 = Temmuz
month-8 = Ağustos
month-9 = Eylül
month-10 = Ekim
month-11 = Kasım
month-12 = Aralık
