# Reporting a change (wijziging doorgeven): the first page.

report-title = Report a change
report-summary = What you need to report a change, and how to do it.
report-intro = Has something changed in your life? Report it as soon as you can. Then you get the right amount.
report-need-heading = What you need
report-need-bsn = Your citizen service number (BSN). It is on your passport or ID card.
report-need-date = The date of the change.
report-need-papers = The papers that go with it, such as a payslip or a contract. A photo with your phone is fine.
report-need-partner = Do you have a partner? Then also your partner's BSN.
report-how-heading = How to report it
report-how-text = Call us or visit us. We are happy to help. You get proof from us that you reported it.
report-check-heading = Not sure what to report?
report-check-link = Do the check first: what must I report?
report-time = Filling in the form takes about 10 minutes. You can stop in between: we keep what you filled in on this device for { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    }.
report-start-button = Start reporting
report-carried = The changes from your check are already in the form.
