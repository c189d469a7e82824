# Page: your duties (inlichtingenplicht and meewerkplicht).

info-duties-title = Uw plichten als u bijstand krijgt
info-duties-nav = Uw plichten
info-duties-summary = Als u bijstand krijgt, hebt u twee plichten: veranderingen doorgeven en meewerken.
info-duties-short-1 = U vertelt ons zelf alles wat uw bijstand kan veranderen.
info-duties-short-2 = U werkt mee als wij iets vragen of controleren.
info-duties-short-3 = Hebt u een partner? Dan heeft uw partner dezelfde plichten.
info-duties-short-4 = Twijfelt u? Geef het dan door of vraag het ons.

# The duty to inform
info-duties-inform-heading = De inlichtingenplicht: veranderingen doorgeven
info-duties-inform-p1 = Hoeveel bijstand u krijgt, hangt af van uw situatie. Daarom moeten wij weten hoe uw leven eruitziet.
info-duties-inform-p2 = De inlichtingenplicht betekent: u vertelt ons alles wat gevolgen kan hebben voor uw bijstand of voor uw afspraken over werk. U doet dat uit uzelf. U wacht niet tot wij erom vragen. Vragen wij u iets? Dan geeft u antwoord.
info-duties-inform-p3 = Denk bijvoorbeeld aan deze veranderingen:
info-duties-inform-li1 = u gaat werken, of u gaat meer of minder uren werken;
info-duties-inform-li2 = iemand komt bij u wonen of gaat weg;
info-duties-inform-li3 = u krijgt geld, bijvoorbeeld een gift of een erfenis;
info-duties-inform-li4 = u gaat naar het buitenland;
info-duties-inform-li5 = u verhuist of krijgt een nieuw bankrekeningnummer.
info-duties-inform-p4 = Geef een verandering binnen { $change-deadline-days ->
        [one] { $change-deadline-days } dag
       *[other] { $change-deadline-days } dagen
    } door. Een reis naar het buitenland meldt u minstens { $travel-notice-days ->
        [one] { $travel-notice-days } dag
       *[other] { $travel-notice-days } dagen
    } voordat u vertrekt.

# The duty to cooperate
info-duties-cooperate-heading = De meewerkplicht: meedoen en meewerken
info-duties-cooperate-p1 = De meewerkplicht betekent: u helpt mee als wij daarom vragen. Het gaat om twee dingen.
info-duties-cooperate-li1 = U werkt mee als wij uw situatie controleren. Wij vragen bijvoorbeeld om papieren, een gesprek of een bezoek bij u thuis.
info-duties-cooperate-li2 = U werkt mee aan het vinden van werk. U komt naar afspraken en u doet wat wij samen hebben afgesproken.
info-duties-cooperate-p2 = Lukt iets niet, bijvoorbeeld door ziekte of door de zorg voor een kind? Vertel het ons op tijd. Dan zoeken wij samen naar een oplossing.

# Partners
info-duties-partner-heading = Hebt u een partner?
info-duties-partner-p1 = Woont u samen met een partner? Dan krijgt u samen bijstand. U hebt dan allebei dezelfde plichten.
info-duties-partner-p2 = Geef dus ook veranderingen bij uw partner door. Bijvoorbeeld als uw partner gaat werken of geld krijgt.

# When in doubt
info-duties-doubt-heading = Twijfelt u? Geef het door of vraag het ons
info-duties-doubt-p1 = Soms weet u niet zeker of iets belangrijk is. Geef het dan toch door. Of bel ons op { $phone } en vraag het.
info-duties-doubt-p2 = Iets te veel doorgeven is nooit fout. Wij kijken dan zelf of het iets verandert aan uw bijstand.
info-duties-doubt-p3 = Wilt u weten wat voor u geldt? Gebruik dan de controle op deze website. U beantwoordt een paar korte vragen.
