# Page: help with money worries, forms and other problems.

info-help-title = Help when things are hard
info-help-nav = Help
info-help-summary = Do you have money worries or debts, or do you need help with forms? Here you can read where to go.
info-help-short-1 = Do you have debts or money worries? We help you.
info-help-short-2 = Someone can help you with forms and letters.
info-help-short-3 = The social team thinks along with you.
info-help-short-4 = Asking for help is wise. The sooner, the better.

# Debts
info-help-debts-heading = Money worries and debts
info-help-debts-p1 = Debts can happen to anyone. With money worries, things also go wrong more easily, for example with reporting changes. So do not wait too long to ask for help.
info-help-debts-p2 = The municipality helps with debts. This is called schuldhulpverlening (debt help). You can go to the municipality's Geldloket (money help desk). Together with you, we make an overview of your money. Then we look for a solution together.
info-help-debts-p3 = This help is free. Call { $debt-help-phone } for a first talk, or look at { $debt-help-website }.
info-help-debts-p4 = You do not need to report debts to us. Does someone else pay off your debts? Or do you borrow money? Then you do report that.

# Forms
info-help-forms-heading = Help with forms and letters
info-help-forms-p1 = Do you find forms or letters hard? That is okay. Many people do.
info-help-forms-p2 = We are happy to help you fill them in. Ask for it when you call us or come by. You may also bring someone you trust.

# Social team
info-help-team-heading = The social team
info-help-team-p1 = The social team helps with all kinds of questions. For example, about raising children, care, housing or loneliness.
info-help-team-p2 = You can contact them yourself. You can also make an appointment together with us.

# Contact
info-help-reach-heading = How to reach us
info-help-reach-p1 = Call us on { $phone }. Email { $email }. Or come by at { $address }.
