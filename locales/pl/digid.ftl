# Signing in with DigiD: the button, the sign-out button, the messages after coming
# back from DigiD, and the pages when signing in did not work.

digid-sign-in-button = Zaloguj się przez DigiD
digid-sign-out-button = Wyloguj się

digid-notice-cancelled = Przerwano logowanie przez DigiD. Nic się nie zmieniło. Możesz spróbować ponownie.
digid-notice-failed = Logowanie przez DigiD nie udało się. Nic się nie zmieniło. Spróbuj ponownie później.
digid-notice-signed-out = Wylogowano cię.

digid-unavailable-title = DigiD teraz nie działa
digid-unavailable-text = Nie możemy teraz połączyć się z DigiD. Nic się nie zmieniło. Spróbuj ponownie za kilka minut.
digid-failed-title = Logowanie przez DigiD nie udało się
digid-failed-text = Nie mogliśmy sprawdzić twojego logowania. Może trwało za długo albo użyto starego linku. Nic się nie zmieniło. Wróć i zaloguj się ponownie.
digid-level-title = Musisz zalogować się w inny sposób
digid-level-text = Do tej usługi samo hasło nie wystarczy. Zaloguj się przez aplikację DigiD. Nic się nie zmieniło.
digid-no-bsn-title = Nie otrzymaliśmy numeru BSN
digid-no-bsn-text = DigiD nie przekazał nam poprawnego numeru BSN. Bez tego numeru nie możesz się tu zalogować. Nic się nie zmieniło.
