# Page: what happens if a change is reported late or not at all.

info-consequences-title = What happens if you report something late or not at all?
info-consequences-nav = If something goes wrong
info-consequences-summary = We tell you honestly in advance what happens if you report something late or not at all.
info-consequences-short-1 = Did you get too much bijstand? Then you pay it back.
info-consequences-short-2 = Sometimes you get a warning or a fine.
info-consequences-short-3 = Do you not cooperate? Then your bijstand can be lower for a while.
info-consequences-short-4 = Did you make a mistake? Tell us now. Putting a mistake right yourself counts in your favour.

# Paying back
info-consequences-repay-heading = Paying back too much bijstand
info-consequences-repay-p1 = Do you report a change late or not at all? Then you may get too much bijstand. We then work out your bijstand again.
info-consequences-repay-p2 = You pay back the amount you got too much. This is called terugvordering (claiming back). Together with you, we make a payment plan that you can afford.

# Warning and fine
info-consequences-fine-heading = A warning or a fine
info-consequences-fine-p1 = Is it the first time and is it a small amount? Then you usually get a warning.
info-consequences-fine-p2 = If not, you can get a fine. How high it is depends on how much you are to blame:
info-consequences-fine-li1 = you really did not know: no fine or a low fine;
info-consequences-fine-li2 = you could have known: 25 or 50 percent of the amount;
info-consequences-fine-li3 = you did it on purpose: 75 or 100 percent of the amount.
info-consequences-fine-p3 = Does it happen again within five years? Then the fine can be higher, up to 150 percent.
info-consequences-fine-p4 = If the amount is large and it was on purpose, the municipality can report it to the Openbaar Ministerie (Public Prosecution Service).

# Lowering when not cooperating
info-consequences-lower-heading = Lower bijstand if you do not cooperate
info-consequences-lower-p1 = Do you not come to appointments? Or do you not take part in what we agreed about work? Then your bijstand can be lower for a while. This is called a verlaging (reduction).
info-consequences-lower-p2 = We talk with you first. Is there a good reason? Then we take it into account.

# The way out
info-consequences-fix-heading = Made a mistake? Tell us now
info-consequences-fix-p1 = Everyone makes a mistake sometimes. Tell us as soon as possible. Putting a mistake right yourself counts in your favour.
info-consequences-fix-p2 = We always look at your situation. We also ask ourselves if we were clear enough.
info-consequences-fix-p3 = Do you have money worries or debts? We are happy to help you. See the page about help.
