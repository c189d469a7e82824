# The start page: what the portal is for, and the three ways in.

start-title = Bijstand: wat moet ik doorgeven?
start-intro = Krijgt u een bijstandsuitkering? Dan moet u veranderingen in uw leven aan ons doorgeven. Op deze website leest u wat u moet doorgeven, wanneer en hoe.
start-summary = Krijgt u bijstand? Lees welke veranderingen u moet doorgeven, wanneer en hoe. Controleer het zelf of geef een verandering online door.
start-trust = Wij gaan ervan uit dat u het goed wilt doen. Fouten maken mensen meestal per ongeluk. Daarom leggen wij de regels van tevoren uit.
start-ways-heading = Waar wilt u mee beginnen?
start-duties-title = Uw plichten begrijpen
start-duties-text = Lees in gewone woorden wat u moet doen als u bijstand krijgt.
start-check-title = Controleer wat u moet doorgeven
start-check-text = Beantwoord een paar korte vragen. U ziet dan wat u moet doorgeven en voor welke datum.
start-report-title = Een verandering doorgeven
start-report-text = Geef een verandering veilig online aan ons door. U krijgt een bewijs met een nummer.
start-help-heading = Twijfelt u?
start-help-text = Geef het dan toch door, of bel ons op { $phone }. Wij helpen u graag.
