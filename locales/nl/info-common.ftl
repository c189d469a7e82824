# Parts that every information page shares.

info-in-short = In het kort
info-on-this-page = Op deze pagina
info-next-heading = Wat kunt u nu doen?
info-next-check = Controleer wat u moet doorgeven
info-next-report = Geef een verandering door
info-next-contact = Twijfelt u? Bel ons op { $phone }.
info-more-heading = Meer uitleg
info-print = Print deze pagina
