# The self-check pages around the questions: start, steps, results.
# The questions and outcomes themselves are in selfcheck.ftl.

selfcheck-page-title = What must I report?
selfcheck-page-summary = Answer a few questions about your life. You then see what you must report, when and how.
selfcheck-page-intro = Answer a few short questions about your life. Then you see what you must report. You also see when and how.
selfcheck-page-trust = This is not a check on you. You do not report anything here yet. The questions help you avoid mistakes.
selfcheck-page-time = It takes about 5 minutes.
selfcheck-page-start = Start the questions
selfcheck-progress = Question { $current } of about { $total }
selfcheck-next = Next
selfcheck-back = Back
selfcheck-start-again = Start again
selfcheck-error-summary-title = There is a problem
selfcheck-error-prefix = Error:
selfcheck-broken-link = This link no longer works. Start the questions again.
selfcheck-person-number = Person { $number }
selfcheck-people-rows-hint = Fill in one line for each person. Leave the other lines empty.
selfcheck-euro = Amount in euros

# Results
selfcheck-result-title = Your personal list
selfcheck-result-intro = This is what to do after your answers of { $today }. Start at the top.
selfcheck-result-group-high = Do this first
selfcheck-result-group-normal = Do this in time
selfcheck-result-group-low = Good to know
selfcheck-kind-report = Report
selfcheck-kind-no-need = No need to report
selfcheck-kind-ask-us = Ask us
selfcheck-label-how = How do you report it?
selfcheck-label-documents = What do you send with it?
selfcheck-label-why = Why does this matter?
selfcheck-read-more = More about this:
selfcheck-your-answers = Your answers
selfcheck-change = Change
selfcheck-change-hidden = your answer to: { $question }
selfcheck-share-heading = Keep this result
selfcheck-share-text = With this link you can see this result again later. The link holds only your answers. It holds no name or BSN.
selfcheck-share-link = Link to this result
selfcheck-print = Print this list
selfcheck-doubt = Not sure? Call us: { $phone }. Or email { $email }.
selfcheck-report-now-heading = Report it now
selfcheck-report-now-text = You can report these changes online straight away. What you need to report will then already be filled in for you.
selfcheck-report-now-link = Report these changes
