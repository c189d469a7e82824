# The self-check: what must I report? Questions, answers and outcomes.
# The ids come from content/selfcheck.toml. Figures are always variables.

# Shared parts
selfcheck-answer-yes = Yes
selfcheck-answer-no = No
selfcheck-period-from = From
selfcheck-period-to = Up to and including
selfcheck-people-count = How many people is it about?
selfcheck-person-age = Age
selfcheck-person-birth-month = Month and year of birth
selfcheck-amount-hint = Enter an amount in euros, for example 150 or 150.50.
selfcheck-date-hint = Do you not know the exact day? Then choose the day that is closest to it.
selfcheck-several-hint = You can choose more than one answer.
selfcheck-deadline = Report this by { $deadline } at the latest.
selfcheck-deadline-passed = This date has passed: { $deadline }. Report it now. That is always better than not reporting it.
selfcheck-no-deadline = Report this as soon as possible.
selfcheck-nothing-stored = We do not keep your answers. They are only in the address of this page.

# Field errors
selfcheck-error-unknown-question = We do not know this question. Start the questions again.
selfcheck-error-empty = Give an answer to this question.
selfcheck-error-too-long = This answer is too long. Make it shorter.
selfcheck-error-unknown-option = Choose one of the answers.
selfcheck-error-date = Enter a date that exists, for example 3 March 2026.
selfcheck-error-amount = Enter an amount, for example 150 or 150.50.
selfcheck-error-amount-negative = Enter an amount without a minus sign.
selfcheck-error-amount-too-large = This amount is too high. Check if you entered it correctly.
selfcheck-error-number = Enter a whole number, for example 7.
selfcheck-error-period-from = Enter the first day.
selfcheck-error-period-to = Enter the last day.
selfcheck-error-period-order = The last day is before the first day. Check if you entered the dates correctly.
selfcheck-error-people-count = Fill in a detail for each person.
selfcheck-error-age = Enter an age in years, for example 22.
selfcheck-error-birth-month = Enter a month and year that have already passed, for example 05-2008.

# Life areas
selfcheck-life-areas = What has happened, or what is going to happen?
selfcheck-life-areas-hint = Choose everything that fits you. After that, we only ask the questions that go with it.
selfcheck-life-areas-work = Work or income
selfcheck-life-areas-household = Family or housing
selfcheck-life-areas-money = Money or possessions, such as a car or savings
selfcheck-life-areas-gifts = Gifts: money or help from others
selfcheck-life-areas-windfall = An inheritance, a prize or compensation
selfcheck-life-areas-travel = Travelling or staying somewhere else
selfcheck-life-areas-institution = Prison, hospital or another institution
selfcheck-life-areas-education = School or studies
selfcheck-life-areas-admin = Bank account or contact details
selfcheck-life-areas-other = Something else

# Work and income
selfcheck-work-change = What is changing in your work or income?
selfcheck-work-change-job-started = I am starting work or I have a new job
selfcheck-work-change-job-stopped = I am stopping work
selfcheck-work-change-hours-changed = I am going to work more or fewer hours
selfcheck-work-change-side-jobs = I do odd jobs or look after children for money
selfcheck-work-change-self-employed = I work for myself, for example as a freelancer (zzp'er)
selfcheck-work-change-internship = I am starting an internship
selfcheck-work-change-volunteering = I am starting volunteer work
selfcheck-work-change-informal-care = I care for someone in my family or close to me (mantelzorg)
selfcheck-work-change-benefit = I get a pension, WW, ZW or WIA, or that amount changes
selfcheck-work-change-aow = I will soon get AOW (state pension)
selfcheck-work-change-alimony = I get alimony, or the amount changes
selfcheck-work-change-household-income = Someone in my home gets an income, also a child
selfcheck-work-change-tax-refund = I get money back from the Belastingdienst (tax authority)
selfcheck-work-change-deposit = There is money in my account that I must be able to explain
selfcheck-care-paid = Do you get money for this care?
selfcheck-care-paid-hint = For example money from a personal care budget (pgb).
selfcheck-work-date = When does this start or change?
selfcheck-household-date = When did this happen, or when will it happen?
selfcheck-money-date = When did you get, buy or sell this?
selfcheck-windfall-date = When did you get this, or when did you hear about it?
selfcheck-institution-date = On which day did it start, or when will it start?
selfcheck-education-date = When does the course start or stop?

# Household and housing
selfcheck-household-change = What is changing in your family or your home?
selfcheck-household-change-moves-in = Someone is coming to live with me
selfcheck-household-change-moves-out = Someone is moving out
selfcheck-household-change-relationship = I am going to live together, get married or split up
selfcheck-household-change-birth = A child is being born
selfcheck-household-change-death = Someone in my home has died
selfcheck-household-change-turns-age = My child or housemate turns 18, 21 or 27
selfcheck-household-change-moving-house = I am moving house within the municipality
selfcheck-household-change-rent-change = My rent or mortgage is changing
selfcheck-household-change-lodger = I rent out a room or part of my home
selfcheck-household-change-care-household = I am going to live with someone because one of us needs care
selfcheck-moves-in-who = Who is coming to live with you?
selfcheck-moves-in-who-partner = My partner
selfcheck-moves-in-who-child = My child
selfcheck-moves-in-who-other = Someone else, for example a friend or family member
selfcheck-moves-in-ages = How old are the people who are coming to live with you?
selfcheck-moves-in-ages-hint = Enter the age of each person. Someone aged 27 or older usually shares the housing costs with you. Also report younger people.
selfcheck-relationship-change = What is going to change?
selfcheck-relationship-change-living-together = I am going to live together
selfcheck-relationship-change-marriage = I am going to get married or enter a registered partnership
selfcheck-relationship-change-separation = I am going to split up or get divorced
selfcheck-turns-who = Who turns 18, 21 or 27?
selfcheck-turns-who-child = My child
selfcheck-turns-who-housemate = Someone else who lives with me
selfcheck-turns-birth-months = In which month and year was this person born?
selfcheck-turns-birth-months-hint = Only enter the month and the year, for example 05-2008 for May 2008. Is it about more people? Then enter the month and year of each person.

# Money and possessions
selfcheck-money-change = What has changed in your money or possessions?
selfcheck-money-change-vehicle = I got or bought a car, motorbike, caravan or other vehicle with a number plate
selfcheck-money-change-vehicle-use = I often use someone else's car
selfcheck-money-change-savings = I have more savings, shares or crypto
selfcheck-money-change-property = I got or bought a house or land, also abroad
selfcheck-money-change-valuables = I got or bought jewellery or other expensive things
selfcheck-money-change-sold = I sold something of value

# Gifts
selfcheck-gift-kind = What kind of help or money do you get from others?
selfcheck-gift-kind-regular = I get money from someone every month
selfcheck-gift-kind-once = I got money once, or a few times
selfcheck-gift-kind-bills-paid = Someone pays bills for me, such as my health insurance
selfcheck-gift-kind-goods = Someone often gives me things, such as groceries or clothes
selfcheck-gift-kind-food-bank = I get parcels from the food bank
selfcheck-gift-monthly-amount = How much money do you get every month?
selfcheck-gift-monthly-since = Since when do you get this money?
selfcheck-gift-monthly-since-hint = Enter the day you got the money for the first time.
selfcheck-gift-total = How much money did you and your partner get together in this calendar year?
selfcheck-gift-total-hint = Add up all the separate gifts of money of this calendar year, also those to your partner. Do not count money that you get every month.
selfcheck-gift-date = When did you get the last gift?
selfcheck-bills-paid-since = Since when does someone pay your bills?

# Inheritance, prizes and compensation
selfcheck-windfall-kind = What did you get?
selfcheck-windfall-kind-inheritance = An inheritance of any size, also a car or other things
selfcheck-windfall-kind-prize = A prize, or money from a lottery or gambling game
selfcheck-windfall-kind-compensation = Compensation for damage or injury
selfcheck-windfall-kind-pension-buyout = My pension paid out all at once

# Travel and stays elsewhere
selfcheck-travel-kind = Where are you going?
selfcheck-travel-kind-abroad = I am going abroad, or I have been abroad
selfcheck-travel-kind-elsewhere = I am going to sleep somewhere else in the Netherlands for a while
selfcheck-travel-kind-emigrate = I am going to live abroad
selfcheck-trip-dates = When do you leave and when do you come back?
selfcheck-trip-dates-hint = The day you leave does not count. The day you come back does count.
selfcheck-abroad-earlier-days = How many days were you already abroad in the calendar year in which this trip starts?
selfcheck-abroad-earlier-days-hint = Only count the days before this trip. Does your trip start in March 2027, for example? Then only count the days in 2027. Do not count the day you left, but do count the day you came back. Have you not been away yet? Then enter 0.
selfcheck-trip-reason = Why are you travelling?
selfcheck-trip-reason-holiday = A holiday or a visit to family
selfcheck-trip-reason-family-emergency = A family member is seriously ill or has died
selfcheck-trip-reason-other = Another reason
selfcheck-stay-dates = From when until when do you sleep somewhere else?
selfcheck-stay-dates-hint = For example with family, with a friend or in a holiday home in the Netherlands.
selfcheck-emigrate-date = On which day do you leave for abroad, or did you leave?

# Detention, hospital and institutions
selfcheck-institution-kind = What is going on?
selfcheck-institution-kind-detention = I have to go to prison or I have been detained
selfcheck-institution-kind-hospital = I am going into hospital
selfcheck-institution-kind-care-home = I am going into a nursing home or care institution
selfcheck-institution-kind-rehab = I am going into an addiction clinic
selfcheck-institution-kind-community-service = I got a community service order (taakstraf)

# Education
selfcheck-education-who = Who is starting or stopping a course of study?
selfcheck-education-who-me = Me
selfcheck-education-who-child = My child
selfcheck-education-who-housemate = Someone else who lives with me and gets student finance
selfcheck-housemate-27-plus = Is this housemate aged 27 or older?

# Bank account and contact details
selfcheck-admin-change = What is changing?
selfcheck-admin-change-bank-account = I have a new bank account
selfcheck-admin-change-phone = I have a new phone number
selfcheck-admin-change-email = I have a new email address
selfcheck-admin-change-carer-access = I care for someone and I can use his or her bank account
selfcheck-admin-change-guardian = I am getting a financial administrator (bewindvoerder)

# How to report
selfcheck-how-change-form = Use the form Report a change on this website. Or call us on { $phone }.
selfcheck-how-change-form-or-call = Use the form Report a change. Can you not do that yourself? Then someone else may do it for you, or call us on { $phone }.
selfcheck-how-monthly-statement = Fill in the income form every month. Do this before day { $statement-day } of the month.
selfcheck-how-travel = Use the form Report a change. Enter the date you leave, the date you come back and the country.
selfcheck-how-ask-us = Call us on { $phone } or email { $email }. Together with you, we look at what you need to do.

# Why it matters
selfcheck-why-income = Other income can change the amount of your bijstand. If you report it quickly, you get the right amount. Did you still get too much? Then the amount you may have to pay back is smaller.
selfcheck-why-work-duties = This can affect the agreements about work that you have with us.
selfcheck-why-assets = What you own counts for your right to bijstand. If you report it, we can look at it properly.
selfcheck-why-household = Who lives with you counts for the amount of your bijstand.
selfcheck-why-partner = With a partner, you get one bijstand benefit together. The amount is then different.
selfcheck-why-cost-sharing = Does someone aged 27 or older live with you? Then you share the housing costs. You then often get less bijstand. This is called the kostendelersnorm. Students who can get student finance, BBL students and tenants with a business arrangement do not count. A housemate's income does not count, only a partner's.
selfcheck-why-housing = We need your address and housing costs to work out your bijstand correctly.
selfcheck-why-windfall = Money or possessions that you get count for your bijstand. This applies to every amount.
selfcheck-why-travel = With bijstand you may be abroad for { $days-abroad ->
        [one] { $days-abroad } day
       *[other] { $days-abroad } days
    } per calendar year. One trip may also not last longer than { $days-abroad ->
        [one] { $days-abroad } day
       *[other] { $days-abroad } days
    } in a row. If you report it in advance, you can be sure that your bijstand continues.

# Outcomes: work and income
selfcheck-out-job-started-what = { $when ->
        [past] Report that you started work. Tell us who you work for, how many hours, and what you earn.
       *[future] Report that you are starting work. Tell us who you work for, how many hours, and what you earn.
    }
selfcheck-out-job-started-documents = Your employment contract and later your payslips.
selfcheck-out-monthly-income-what = Report what you earn every month.
selfcheck-out-monthly-income-documents = Your payslip or an overview of what you earned.
selfcheck-out-job-stopped-what = { $when ->
        [past] Report that you stopped work, and on which day.
       *[future] Report that you are stopping work, and on which day.
    }
selfcheck-out-job-stopped-documents = The letter about the end of your job and your last payslip.
selfcheck-out-hours-changed-what = Report how many hours you are going to work, and from which day.
selfcheck-out-hours-changed-documents = The new contract or a letter from your employer.
selfcheck-out-side-jobs-what = Report which odd jobs you do, who for, and what you get for them.
selfcheck-out-side-jobs-documents = An overview of the odd jobs and what you got.
selfcheck-out-self-employed-what = Report that you work for yourself. Tell us who your customers are and what you earn.
selfcheck-out-self-employed-documents = Your registration with the Kamer van Koophandel (Chamber of Commerce) and your invoices.
selfcheck-out-internship-what = Report that you are going to do an internship, where and for how many hours.
selfcheck-out-internship-documents = The internship agreement.
selfcheck-out-volunteering-what = Report that you are going to do volunteer work, where and for how many hours.
selfcheck-out-volunteering-documents = Do you get an allowance for it? Then send the agreements about it.
selfcheck-out-informal-care-reason = Do you care for someone without being paid for it? That is mantelzorg. You do not need to report it as work. Does the care take a lot of time, and does it not fit your agreements about work? Then discuss it with your consulent. It is good that you care for someone.
selfcheck-out-paid-care-what = Report that you get money for the care you give, and how much.
selfcheck-out-paid-care-documents = The contract or the agreements about the pgb.
selfcheck-out-benefit-what = Report which benefit or which pension you get, and how much.
selfcheck-out-benefit-documents = The letter from the UWV or from your pension fund.
selfcheck-out-aow-what = Report when your AOW starts.
selfcheck-out-aow-documents = The letter from the SVB about your AOW.
selfcheck-out-aow-why = When your AOW starts, your bijstand stops. Is your AOW lower than the bijstand amount, for example because you did not always live in the Netherlands? Then you can ask the SVB for a supplement. It is called AIO. Report your AOW on time. Then you will have to pay back as little as possible later.
selfcheck-out-alimony-what = Report how much alimony you get, and from when.
selfcheck-out-alimony-documents = The court decision or the agreements about the alimony.
selfcheck-out-household-income-what = Report who in your home gets an income, and how much.
selfcheck-out-household-income-documents = The payslip or the letter about the benefit of this person.
selfcheck-out-household-income-why = The income of a partner counts for your bijstand. The income of a child or a housemate usually does not count. Report it anyway. We check whether it counts.
selfcheck-out-tax-refund-what = Report how much money you get back from the Belastingdienst.
selfcheck-out-tax-refund-documents = The letter from the Belastingdienst.
selfcheck-out-deposit-what = Report which amount came into your account, and from whom.
selfcheck-out-deposit-documents = Your bank statement and, if you have it, proof of where the money comes from.
selfcheck-out-deposit-why = Money that you receive can count for your bijstand. Report it. We check whether it counts.

# Outcomes: household and housing
selfcheck-out-partner-moves-in-what = Report that your partner is coming to live with you, and on which day.
selfcheck-out-moves-in-documents = The name and date of birth of everyone who comes to live with you.
selfcheck-out-moves-in-27-plus-what = Report who is coming to live with you, and on which day. { $aged-count ->
        [one] { $aged-count } person aged 27 or older is
       *[other] { $aged-count } people aged 27 or older are
    } coming to live with you.
selfcheck-out-moves-in-under-27-what = Report who is coming to live with you, and on which day. You must also do this when someone is younger than 27.
selfcheck-out-moves-out-what = Report who is moving out, and on which day.
selfcheck-out-moves-out-documents = The new address of the person who is moving out, if you know it.
selfcheck-out-living-together-what = Report that you are going to live together or get married, and from which day.
selfcheck-out-living-together-documents = The name and date of birth of your partner, and details about his or her income.
selfcheck-out-separation-what = Report that you are splitting up, and from which day.
selfcheck-out-separation-documents = If you have them: papers about the divorce or about alimony.
selfcheck-out-birth-what = Report that your child has been born.
selfcheck-out-death-what = Report who has died, and on which day. We are sorry for your loss.
selfcheck-out-child-turns-age-what = Your child turns { $turns-age } in { $turns-month }. Report this.
selfcheck-out-child-turns-age-documents = Details about the school, work or income of your child.
selfcheck-out-child-turns-age-why = At 18, 21 and 27, something changes for your bijstand. From 27, your child usually shares the housing costs with you. This does not apply if your child can get student finance or follows a BBL course.
selfcheck-out-turns-later-reason = You do not need to report anything yet. In { $turns-month } your child or housemate turns { $turns-age }. Report it then.
selfcheck-out-housemate-turns-27-what = Your housemate turns 27 in { $turns-month }. Report this. From 27, your housemate usually shares the housing costs with you.
selfcheck-out-turns-age-unclear-reason = We cannot tell from your answers what you need to report. We are happy to help you further.
selfcheck-out-moving-house-what = { $when ->
        [past] Report your new address, and the day you moved.
       *[future] Report your new address, and the day you move.
    }
selfcheck-out-rent-documents = The rental contract or the letter about the new rent or mortgage.
selfcheck-out-rent-change-what = Report what your rent or mortgage will be, and from when.
selfcheck-out-lodger-what = Report that you rent out a room, to whom, and for how much money.
selfcheck-out-lodger-documents = The rental contract with your lodger.
selfcheck-out-care-household-what = { $when ->
        [past] Report that you have started living together because one of you needs care. Tell us with whom, at which address and from which day.
       *[future] Report that you are going to live together because one of you needs care. Tell us with whom, at which address and from which day.
    }
selfcheck-out-care-household-documents = The name and date of birth of the person you are going to live with, or who comes to live with you.
selfcheck-out-care-household-why = Your address and who lives with you count for your bijstand. Since 2026, living together for care no longer makes you one household by itself. We look with you at what it means for you.

# Outcomes: money and possessions
selfcheck-out-vehicle-what = Report which vehicle you got or bought, and what it is worth.
selfcheck-out-vehicle-documents = The vehicle registration certificate and, if you have it, the purchase agreement.
selfcheck-out-vehicle-use-what = Report whose car you often use, and how often you use it.
selfcheck-out-savings-what = Report how much savings, shares or crypto you have.
selfcheck-out-savings-documents = A recent overview from your bank or investment account.
selfcheck-out-property-what = Report which house or land you have, where it is and what it is worth.
selfcheck-out-property-documents = The papers from the notary or a valuation.
selfcheck-out-valuables-what = Report what you got or bought, and about how much it is worth.
selfcheck-out-sold-what = Report what you sold, and for how much money.
selfcheck-out-sold-documents = Proof of the sale, such as a bank statement.

# Outcomes: gifts
selfcheck-out-gifts-over-limit-what = Your gifts go over { $gift-limit } in { $gift-year }. { $when ->
        [past] That happened on { $passes-on }. Report your gifts now.
       *[future] That happens on { $passes-on }. Report your gifts then.
    }
selfcheck-out-gifts-next-year-what = Does this gift go on in { $next-year }? Then your gifts go over { $gift-limit } on { $next-passes-on }. Report your gifts then. Do these questions again in January { $next-year }.
selfcheck-out-gifts-documents = An overview of the gifts: from whom, how much and when.
selfcheck-out-gifts-why = Gifts of money up to { $gift-limit } per calendar year do not count for your bijstand. That amount is for you and your partner together. You may get more. But what goes above it can count. We look at that together with you.
selfcheck-out-gifts-at-limit-reason = You do not need to report anything. Your gifts in { $gift-year } add up to { $gift-total }. That is exactly the limit of { $gift-limit }. Do you get more in { $gift-year }? Then check again.
selfcheck-out-gifts-under-limit-reason = You do not need to report anything. Your gifts in { $gift-year } add up to { $gift-total }. That is less than { $gift-limit }. Do you get more in { $gift-year }? Then check again.
selfcheck-out-bills-paid-what = Report who pays which bills for you, and how much per month.
selfcheck-out-bills-paid-documents = An overview of the bills that someone pays for you.
selfcheck-out-bills-paid-why = Does someone pay your bills, for example your parent who pays your health insurance? Then that can count for your bijstand. We check whether it counts.
selfcheck-out-goods-reason = Groceries or goods are not under the limit of { $gift-limit } for gifts. That limit is for money only. Do you often get groceries or goods from someone? Then ask us whether you must report it. Food bank parcels never count.
selfcheck-out-food-bank-reason = You do not need to report anything. Food bank parcels never count for your bijstand.

# Outcomes: inheritance, prizes and compensation
selfcheck-out-inheritance-what = Report the inheritance, also if it is a small amount of money or things, such as a car.
selfcheck-out-inheritance-documents = The certificate of inheritance (verklaring van erfrecht) or a letter from the notary. For a car, also the vehicle registration certificate.
selfcheck-out-prize-what = Report what you won and how much it is worth.
selfcheck-out-prize-documents = Proof of the prize, such as a letter or a bank statement.
selfcheck-out-compensation-what = Report how much compensation you get and what it is for.
selfcheck-out-compensation-documents = The letter about the compensation.
selfcheck-out-pension-buyout-what = Report how much pension you get all at once.
selfcheck-out-pension-buyout-documents = The letter from your pension fund.

# Outcomes: travel and stays elsewhere
selfcheck-out-trip-within-limit-what = Report your trip in advance. This trip counts { $trip-days ->
        [one] { $trip-days } day
       *[other] { $trip-days } days
    }. In { $trip-year } you are then abroad for { $days-used ->
        [one] { $days-used } day
       *[other] { $days-used } days
    }. You still have { $days-left ->
        [one] { $days-left } day
       *[other] { $days-left } days
    } left in { $trip-year }.
selfcheck-out-trip-reaches-limit-what = Report your trip in advance. With this trip you reach exactly the maximum of { $days-abroad ->
        [one] { $days-abroad } day
       *[other] { $days-abroad } days
    }. This trip counts { $trip-days ->
        [one] { $trip-days } day
       *[other] { $trip-days } days
    }. In { $trip-year } you are abroad for { $days-used ->
        [one] { $days-used } day
       *[other] { $days-used } days
    }. Do you want to go away again in the same calendar year? Then contact us first.
selfcheck-out-trip-over-limit-what = Please note: with this trip you are abroad for too long. You may be away { $days-abroad ->
        [one] { $days-abroad } day
       *[other] { $days-abroad } days
    } per calendar year, and not longer than { $days-abroad ->
        [one] { $days-abroad } day
       *[other] { $days-abroad } days
    } in a row. This trip counts { $trip-days ->
        [one] { $trip-days } day
       *[other] { $trip-days } days
    }. In { $trip-year } you are away for { $days-used ->
        [one] { $days-used } day
       *[other] { $days-used } days
    }. You are away { $days-over ->
        [one] { $days-over } day
       *[other] { $days-over } days
    } too long. Report your trip in advance.
selfcheck-out-trip-over-limit-why = For the days over the maximum you get no bijstand. Sometimes your bijstand even stops altogether. Then you must apply for bijstand again after you come back. Perhaps you can make the trip shorter. Contact us if that is not possible.
selfcheck-out-trip-documents = Keep your tickets and bookings for 3 months after you come back. We may ask for them.
selfcheck-out-trip-hardship-reason = Are you going away because a family member is seriously ill or has died? An exception is only possible for very urgent reasons. That happens very rarely. Call us before you leave.
selfcheck-out-stay-elsewhere-what = Report where you are staying and for how long. Do this before you leave.
selfcheck-out-stay-elsewhere-why = We need to know where you live and sleep. That is part of your right to bijstand.
selfcheck-out-short-stay-reason = You do not need to report anything. You may stay somewhere else for a few days without reporting it.
selfcheck-out-emigration-what = { $when ->
        [past] Report that you have gone to live abroad, and on which day you left.
       *[future] Report that you are going to live abroad, and on which day you leave.
    }
selfcheck-out-emigration-why = You only get bijstand if you live in the Netherlands. Are you going to live abroad? Then your bijstand stops on the day you leave. Do you report it too late? Then you must pay bijstand back.

# Outcomes: detention, hospital and institutions
selfcheck-out-detention-what = Report that you are in prison or have been detained, and from which day.
selfcheck-out-detention-why = From the first day you are detained, you get no bijstand. We also hear about this from the Dienst Justitiële Inrichtingen (the prison service). If you report it yourself, you will have to pay back less later.
selfcheck-out-institution-stay-what = Report that you are being admitted, where and from which day.
selfcheck-out-institution-stay-documents = A letter from the hospital or the institution, if you have one.
selfcheck-out-institution-stay-why = If you stay in an institution, the amount of your bijstand can change.
selfcheck-out-community-service-what = Report that you have a community service order (taakstraf), and when you will do it.
selfcheck-out-community-service-documents = The letter about your community service order.

# Outcomes: education
selfcheck-out-education-what = Report who is starting or stopping a course of study, which course and from when.
selfcheck-out-education-documents = The proof of enrolment and, if there is one, the letter from DUO about student finance or WTOS.
selfcheck-out-education-why = A course of study can affect your bijstand, child benefit (kinderbijslag) or student finance.
selfcheck-out-housemate-student-finance-what = Report that your housemate gets student finance or that it stops.
selfcheck-out-housemate-under-27-study-reason = You do not need to report anything. A housemate younger than 27 does not count for the kostendelersnorm. So their studies do not change your bijstand.

# Outcomes: bank account and contact details
selfcheck-out-bank-account-what = Report your new account number (IBAN).
selfcheck-out-bank-account-documents = A bank statement or a screenshot that shows your name and account number.
selfcheck-out-bank-account-why = This way your bijstand goes into the right account.
selfcheck-out-contact-details-what = Report your new phone number or email address.
selfcheck-out-contact-details-why = This way we can reach you when needed.
selfcheck-out-carer-access-what = Report who you care for and that you can use his or her bank account.
selfcheck-out-guardian-what = Report who your financial administrator (bewindvoerder) is, and from when.
selfcheck-out-guardian-documents = The court decision about the administration (bewind).
selfcheck-out-guardian-why = Then we know who we are in contact with about your money.

# Outcomes: when the rules cannot decide
selfcheck-out-other-reason = Not everything fits into these questions. Not sure if you need to report something? Feel free to ask us.
selfcheck-out-not-sure-reason = Your answers do not show whether you need to report something. We are happy to help you.

# Issue 12 (self-check gaps): "nothing changed", "none of these", new situations,
# the asset limit and debt help. One block, apart from the law corrections.
selfcheck-life-areas-nothing = Nothing has changed
selfcheck-none-of-these = None of these: it is something else
selfcheck-work-change-selling-online = I often sell things, for example online on Marktplaats or Vinted
selfcheck-work-change-partner-aow = My partner will soon get AOW
selfcheck-household-change-partner-stays = My partner or friend often sleeps at my home, or lives at two addresses
selfcheck-household-change-guest = Someone is staying with me for a while as a guest
selfcheck-household-change-pregnancy = I am pregnant, or my partner is pregnant
selfcheck-household-change-moving-away = I am moving to another municipality
selfcheck-guest-partner = Are you in a relationship with this person?
selfcheck-guest-partner-hint = For example your boyfriend or girlfriend. Then other rules apply than for family on a visit.
selfcheck-guest-own-home = Does this person have a home of their own, and will they go back there?
selfcheck-guest-own-home-hint = A guest is someone who sleeps at your home for a while, for example family on a visit.
selfcheck-guest-stay = How long and how often does this person stay with you?
selfcheck-guest-stay-hint = Count all the nights, also when your guest goes home in between.
selfcheck-guest-stay-once-short = Once, shorter than a month
selfcheck-guest-stay-once-long = Once, a month or longer
selfcheck-guest-stay-often = More often: one or more nights a week, or every weekend
selfcheck-money-change-vehicle-sold = I sold or got rid of a car, motorbike or other vehicle
selfcheck-money-change-loan = I borrowed money, or I got a loan
selfcheck-money-change-debts = I have debts, or I cannot pay my bills
selfcheck-admin-change-residence-permit = My residence permit changes, is extended or ends
selfcheck-out-selling-online-what = Report that you often sell things. Tell us what you sell, how often and what you get for it.
selfcheck-out-selling-online-documents = An overview of what you sold and for how much. For example screenshots of your adverts.
selfcheck-out-selling-online-why = Do you often sell things, or buy things to sell them again? Then the money can count as income. We look at this together with you.
selfcheck-out-partner-aow-what = { $when ->
        [past] Report that your partner's AOW has started, and on which day.
       *[future] Report when your partner's AOW starts.
    }
selfcheck-out-partner-aow-documents = The letter from the SVB about your partner's AOW.
selfcheck-out-partner-aow-why = When your partner gets AOW, your bijstand changes. You may then get bijstand for one person yourself. Your partner can sometimes get a supplement from the SVB.
selfcheck-out-partner-stays-what = Report who often sleeps at your home, how many nights a week, and at which address this person is registered.
selfcheck-out-partner-stays-why = Do you almost live together, even at two addresses? Then you may be one household together. You then get one bijstand benefit together. We look at this together with you.
selfcheck-out-guest-what = Report who is staying with you, from which day, for how long and how many nights a week.
selfcheck-out-guest-why = Does someone stay with you for a long time or often? Then your home can become their real address. Then your bijstand can change. We look at this together with you.
selfcheck-out-guest-reason = You do not need to report anything. A guest with a home of their own who stays once for a short time does not live with you. Does your guest stay a month or longer after all? Or do they come to stay more often? Then do report it.
selfcheck-out-pregnancy-reason = You do not need to report a pregnancy the way you report a birth. Do tell your consulent. Then we take it into account in the agreements about work. Has your baby been born? Then report the birth.
selfcheck-out-moving-away-what = { $when ->
        [past] Report that you have moved to another municipality. Tell us your new address and the day you moved.
       *[future] Report that you are moving to another municipality. Tell us your new address and the day you move.
    }
selfcheck-out-moving-away-why = Your bijstand from us stops when you go to live in another municipality. Apply for bijstand in your new municipality in good time. Then you are not left without money.
selfcheck-out-vehicle-sold-what = Report which vehicle you sold or got rid of, and what you got for it.
selfcheck-out-vehicle-sold-documents = The indemnity proof (vrijwaringsbewijs) from the RDW and proof of the sale, such as a bank statement.
selfcheck-out-loan-what = Report how much money you borrowed, from whom, and how you pay it back.
selfcheck-out-loan-documents = The agreements about the loan, such as a contract or a message, and a bank statement.
selfcheck-out-loan-why = Borrowed money can also count for your bijstand. We look at this together with you.
selfcheck-why-asset-limit = What you own counts for your bijstand. The limit is { $asset-limit-single } for one person. For a couple or a single parent it is { $asset-limit-couple }. { $asset-limit-single-from ->
        [undated] {""}
       *[other] These amounts apply from { $asset-limit-single-from }.
    } Do you have more? Then you may not get bijstand.
selfcheck-out-debts-help-reason = You do not need to report debts to us. But the municipality's Geldloket (money help desk) helps you for free. The sooner you ask for help, the better. Call { $debt-help-phone } or look at { $debt-help-website }. Does someone else pay off your debts? Or do you borrow money? Then you must report that.
selfcheck-out-residence-permit-what = Report what changes in your residence permit. For example a new permit, an extension or an end.
selfcheck-out-residence-permit-documents = A copy of your new residence document, or the letter from the IND.
selfcheck-out-residence-permit-why = Your right to bijstand depends on your residence permit. This way you get bijstand for as long as you have a right to it.
selfcheck-out-not-listed-reason = What changes for you is not in the list. You may still need to report it. Not sure? Ask us. Then you know for sure.
selfcheck-out-nothing-changed-reason = You do not need to report anything now. Does something change later? Think of work or income, someone moving in or out, money or a gift, or a trip abroad. Then report it within { $change-deadline-days ->
        [one] { $change-deadline-days } day
       *[other] { $change-deadline-days } days
    }. Not sure? Feel free to ask us.
