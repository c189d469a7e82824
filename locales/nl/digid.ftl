# Signing in with DigiD: the button, the sign-out button, the messages after coming
# back from DigiD, and the pages when signing in did not work.

digid-sign-in-button = Inloggen met DigiD
digid-sign-out-button = Uitloggen

digid-notice-cancelled = U bent gestopt met inloggen met DigiD. Er is niets veranderd. U kunt het opnieuw proberen.
digid-notice-failed = Inloggen met DigiD is niet gelukt. Er is niets veranderd. Probeer het later opnieuw.
digid-notice-signed-out = U bent uitgelogd.

digid-unavailable-title = DigiD werkt nu even niet
digid-unavailable-text = Wij kunnen nu geen verbinding maken met DigiD. Er is niets veranderd. Probeer het over een paar minuten opnieuw.
digid-failed-title = Inloggen met DigiD is niet gelukt
digid-failed-text = Wij konden uw inlog niet controleren. Misschien duurde het te lang, of gebruikte u een oude link. Er is niets veranderd. Ga terug en log opnieuw in.
digid-level-title = U moet op een andere manier inloggen
digid-level-text = Voor deze dienst is inloggen met alleen een wachtwoord niet genoeg. Log in met de DigiD app. Er is niets veranderd.
digid-no-bsn-title = Wij kregen geen burgerservicenummer
digid-no-bsn-text = DigiD gaf ons geen goed burgerservicenummer. Zonder dat nummer kunt u hier niet inloggen. Er is niets veranderd.
