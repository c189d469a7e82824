# Parts that every information page shares.

info-in-short = In short
info-on-this-page = On this page
info-next-heading = What can you do now?
info-next-check = Check what you must report
info-next-report = Report a change
info-next-contact = Not sure? Call us on { $phone }.
info-more-heading = More explanation
info-print = Print this page
