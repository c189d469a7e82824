# Page: what the municipality learns anyway (Inlichtingenbureau).

info-what-we-know-title = Wat de gemeente al weet
info-what-we-know-nav = Wat wij al weten
info-what-we-know-summary = De gemeente krijgt informatie van andere overheden. Hier leest u welke.
info-what-we-know-short-1 = Andere overheden geven ons informatie over u.
info-what-we-know-short-2 = Dat gaat via het Inlichtingenbureau.
info-what-we-know-short-3 = Zelf doorgeven is altijd beter. Dan klopt uw bijstand meteen.

# How it works
info-what-we-know-how-heading = Hoe werkt dat?
info-what-we-know-how-p1 = De gemeente werkt samen met andere overheden. Zij delen informatie via het Inlichtingenbureau. Dat is een stichting die gemeenten en andere overheidsorganisaties met elkaar verbindt.
info-what-we-know-how-p2 = Dit gebeurt bij iedereen die bijstand krijgt. Het betekent niet dat wij u wantrouwen. Wij willen dat uw bijstand klopt.

# What we receive
info-what-we-know-signals-heading = Welke informatie krijgen wij?
info-what-we-know-signals-p1 = Wij krijgen bijvoorbeeld informatie over:
info-what-we-know-signals-li1 = uw loon en uw uitkeringen, van het UWV;
info-what-we-know-signals-li2 = of u in de gevangenis zit, elke dag, van de Dienst Justitiële Inrichtingen;
info-what-we-know-signals-li3 = auto's en andere voertuigen op uw naam, van de RDW;
info-what-we-know-signals-li4 = studiefinanciering, van DUO;
info-what-we-know-signals-li5 = wie er op uw adres woont, uit de BRP: de lijst van alle inwoners;
info-what-we-know-signals-li6 = uw bezit en uw belasting, van de Belastingdienst;
info-what-we-know-signals-li7 = uw AOW of kinderbijslag, van de Sociale Verzekeringsbank (SVB).

# Why reporting yourself is better
info-what-we-know-better-heading = Waarom zelf doorgeven beter is
info-what-we-know-better-p1 = Geeft u een verandering zelf op tijd door? Dan klopt uw bijstand sneller. Moet u toch iets terugbetalen? Dan is het bedrag kleiner en krijgt u geen boete.
info-what-we-know-better-p2 = Past een bericht niet bij wat u ons hebt verteld? Dan nemen wij contact met u op. U kunt dan uitleggen hoe het zit.
