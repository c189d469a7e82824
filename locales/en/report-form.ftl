# The online change notice: the steps after the start page.

report-optional = (optional)
report-error-label = Error:
report-error-prefix = Error:
report-error-summary-title = Something went wrong
report-step-counter = Step { $step } of { $steps }
report-back = Back
report-form-summary = Report a change in your life online. You get a receipt with a reference number.
report-continue = Continue

report-identity-title = Who are you?
report-identity-intro = We need your details to add your change to your file.

report-changes-title = What has changed?
report-changes-hint = Choose everything that applies to you. You can choose more than one thing.

report-details-intro = Fill in what you know. Are you not sure about something? Then write what you do know.
report-file-label = Add papers (optional)
report-file-hint = For example a payslip or a contract. A photo with your phone is fine. A PDF, JPG or PNG of no more than 10 MB. You can choose several files at once.
report-files-heading = Files
report-file-remove = Remove { $name }
report-file-remove-short = Remove
report-size-kb = { $kb } kB
report-size-mb = { $mb } MB

report-check-title = Check your answers
report-change-link = Change
report-check-other-changes = Choose something else or add something
report-declaration-heading = Declaration
report-declaration-text = I declare that everything I filled in is right and that I have left nothing out.
report-declaration-consequence = We use these details to calculate your bijstand correctly. Do you find out later that something is not right after all? Then tell us as soon as you can. We will find a solution together.
report-submit = Send

report-received-title = We have received your change
report-received-reference = Your reference number:
report-received-when = Received on { $date }.
report-next-heading = What happens now?
report-next-1 = A staff member will look at your change within 5 working days.
report-next-2 = Do we need something from you? Then we will call you or write to you. Please give your reference number then.
report-next-3 = Does your bijstand change? Then you will get a letter about it.
report-receipt-heading = Your receipt
report-receipt-intro = Keep this receipt. It shows what you sent. Your BSN and bank account number are not shown in full.
report-receipt-download = Download your receipt
report-receipt-print = Print your receipt
report-receipt-title = Receipt for your change
report-new-heading = Anything else to report?
report-new-button = Report another change

report-problem-expired-title = This form no longer works
report-problem-expired-text = Maybe the form was open for too long, or cookies are switched off in your browser. What you saved before is not lost if you continue on the same device.
report-problem-start-again = Continue with the form
report-problem-too-many-title = You have sent a lot of changes
report-problem-too-many-text = A lot of changes were sent from this address in the last hour. Try again in an hour, or call us.
report-problem-not-found-text = This step of the form does not exist.
report-problem-too-large-title = This is too big to send
report-problem-too-large-text = Together, the files are too big. Send no more than 5 files per change, each no bigger than 10 MB.
report-problem-error-title = Something went wrong on our side
report-problem-error-text = We could not save your details. We have not received anything. Try again in a few minutes, or call us.

report-erase-hint = Using someone else's computer, or one at the library? Then erase what you filled in when you are done.
report-erase-button = Stop and erase what I filled in
