# Page: what happens if a change is reported late or not at all.

info-consequences-title = What happens if you report something late or not at all?
info-consequences-nav = If something goes wrong
info-consequences-summary = We tell you honestly in advance what happens if you report something late or not at all.
info-consequences-short-1 = Did you get too much bijstand? Then we can ask for it back.
info-consequences-short-2 = Sometimes you get a warning or a fine.
info-consequences-short-3 = Do you not cooperate? Then your bijstand can be lower for a while.
info-consequences-short-4 = Did you make a mistake? Tell us now. Putting a mistake right yourself counts in your favour.

# Paying back
info-consequences-repay-heading = Paying back too much bijstand
info-consequences-repay-p1 = Do you report a change late or not at all? Then you may get too much bijstand. We then work out your bijstand again.
info-consequences-repay-p2 = We can ask you to pay back the amount you got too much. This is called terugvordering (claiming back). We do not always have to do this. We can also ask for less, or nothing, if that is fairer. Does paying back give you money worries? Tell us. Then we look for a solution together.
info-consequences-repay-p3 = Do you report a change on time? Then the amount stays small and you get no fine. Sometimes you still have to pay something back. For example because we can only work out your income afterwards.

info-consequences-suspend-heading = Papers not sent on time
info-consequences-suspend-p1 = Do we ask you for information or papers? Then send them on time. Otherwise we can stop paying your bijstand for a while. This is called opschorting (suspension).
info-consequences-suspend-p2 = You then get a letter with a new date. Do you send the papers before that date? Then we pay your bijstand again. Do you not send them? Then your bijstand can stop completely.

# Warning and fine
info-consequences-fine-heading = A warning or a fine
info-consequences-fine-p1 = Is it the first time and is it a small amount? Then you can get a warning instead of a fine.
info-consequences-fine-p2 = If not, you can get a fine. How high it is depends on these things:
info-consequences-fine-li1 = the amount you got too much: the fine is 25, 50, 75 or 100 percent of it;
info-consequences-fine-li2 = how much you are to blame: a mistake counts less heavily than doing it on purpose;
info-consequences-fine-li3 = your situation: we always look at what is going on in your life.
info-consequences-fine-p3 = Do you get another fine within five years? Then it can be higher, up to 150 percent.
info-consequences-fine-p4 = Is it about a lot of money and did someone do it on purpose? Then we can report it to the Openbaar Ministerie (Public Prosecution Service). This only happens in cases of serious fraud.

# Lowering when not cooperating
info-consequences-lower-heading = Lower bijstand if you do not cooperate
info-consequences-lower-p1 = Do you not come to appointments? Or do you not take part in what we agreed about work? Then your bijstand can be lower for a while. This is called a verlaging (reduction).
info-consequences-lower-p2 = We first look at your situation. Do you have a good reason? Tell us. Then we take it into account.

info-consequences-rights-heading = Your rights: telling your side and objecting
info-consequences-rights-p1 = Before we give you a fine, you may first tell your side of the story. We really listen to it.
info-consequences-rights-p2 = Do you disagree with a decision we made? Then you can object. This is called bezwaar. You do this within 6 weeks. The 6 weeks start on the day after we sent the decision. The letter says how to do it.

# The way out
info-consequences-fix-heading = Made a mistake? Tell us now
info-consequences-fix-p1 = Everyone makes a mistake sometimes. Did you make a mistake? Tell us now. Putting a mistake right yourself counts in your favour.
info-consequences-fix-p2 = We know that mistakes usually happen by accident. That is why we always look at your situation.
info-consequences-fix-p3 = Do you have money worries or debts? We are happy to help you. See the page about help.
