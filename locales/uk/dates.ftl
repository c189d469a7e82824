# Dates in texts, e.g. a deadline. A full date is built from date-full with the
# month as it is written inside a date (date-in-month-N); a month on its own
# ("in March 2026") uses month-N. Languages with cases use the right form for each.

date-full = { $day } { $month } { $year }
date-month-year = { $month } { $year }
date-in-month-1 = січня
date-in-month-2 = лютого
date-in-month-3 = березня
date-in-month-4 = квітня
date-in-month-5 = травня
date-in-month-6 = червня
date-in-month-7 = липня
date-in-month-8 = серпня
date-in-month-9 = вересня
date-in-month-10 = жовтня
date-in-month-11 = листопада
date-in-month-12 = грудня
month-1 = січень
month-2 = лютий
month-3 = березень
month-4 = квітень
month-5 = травень
month-6 = червень
month-7 = липень
month-8 = серпень
month-9 = вересень
month-10 = жовтень
month-11 = листопад
month-12 = грудень
