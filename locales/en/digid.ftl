# Signing in with DigiD: the button, the sign-out button, the messages after coming
# back from DigiD, and the pages when signing in did not work.

digid-sign-in-button = Sign in with DigiD
digid-sign-out-button = Sign out

digid-notice-cancelled = You stopped signing in with DigiD. Nothing has changed. You can try again.
digid-notice-failed = Signing in with DigiD did not work. Nothing has changed. Please try again later.
digid-notice-signed-out = You are signed out.

digid-unavailable-title = DigiD is not available right now
digid-unavailable-text = We cannot connect to DigiD right now. Nothing has changed. Please try again in a few minutes.
digid-failed-title = Signing in with DigiD did not work
digid-failed-text = We could not check your sign-in. Maybe it took too long, or you used an old link. Nothing has changed. Go back and sign in again.
digid-level-title = You need to sign in another way
digid-level-text = For this service, signing in with only a password is not enough. Sign in with the DigiD app. Nothing has changed.
digid-no-bsn-title = We did not get a citizen service number
digid-no-bsn-text = DigiD did not give us a valid citizen service number (BSN). Without it you cannot sign in here. Nothing has changed.
