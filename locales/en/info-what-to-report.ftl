# Page: what must I report, by life area.

info-what-to-report-title = What do I need to report?
info-what-to-report-nav = What do I report?
info-what-to-report-summary = Here you can read per topic which changes you report, when, and with which papers.
info-what-to-report-short-1 = Report every change within { $change-deadline-days } days.
info-what-to-report-short-2 = Report a trip abroad at least { $travel-notice-days } days in advance.
info-what-to-report-short-3 = Send papers with it, such as a payslip or a contract.
info-what-to-report-short-4 = Not sure? Then report it anyway.

# Work and income
info-what-to-report-work-heading = Work and income
info-what-to-report-work-p1 = Report everything that has to do with work and earning money. For example:
info-what-to-report-work-li1 = you start work, stop work, or work more or fewer hours;
info-what-to-report-work-li2 = you do odd jobs, look after children for money, or work as a freelancer (zzp'er);
info-what-to-report-work-li3 = you do an internship or volunteer work;
info-what-to-report-work-li4 = you get alimony, a pension, WW, ZW or WIA;
info-what-to-report-work-li5 = someone in your home gets an income, also a child who lives with you;
info-what-to-report-work-li6 = someone else pays your bills, such as your health insurance.
info-what-to-report-work-p2 = When to report: within { $change-deadline-days } days. Report your income for the month before day { $statement-day } of the month.
info-what-to-report-work-p3 = Send with it: your employment contract and your payslips.

# Household and housing
info-what-to-report-household-heading = Family and housing
info-what-to-report-household-p1 = Report it when something changes in who lives with you. For example:
info-what-to-report-household-li1 = someone comes to live with you or moves out, also a child or a lodger;
info-what-to-report-household-li2 = you start living together, get married or get divorced;
info-what-to-report-household-li3 = a child is born or someone dies;
info-what-to-report-household-li4 = a child turns 18, 21 or 27;
info-what-to-report-household-li5 = you move house, or your rent changes.
info-what-to-report-household-p2 = Does someone aged 21 or older live with you? Then you sometimes get less bijstand. This is called the kostendelersnorm. You then share the costs of the home.
info-what-to-report-household-p3 = When to report: within { $change-deadline-days } days.
info-what-to-report-household-p4 = Send with it: the rental contract or the details of the person who comes to live with you.

# Money and possessions
info-what-to-report-money-heading = Money and possessions
info-what-to-report-money-p1 = Report what you own or what you get extra. For example:
info-what-to-report-money-li1 = savings, shares or crypto;
info-what-to-report-money-li2 = a car, motorbike or caravan;
info-what-to-report-money-li3 = jewellery, a house or land, also abroad;
info-what-to-report-money-li4 = you often drive someone else's car.
info-what-to-report-money-p2 = When to report: within { $change-deadline-days } days.
info-what-to-report-money-p3 = Send with it: a bank statement or the vehicle registration certificate.

# Gifts
info-what-to-report-gifts-heading = Gifts
info-what-to-report-gifts-p1 = Do you get money or things from family or friends? That is a gift. You may get { $gift-limit } in gifts in total per calendar year.
info-what-to-report-gifts-p2 = Do you go over that amount? Then you report it. Add up all the gifts of this year.
info-what-to-report-gifts-p3 = Example: you get money from your brother every month. Each month, add up how much you got this year so far. In the month the total goes over { $gift-limit }, you report it.
info-what-to-report-gifts-p4 = Food bank parcels do not count.
info-what-to-report-gifts-p5 = When to report: in the month you go over the limit.
info-what-to-report-gifts-p6 = Send with it: a bank statement that shows the gift.

# Inheritance, prizes, compensation
info-what-to-report-windfall-heading = Inheritance, prizes and compensation
info-what-to-report-windfall-p1 = You always report these things, however small the amount:
info-what-to-report-windfall-li1 = an inheritance;
info-what-to-report-windfall-li2 = a prize from a lottery or a game;
info-what-to-report-windfall-li3 = compensation for damage or injury;
info-what-to-report-windfall-li4 = a pension that is paid out all at once.
info-what-to-report-windfall-p2 = When to report: within { $change-deadline-days } days.
info-what-to-report-windfall-p3 = Send with it: the letter from the notary, or the letter about the prize or the compensation.

# Travel and stays elsewhere
info-what-to-report-travel-heading = Travel and staying somewhere else
info-what-to-report-travel-p1 = With bijstand you may go abroad for { $days-abroad } days per calendar year. Weekends count too.
info-what-to-report-travel-p2 = The day you leave does not count. The day you come back does count.
info-what-to-report-travel-p3 = Do you stay longer? Then you get no bijstand for those days.
info-what-to-report-travel-p4 = Are you staying somewhere else in the Netherlands for a few days? Report that too.
info-what-to-report-travel-p5 = When to report: at least { $travel-notice-days } days before you leave.
info-what-to-report-travel-p6 = Send with it: your tickets. Keep them for three more months after the trip.

# Detention, hospital and care institutions
info-what-to-report-stay-heading = Prison, hospital and care institution
info-what-to-report-stay-p1 = Report it when you stay somewhere else. For example:
info-what-to-report-stay-li1 = you are in prison or in custody;
info-what-to-report-stay-li2 = you are in hospital;
info-what-to-report-stay-li3 = you live in a nursing home or a clinic;
info-what-to-report-stay-li4 = you get a community service order (taakstraf).
info-what-to-report-stay-p2 = In prison you get no bijstand, from the first day.
info-what-to-report-stay-p3 = When to report: within { $change-deadline-days } days.
info-what-to-report-stay-p4 = Send with it: a letter from the hospital, the institution or the court.

# Education
info-what-to-report-education-heading = School and studies
info-what-to-report-education-p1 = Report it when you or your child starts or stops a course of study. Does someone in your home aged 21 or older get student finance? Report that too.
info-what-to-report-education-p2 = When to report: within { $change-deadline-days } days.
info-what-to-report-education-p3 = Send with it: the proof of enrolment from the school.

# Bank account and contact details
info-what-to-report-details-heading = Bank account and contact details
info-what-to-report-details-p1 = Report it when these details change:
info-what-to-report-details-li1 = your bank account number;
info-what-to-report-details-li2 = your phone number or email address;
info-what-to-report-details-li3 = you get access to someone else's bank account, for example as an informal carer (mantelzorger);
info-what-to-report-details-li4 = you get a financial administrator (bewindvoerder).
info-what-to-report-details-p2 = When to report: within { $change-deadline-days } days.
info-what-to-report-details-p3 = Send with it: for a new account, a bank card or bank statement with your name.
