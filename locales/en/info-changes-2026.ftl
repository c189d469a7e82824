# Page: what changes in 2026 and 2027 (Participatiewet in Balans). A message
# `<id>-from-2027-01-01` replaces `<id>` from that day on (src/i18n/dated.rs).

info-changes-2026-title = What changes in 2026?
info-changes-2026-title-from-2027-01-01 = What has changed in 2026 and 2027?
info-changes-2026-nav = New in 2026
info-changes-2026-nav-from-2027-01-01 = New in 2026 and 2027
info-changes-2026-summary = On 1 January 2026 the law for bijstand changed. Here you can read what is different for you.
info-changes-2026-summary-from-2027-01-01 = On 1 January 2026 and on 1 January 2027 the law for bijstand changed. Here you can read what is different for you.
info-changes-2026-short-1 = The law is now based more on trust.
info-changes-2026-short-2 = Gifts of money up to { $gift-limit } per calendar year do not count for your bijstand.

info-changes-2026-short-4 = From 1 January 2027, young people may earn more on the side.
info-changes-2026-short-4-from-2027-01-01 = Since 1 January 2027, young people may earn more on the side.

# Why the law changes
info-changes-2026-why-heading = Why is the law changing?
info-changes-2026-why-p1 = The new law is called Participatiewet in Balans. The rules become simpler. The law is based more on trust and on people.

# What changes now
info-changes-2026-now-heading = What is different since 1 January 2026?
info-changes-2026-now-li1 = Gifts of money up to { $gift-limit } per calendar year do not count for your bijstand. That amount is for you and your partner together. Groceries and goods are not under it.
info-changes-2026-now-li2 = You can get bijstand for up to three months back in time.
info-changes-2026-now-li3 = Are you younger than 27? Then you first look for work or school yourself for four weeks. We can now adjust that search period to your situation.
info-changes-2026-now-li4 = Informal care (mantelzorg) no longer counts as paid work. Do you live together because someone needs care? Then that does not automatically make you each other's partner.
info-changes-2026-now-li5 = A European driving licence and DigiD count as proof of who you are.

# What changes on 1 January 2027: as coming before that day, as the present from it
info-changes-2026-in-2027-heading = What changes on 1 January 2027?
info-changes-2026-in-2027-heading-from-2027-01-01 = What is different since 1 January 2027?
info-changes-2026-in-2027-p1 = On 1 January 2027 the next part of the law starts. Municipalities may already start with it in 2026.
info-changes-2026-in-2027-p1-from-2027-01-01 = On 1 January 2027 the next part of the law started.
info-changes-2026-in-2027-li1 = Young people may then earn more on the side next to their bijstand.
info-changes-2026-in-2027-li1-from-2027-01-01 = Young people may earn more on the side next to their bijstand.
info-changes-2026-in-2027-li2 = Do you earn money next to your bijstand? From that day on, it will more often be settled with your bijstand automatically.
info-changes-2026-in-2027-li2-from-2027-01-01 = Do you earn money next to your bijstand? Then it is more often settled with your bijstand automatically.

# What comes later
info-changes-2026-later-heading = What comes later?
info-changes-2026-later-p2 = There will also be a new law: the Wet handhaving sociale zekerheid (law on enforcement in social security). That law gives more room for mistakes. You will then more often get a warning instead of a fine. This law is still being prepared. It is not yet known when it will start.

# What stays the same
info-changes-2026-same-heading = What stays the same?
info-changes-2026-same-p1 = You still report changes to us yourself. You do this within { $change-deadline-days ->
        [one] { $change-deadline-days } day
       *[other] { $change-deadline-days } days
    }. Not sure? Ask us.
