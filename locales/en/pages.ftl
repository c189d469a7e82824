# General pages: not found, accessibility statement, errors.

not-found-title = This page does not exist
not-found-text = Maybe there is a typing mistake in the address. Or the page has moved.
not-found-home = Go to the home page
not-found-contact = Are you looking for something and cannot find it? Call us on { $phone }.

accessibility-title = Accessibility
accessibility-intro = Everyone must be able to use this website. Also if you do not see well, use an assistive tool or are still learning Dutch.
accessibility-summary = Everyone must be able to use this website. Read what we do for that, and how you tell us about a problem.
accessibility-what-heading = What we do
accessibility-what-1 = You can do everything without a mouse, with only the keyboard.
accessibility-what-2 = The website works on a small phone and when you make the text twice as big.
accessibility-what-3 = The website also works when JavaScript is turned off.
accessibility-what-4 = The texts are in plain Dutch and in five other languages.
accessibility-what-5 = We test every page automatically against the rules for accessibility (WCAG 2.2, level AA).
accessibility-problem-heading = Is something not working well?
accessibility-problem-text = Let us know. Email { $email } or call { $phone }. We answer within five working days.

# Refused requests: what was sent could not be read (too large, broken, a character
# that is not text). The portal's own page instead of the framework's English.
request-too-large-title = This is too much to send at once
request-too-large-text = What you sent is larger than we can receive. Make your text shorter. Or send fewer or smaller files. Go back and try again.
request-unreadable-title = We could not read this
request-unreadable-text = What you sent did not reach us properly. Go back, reload the page and try again.
request-bad-text-title = There is a character we cannot read
request-bad-text-text = What you sent contains a character we cannot read. This sometimes happens when you copy and paste text. Type the text again and try once more.
request-help = Still not working? Call us on { $phone }.
