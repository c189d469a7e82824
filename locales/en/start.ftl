# The start page: what the portal is for, and the three ways in.

start-title = Bijstand (social assistance): what do I need to report?
start-intro = Do you get bijstand? Then you must tell us about changes in your life. On this website you can read what you need to report, when and how.
start-summary = Do you get bijstand? Read which changes you must report, when and how. Check it yourself or report a change online.
start-trust = We trust that you want to do things right. People usually make mistakes by accident. That is why we explain the rules in advance.
start-ways-heading = Where do you want to start?
start-duties-title = Understand your duties
start-duties-text = Read in plain words what you must do when you get bijstand.
start-check-title = Check what you need to report
start-check-text = Answer a few short questions. Then you see what you need to report and by which date.
start-report-title = Report a change
start-report-text = Tell us about a change safely online. You get a receipt with a number.
start-help-heading = Not sure?
start-help-text = Then tell us anyway, or call us on { $phone }. We are happy to help you.
