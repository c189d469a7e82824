# Page: your duties (inlichtingenplicht and meewerkplicht).

info-duties-title = Your duties when you get bijstand
info-duties-nav = Your duties
info-duties-summary = When you get bijstand, you have two duties: you report changes and you cooperate.
info-duties-short-1 = You tell us yourself about everything that can change your bijstand.
info-duties-short-2 = You cooperate when we ask or check something.
info-duties-short-3 = Do you have a partner? Then your partner has the same duties.
info-duties-short-4 = Not sure? Then report it or ask us.

# The duty to inform
info-duties-inform-heading = The inlichtingenplicht (duty to inform): reporting changes
info-duties-inform-p1 = How much bijstand you get depends on your situation. That is why we need to know what your life looks like.
info-duties-inform-p2 = The inlichtingenplicht means: you tell us about everything that can affect your bijstand or your agreements about work. You do this on your own initiative. You do not wait until we ask. Do we ask you something? Then you answer.
info-duties-inform-p3 = Think for example of these changes:
info-duties-inform-li1 = you start working, or you work more or fewer hours;
info-duties-inform-li2 = someone comes to live with you or moves out;
info-duties-inform-li3 = you get money, for example a gift or an inheritance;
info-duties-inform-li4 = you go abroad;
info-duties-inform-li5 = you move house or get a new bank account number.
info-duties-inform-p4 = Report a change within { $change-deadline-days ->
        [one] { $change-deadline-days } day
       *[other] { $change-deadline-days } days
    }. Report a trip abroad at least { $travel-notice-days ->
        [one] { $travel-notice-days } day
       *[other] { $travel-notice-days } days
    } before you leave.

# The duty to cooperate
info-duties-cooperate-heading = The meewerkplicht (duty to cooperate): taking part and cooperating
info-duties-cooperate-p1 = The meewerkplicht means: you help when we ask you to. It is about two things.
info-duties-cooperate-li1 = You cooperate when we check your situation. For example, we ask for papers, a meeting or a visit to your home.
info-duties-cooperate-li2 = You help to find work. You come to appointments and you do what we have agreed together.
info-duties-cooperate-p2 = Is something not working out, for example because of illness or caring for a child? Tell us in time. Then we look for a solution together.

# Partners
info-duties-partner-heading = Do you have a partner?
info-duties-partner-p1 = Do you live with a partner? Then you get bijstand together. You both have the same duties.
info-duties-partner-p2 = So also report changes for your partner. For example, when your partner starts working or gets money.

# When in doubt
info-duties-doubt-heading = Not sure? Report it or ask us
info-duties-doubt-p1 = Sometimes you are not sure if something is important. Then report it anyway. Or call us on { $phone } and ask.
info-duties-doubt-p2 = Reporting a bit too much is never wrong. We then check ourselves if it changes anything about your bijstand.
info-duties-doubt-p3 = Do you want to know what applies to you? Then use the check on this website. You answer a few short questions.
