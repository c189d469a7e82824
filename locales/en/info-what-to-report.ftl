# Page: what must I report, by life area.

info-what-to-report-title = What do I need to report?
info-what-to-report-nav = What do I report?
info-what-to-report-summary = Here you can read per topic which changes you report, when, and with which papers.
info-what-to-report-short-1 = Report every change within { $change-deadline-days ->
        [one] { $change-deadline-days } day
       *[other] { $change-deadline-days } days
    }.
info-what-to-report-short-2 = Report a trip abroad at least { $travel-notice-days ->
        [one] { $travel-notice-days } day
       *[other] { $travel-notice-days } days
    } in advance.
info-what-to-report-short-3 = Send papers with it, such as a payslip or a contract. A photo is also fine.
info-what-to-report-short-4 = Not sure? Then report it anyway.

# Work and income
info-what-to-report-work-heading = Work and income
info-what-to-report-work-p1 = Income is all the money you get. For example, report it when:
info-what-to-report-work-li1 = you start work, stop work, or work more or fewer hours;
info-what-to-report-work-li2 = you do odd jobs, look after children for money, or work as a freelancer (zzp'er), and say who you work for;
info-what-to-report-work-li3 = you do an internship or volunteer work;
info-what-to-report-work-li4 = you get a benefit or a pension, such as WW, ZW or WIA, or you will soon get AOW;
info-what-to-report-work-li5 = someone in your home gets an income, also a child who lives with you;
info-what-to-report-work-li6 = you get alimony or money back from the Belastingdienst (tax authority).
info-what-to-report-work-p4 = Does someone else pay your bills? Or does someone in your home get an income? Report it. We check whether it counts. A partner's income always counts.
info-what-to-report-work-p5 = Do you get AOW? Then your bijstand stops. Is your AOW lower than the bijstand amount? Then the SVB can pay a supplement. It is called AIO.
info-what-to-report-work-p6 = Do you care for someone without pay? That is mantelzorg. You do not report it as work. Does the care not fit your agreements about work? Then discuss it with your consulent.
info-what-to-report-work-p2 = When to report: within { $change-deadline-days ->
        [one] { $change-deadline-days } day
       *[other] { $change-deadline-days } days
    }. Report your income for the month before day { $statement-day } of the month.
info-what-to-report-work-p3 = Send with it: your employment contract and your payslips. A photo of your payslip is also fine.

# Household and housing
info-what-to-report-household-heading = Family and housing
info-what-to-report-household-p1 = Report it when something changes in your family or in your home. For example:
info-what-to-report-household-li1 = someone comes to live with you or moves out, such as a partner, housemate, lodger or child;
info-what-to-report-household-li2 = you start living together, get married, get divorced or split up;
info-what-to-report-household-li3 = a child is born or someone dies;
info-what-to-report-household-li4 = a child turns 18, 21 or 27;
info-what-to-report-household-li5 = you move house, your rent or mortgage changes, or you rent out a room.
info-what-to-report-household-p2 = Does someone aged 27 or older live with you? Then you sometimes get less bijstand. You then share the housing costs. This is called the kostendelersnorm. Students who can get student finance, BBL students and tenants with a business arrangement do not count. A housemate's income usually does not count, a partner's does.
info-what-to-report-household-p5 = Is someone coming to live with you, or is someone leaving? Always report it, also when that person is younger than 27.
info-what-to-report-household-p6 = Are you going to live together because one of you needs care? That is a move and a change in your household. Report it, like other changes. Since 2026 this no longer makes you one household by itself.
info-what-to-report-household-p7 = Is someone with a home of their own staying with you? A short stay once, shorter than a month, does not need to be reported. Does your guest stay a month or longer, or do they come often? Then report it. Does your boyfriend or girlfriend often sleep at your home? Always report that.
info-what-to-report-household-p8 = Are you pregnant? Tell your consulent. It matters for the agreements about work. Has the baby been born? Then report the birth.
info-what-to-report-household-p3 = When to report: within { $change-deadline-days ->
        [one] { $change-deadline-days } day
       *[other] { $change-deadline-days } days
    }.
info-what-to-report-household-p4 = Send with it: your rental contract, or the name and date of birth of the person who comes to live with you.

# Money and possessions
info-what-to-report-money-heading = Money and possessions
info-what-to-report-money-p1 = With bijstand you may only own a limited amount. So report what you own and what you get extra. For example:
info-what-to-report-money-li1 = savings, shares or crypto;
info-what-to-report-money-li2 = a car, motorbike, caravan or other vehicle with a number plate;
info-what-to-report-money-li3 = jewellery, a house or land, in the Netherlands or abroad;
info-what-to-report-money-li4 = you often use someone else's car or motorbike;
info-what-to-report-money-li5 = you borrow money, or someone else pays off your debts.
info-what-to-report-money-p5 = What you own counts for your bijstand. The limit is { $asset-limit-single } for one person. For a couple or a single parent it is { $asset-limit-couple }. These amounts apply from { $asset-limit-single-from }. Do you have more? Then you may not get bijstand.
info-what-to-report-money-p2 = When to report: within { $change-deadline-days ->
        [one] { $change-deadline-days } day
       *[other] { $change-deadline-days } days
    }.
info-what-to-report-money-p3 = Send with it: a bank statement or the vehicle registration certificate. Do you get money in your account, for example from someone else? Report it. We check whether it counts.
info-what-to-report-money-p4 = You do not need to report debts. But you can get free help. Look at the page about help.

# Gifts
info-what-to-report-gifts-heading = Gifts
info-what-to-report-gifts-p1 = Do you get money from family or friends? That is a gift. Gifts of money up to { $gift-limit } per calendar year do not count for your bijstand. That amount is for your whole household: for you and your partner together.
info-what-to-report-gifts-p2 = Do you go over that amount? Then you report it. You may keep the gifts. But what goes above it can count for your bijstand. To know, add up all gifts of money of this calendar year.
info-what-to-report-gifts-p3 = Example: you get money from your brother every month. Each month, add up how much you got this calendar year. Does the total go over { $gift-limit }? Then report it. On 1 January you start again at zero. Does the gift start late in the year? Then check again in January.
info-what-to-report-gifts-p7 = Do you often get groceries or goods from others? They are not under the { $gift-limit }. That limit is for money only. Ask us whether you must report them.
info-what-to-report-gifts-p8 = Does someone else pay your bills, such as your health insurance? Report it. We check whether it counts.
info-what-to-report-gifts-p4 = Food bank parcels never count.
info-what-to-report-gifts-p5 = When to report: within { $change-deadline-days ->
        [one] { $change-deadline-days } day
       *[other] { $change-deadline-days } days
    } after the gift that takes you over the limit.
info-what-to-report-gifts-p6 = Send with it: a bank statement that shows the gift.

# Inheritance, prizes, compensation
info-what-to-report-windfall-heading = Inheritance, prizes and compensation
info-what-to-report-windfall-p1 = You always report these things, however small the amount:
info-what-to-report-windfall-li1 = an inheritance;
info-what-to-report-windfall-li2 = a prize from a lottery, a competition or a gambling game;
info-what-to-report-windfall-li3 = compensation for damage or injury;
info-what-to-report-windfall-li4 = a pension that is paid out to you all at once.
info-what-to-report-windfall-p2 = When to report: within { $change-deadline-days ->
        [one] { $change-deadline-days } day
       *[other] { $change-deadline-days } days
    }.
info-what-to-report-windfall-p3 = Send with it: the letter from the notary, or the letter about the prize or the compensation.

# Travel and stays elsewhere
info-what-to-report-travel-heading = Travel and staying somewhere else
info-what-to-report-travel-p1 = With bijstand you may go abroad for { $days-abroad ->
        [one] { $days-abroad } day
       *[other] { $days-abroad } days
    } per calendar year. Weekends count too. One trip may also not last longer than { $days-abroad ->
        [one] { $days-abroad } day
       *[other] { $days-abroad } days
    } in a row.
info-what-to-report-travel-p2 = The day you leave does not count. The day you come back does count. Are you travelling over New Year? Then count the days per calendar year. And the whole trip may not be longer than { $days-abroad ->
        [one] { $days-abroad } day
       *[other] { $days-abroad } days
    }.
info-what-to-report-travel-p3 = Do you stay away longer? Then you get no bijstand for the extra days. Sometimes your bijstand even stops altogether. Then you must apply for bijstand again. An exception is only possible for very urgent reasons. That happens very rarely.
info-what-to-report-travel-p4 = Are you going to stay somewhere else in the Netherlands for more than a few days? Report that too.
info-what-to-report-travel-p7 = Are you going to live abroad? Then your bijstand stops on the day you leave. You only get bijstand if you live in the Netherlands. Report it before you leave.
info-what-to-report-travel-p5 = When to report: at least { $travel-notice-days ->
        [one] { $travel-notice-days } day
       *[other] { $travel-notice-days } days
    } before you leave. Tell us where you are going and when you will come back.
info-what-to-report-travel-p6 = Send with it: your tickets. Keep them for three more months after the trip.

# Detention, hospital and care institutions
info-what-to-report-stay-heading = Prison, hospital and care institution
info-what-to-report-stay-p1 = Report it when you stay somewhere else or get a sentence. For example:
info-what-to-report-stay-li1 = you are in prison or in a remand centre (huis van bewaring);
info-what-to-report-stay-li2 = you are in hospital;
info-what-to-report-stay-li3 = you live in a nursing home or you are in an addiction clinic;
info-what-to-report-stay-li4 = you get a community service order (taakstraf).
info-what-to-report-stay-p2 = Are you in prison? Then you get no bijstand from the first day. We also hear about this from the Dienst Justitiële Inrichtingen (the prison service).
info-what-to-report-stay-p3 = When to report: within { $change-deadline-days ->
        [one] { $change-deadline-days } day
       *[other] { $change-deadline-days } days
    }. Can you not do it yourself? Then ask someone to do it for you.
info-what-to-report-stay-p4 = Send with it: a letter from the hospital, the institution or the court.

# Education
info-what-to-report-education-heading = School and studies
info-what-to-report-education-p1 = Report it when you or your child starts or stops a course of study. Does someone aged 27 or older in your home get student finance, or does it stop? Report that too.
info-what-to-report-education-p2 = When to report: within { $change-deadline-days ->
        [one] { $change-deadline-days } day
       *[other] { $change-deadline-days } days
    }.
info-what-to-report-education-p3 = Send with it: the proof of enrolment from the school, or the letter from DUO about the student finance or the WTOS.

# Bank account and contact details
info-what-to-report-details-heading = Bank account and contact details
info-what-to-report-details-p1 = Report it when these things change:
info-what-to-report-details-li1 = your bank account number;
info-what-to-report-details-li2 = your phone number or email address;
info-what-to-report-details-li3 = you may use someone else's bank account, for example as an informal carer (mantelzorger);
info-what-to-report-details-li4 = you get a financial administrator (bewindvoerder).
info-what-to-report-details-p2 = When to report: within { $change-deadline-days ->
        [one] { $change-deadline-days } day
       *[other] { $change-deadline-days } days
    }.
info-what-to-report-details-p3 = Send with it: for a new account, a bank statement with your name. For a financial administrator (bewindvoerder), the letter from the court.
