# Dates in texts, e.g. a deadline. A full date is built from date-full with the
# month as it is written inside a date (date-in-month-N); a month on its own
# ("in March 2026") uses month-N. Languages with cases use the right form for each.

date-full = { $day } { $month } { $year }
date-month-year = { $month } { $year }
date-in-month-1 = January
date-in-month-2 = February
date-in-month-3 = March
date-in-month-4 = April
date-in-month-5 = May
date-in-month-6 = June
date-in-month-7 = July
date-in-month-8 = August
date-in-month-9 = September
date-in-month-10 = October
date-in-month-11 = November
date-in-month-12 = December
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
