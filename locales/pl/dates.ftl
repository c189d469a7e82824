# Dates in texts, e.g. a deadline. A full date is built from date-full with the
# month as it is written inside a date (date-in-month-N); a month on its own
# ("in March 2026") uses month-N. Languages with cases use the right form for each.

date-full = { $day } { $month } { $year }
date-month-year = { $month } { $year }
date-in-month-1 = stycznia
date-in-month-2 = lutego
date-in-month-3 = marca
date-in-month-4 = kwietnia
date-in-month-5 = maja
date-in-month-6 = czerwca
date-in-month-7 = lipca
date-in-month-8 = sierpnia
date-in-month-9 = września
date-in-month-10 = października
date-in-month-11 = listopada
date-in-month-12 = grudnia
month-1 = styczeń
month-2 = luty
month-3 = marzec
month-4 = kwiecień
month-5 = maj
month-6 = czerwiec
month-7 = lipiec
month-8 = sierpień
month-9 = wrzesień
month-10 = październik
month-11 = listopad
month-12 = grudzień
