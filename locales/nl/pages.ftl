# General pages: not found, accessibility statement, errors.

not-found-title = Deze pagina bestaat niet
not-found-text = Misschien is het adres verkeerd getypt. Of de pagina is verplaatst.
not-found-home = Ga naar de startpagina
not-found-contact = Zoekt u iets en vindt u het niet? Bel ons op { $phone }.

accessibility-title = Toegankelijkheid
accessibility-intro = Iedereen moet deze website kunnen gebruiken. Ook als u slecht ziet, een hulpmiddel gebruikt of de Nederlandse taal nog leert.
accessibility-summary = Iedereen moet deze website kunnen gebruiken. Lees wat wij daarvoor doen en hoe u een probleem aan ons doorgeeft.
accessibility-what-heading = Wat wij doen
accessibility-what-1 = U kunt alles doen zonder muis, alleen met het toetsenbord.
accessibility-what-2 = De website werkt op een kleine telefoon en als u de tekst twee keer zo groot maakt.
accessibility-what-3 = De website werkt ook als JavaScript uit staat.
accessibility-what-4 = De teksten zijn in eenvoudig Nederlands en in vijf andere talen.
accessibility-what-5 = Wij testen elke pagina automatisch op de regels voor toegankelijkheid (WCAG 2.2, niveau AA).
accessibility-problem-heading = Werkt iets niet goed?
accessibility-problem-text = Laat het ons weten. Mail naar { $email } of bel { $phone }. Wij antwoorden binnen vijf werkdagen.

# Refused requests: what was sent could not be read (too large, broken, a character
# that is not text). The portal's own page instead of the framework's English.
request-too-large-title = Dit is te veel om in één keer te sturen
request-too-large-text = Wat u stuurde, is groter dan wij kunnen ontvangen. Maak uw tekst korter. Of stuur minder of kleinere bestanden. Ga terug en probeer het opnieuw.
request-unreadable-title = Wij konden dit niet lezen
request-unreadable-text = Wat u stuurde, kwam niet goed bij ons aan. Ga terug, laad de pagina opnieuw en probeer het nog een keer.
request-bad-text-title = Er staat een teken in dat wij niet kunnen lezen
request-bad-text-text = In wat u stuurde, staat een teken dat wij niet kunnen lezen. Dat gebeurt soms als u tekst kopieert en plakt. Typ de tekst opnieuw en probeer het nog een keer.
request-help = Lukt het niet? Bel ons op { $phone }.
