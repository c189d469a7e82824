# Dates in texts, e.g. a deadline. A full date is built from date-full with the
# month as it is written inside a date (date-in-month-N); a month on its own
# ("in March 2026") uses month-N. Languages with cases use the right form for each.

date-full = { $day } { $month } { $year }
date-month-year = { $month } { $year }
date-in-month-1 = januari
date-in-month-2 = februari
date-in-month-3 = maart
date-in-month-4 = april
date-in-month-5 = mei
date-in-month-6 = juni
date-in-month-7 = juli
date-in-month-8 = augustus
date-in-month-9 = september
date-in-month-10 = oktober
date-in-month-11 = november
date-in-month-12 = december
month-1 = januari
month-2 = februari
month-3 = maart
month-4 = april
month-5 = mei
month-6 = juni
month-7 = juli
month-8 = augustus
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
