# Change notice (wijzigingsformulier): the kinds of change, the questions per change,
# the error messages next to a field and what is still missing before sending.
# The ids come from src/domain/notice/ (NOTICE_MESSAGE_IDS); every message is one line.

## Errors next to a field

notice-error-form = Something went wrong with the form. Load the page again and try once more.
notice-error-missing = You have not filled this in yet.
notice-error-too-long = This is too long. Use no more than { $max } characters.
notice-error-control-character = There is a character in it that we cannot read. Type the text again.
notice-error-choice = Choose one of the answers.
notice-error-not-for-choice = Leave this empty for the answer you chose.
notice-error-date = This date does not exist. Check the day, the month and the year.
notice-error-month = Enter a month and a year.
notice-error-date-too-far-back = This date is too long ago. Is the date right? Then call us on { $phone }.
notice-error-date-too-far-ahead = This date is too far in the future. Is the date right? Then call us on { $phone }.
notice-error-birth-date-future = A date of birth cannot be in the future.
notice-error-birth-date-too-early = This date of birth is too long ago. Check the year.
notice-error-date-order = This date is before the first date. Check the dates.
notice-error-amount = Enter an amount in euros, for example 1250 or 1250.50.
notice-error-amount-negative = An amount cannot be lower than 0.
notice-error-amount-too-large = This amount is very high. Check if it is right. Is it right? Then call us on { $phone }.
notice-error-amount-zero = Enter an amount higher than 0.
notice-error-hours = Enter a number of hours per week, from 0 to 80.
notice-error-bsn-length = A BSN has 9 digits. Does the BSN start with a 0? Then type that 0 too.
notice-error-bsn-check = This BSN does not exist. Check if you copied all the digits correctly.
notice-error-partner-bsn-same = This is your own BSN. Enter the BSN of your partner.
notice-error-iban = An IBAN has only letters and digits, for example NL91 ABNA 0417 1643 00.
notice-error-iban-country = An IBAN starts with the code of a country, for example NL.
notice-error-iban-length = This IBAN has too many or too few characters. A Dutch IBAN has 18.
notice-error-iban-check = This IBAN does not exist. Check if you copied all the letters and digits correctly.
notice-error-registration = Enter a Dutch registration number, for example AB-123-C. Do you have another registration number? Then write it where you say what vehicle it is.
notice-error-phone = Enter a phone number in digits, for example 06 12345678.
notice-error-email = Enter an email address, for example name@example.nl.
notice-error-reference = A reference number looks like this: MW-7KQD-3FXP.
notice-error-reference-check = This reference number does not exist. Check if you copied it correctly.
notice-error-file-empty = This file is empty. Choose another file.
notice-error-file-too-large = This file is too big. A file can be no bigger than { $max-mb } MB.
notice-error-file-type = We cannot open this kind of file. Send a PDF or a photo (JPG or PNG).
notice-error-too-many-files = You can send no more than { $max ->
        [one] { $max } file
       *[other] { $max } files
    } per change.
notice-error-file-name = We cannot read the name of this file. Give the file another name and choose it again.
notice-error-files-too-large-together = All files together are too large. Together they may be no larger than { $max-mb } MB. Send fewer or smaller files.

## What changed

notice-kind-work = Work: you start working, work other hours or stop
notice-kind-moves-in = Someone comes to live with you
notice-kind-moves-out = Someone leaves your home
notice-kind-travel = You go abroad
notice-kind-gift-or-inheritance = You get a gift or an inheritance
notice-kind-vehicle = You get, buy or sell a car, motorbike or other vehicle
notice-kind-bank-account = You have a new bank account
notice-kind-income-this-month = You get money, for example wages or a benefit
notice-kind-household = Your family or home changes, for example a move or a child turning 18
notice-kind-stay = You stay somewhere else, for example in hospital or a care home
notice-kind-education = You or someone in your home starts or stops a course
notice-kind-justice = You get a community service sentence or must go to prison
notice-kind-assets = Your possessions change: savings, a loan, a house or something you sell
notice-kind-details = Your details change: phone, e-mail, residence permit or administrator
notice-kind-other = Something else

## Questions per change

notice-field-work-event = What changes in your work?
notice-field-work-event-started = I start working
notice-field-work-event-hours-changed = I will work more or fewer hours
notice-field-work-event-stopped = I stop working
notice-field-work-employer = Who do you work for?
notice-field-work-employer-hint = The name of the company or the person. Do you work for yourself? Then write: for myself.
notice-field-work-hours = How many hours a week do you work?
notice-field-work-hours-hint = Is it different every week? Then enter the average.
notice-field-work-date = On what day does it change?
notice-field-work-date-hint = Your first working day, the first day with other hours, or your last working day.
notice-field-work-end-date = Until what day do you work there?
notice-field-work-end-date-hint = Only if you work there for a while, for example with a temporary contract.
notice-field-work-income = About how much money do you earn a month?
notice-field-work-income-hint = The amount before tax (gross). Do you not know yet? Then leave this empty.
notice-field-moves-in-name = What is the name of the person who comes to live with you?
notice-field-moves-in-date-of-birth = What is the date of birth of this person?
notice-field-moves-in-date = On what day does this person come to live with you?
notice-field-moves-out-name = What is the name of the person who leaves?
notice-field-moves-out-date = On what day does this person leave?
notice-field-travel-country = What country do you go to?
notice-field-travel-from = On what day do you leave?
notice-field-travel-to = On what day do you come back?
notice-field-gift-or-inheritance-kind = What did you get?
notice-field-gift-or-inheritance-kind-gift = A gift
notice-field-gift-or-inheritance-kind-inheritance = An inheritance
notice-field-gift-or-inheritance-amount = How much money is it? Or how much is it worth?
notice-field-gift-or-inheritance-date = On what day did you get it?
notice-field-gift-or-inheritance-from-whom = Who did you get it from?
notice-field-vehicle-description = What kind of vehicle is it?
notice-field-vehicle-description-hint = For example: car, make, model and year.
notice-field-vehicle-registration = What is the registration number?
notice-field-vehicle-registration-hint = For example AB-123-C.
notice-field-vehicle-value = How much is the vehicle worth?
notice-field-vehicle-date = On what day did you get, buy or sell the vehicle?
notice-field-bank-account-iban = What is the number of your new account (IBAN)?
notice-field-bank-account-iban-hint = For example NL91 ABNA 0417 1643 00.
notice-field-bank-account-date = Since what day have you had this account?
notice-field-income-this-month-amount = How much money did you get?
notice-field-income-this-month-month = In what month did you get this money?
notice-field-income-this-month-source = Who did you get this money from?
notice-field-income-this-month-source-hint = For example from your employer or from the UWV.
notice-field-household-description = What changes in your family or home?
notice-field-household-description-hint = Write who it is and what changes. For example: my daughter turns 18 and starts working.
notice-field-household-date = On what day does it change?
notice-field-stay-description = Where are you staying, and until when?
notice-field-stay-description-hint = Write the name and town of the hospital, the institution or the address. Do you not know until when yet? Then write that.
notice-field-stay-date = On what day does your stay start?
notice-field-education-description = Who starts or stops a course, and which course is it?
notice-field-education-description-hint = Also write the name of the school, and whether there is student finance.
notice-field-education-date = On what day does the course start or stop?
notice-field-justice-description = What sentence is it, and how long does it last?
notice-field-justice-description-hint = For example: 80 hours of community service, two days a week.
notice-field-justice-date = On what day does the sentence start?
notice-field-assets-description = What has changed in your possessions, and what is it worth?
notice-field-assets-description-hint = For example: I borrowed money from my brother. Or: I sold my bicycle.
notice-field-assets-date = On what day did it change?
notice-field-details-description = Which details change?
notice-field-details-description-hint = Write the new details. For example your new phone number, or the name of your administrator.
notice-field-details-date = From what day does this apply?
notice-field-other-description = What has changed?
notice-field-other-description-hint = Write it in your own words.
notice-field-other-date = On what day did it change?

## Who you are

notice-field-person-name = What is your name?
notice-field-person-bsn = What is your citizen service number (BSN)?
notice-field-person-bsn-hint = Your BSN is on your passport, identity card or driving licence.
notice-field-person-date-of-birth = What is your date of birth?
notice-field-person-phone = What is your phone number?
notice-field-person-phone-hint = Then we can call you if we have a question.
notice-field-person-email = What is your email address?
notice-field-person-partner = Do you live together with a partner?
notice-field-person-partner-yes = Yes
notice-field-person-partner-no = No
notice-field-person-partner-name = What is the name of your partner?
notice-field-person-partner-bsn = What is the BSN of your partner?
notice-field-person-partner-date-of-birth = What is the date of birth of your partner?

## Before sending

notice-missing-identity = Fill in who you are.
notice-missing-changes = Choose what has changed.
notice-missing-details = Fill in the details of this change.
notice-missing-outdated = Check the details of this change again. A date is no longer right.
notice-missing-declaration = Declare that everything you filled in is right.
