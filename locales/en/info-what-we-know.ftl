# Page: what the municipality learns anyway (Inlichtingenbureau).

info-what-we-know-title = What the municipality already knows
info-what-we-know-nav = What we already know
info-what-we-know-summary = The municipality gets information from other government organisations. Here you can read which information.
info-what-we-know-short-1 = Other government organisations give us information about you.
info-what-we-know-short-2 = This goes through the Inlichtingenbureau.
info-what-we-know-short-3 = Reporting it yourself is always better. Then your bijstand is right straight away.

# How it works
info-what-we-know-how-heading = How does it work?
info-what-we-know-how-p1 = The municipality works together with other government organisations. They share information through the Inlichtingenbureau. This is a foundation that connects municipalities and other government organisations with each other.
info-what-we-know-how-p2 = This happens for everyone who gets bijstand. It does not mean that we do not trust you. We want your bijstand to be right.

# What we receive
info-what-we-know-signals-heading = What information do we get?
info-what-we-know-signals-p1 = For example, we get information about:
info-what-we-know-signals-li1 = your wages and your benefits, from the UWV;
info-what-we-know-signals-li2 = whether you are in prison, every day, from the Dienst Justitiële Inrichtingen (prison service);
info-what-we-know-signals-li3 = cars and other vehicles in your name, from the RDW;
info-what-we-know-signals-li4 = student finance, from DUO;
info-what-we-know-signals-li5 = who lives at your address, from the BRP: the list of all residents;
info-what-we-know-signals-li6 = your possessions and your taxes, from the Belastingdienst (tax authority);
info-what-we-know-signals-li7 = your AOW or child benefit, from the Sociale Verzekeringsbank (SVB).

# Why reporting yourself is better
info-what-we-know-better-heading = Why reporting it yourself is better
info-what-we-know-better-p1 = Do you report a change yourself on time? Then your bijstand is right sooner. Do you still have to pay something back? Then the amount is smaller and you get no fine.
info-what-we-know-better-p2 = Does information we get not match what you told us? Then we contact you. You can then explain the situation.
