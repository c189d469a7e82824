# Staff area: sign-in, the staff start page and account management.
# Only staff of the municipality see these texts.

staff-error-prefix = Error:
staff-error-summary-title = There is a problem

staff-sign-in-title = Sign in for staff
staff-sign-in-intro = This part of the website is only for staff of the municipality of { $municipality }.
staff-email-label = Email address
staff-password-label = Password
staff-sign-in-button = Sign in
staff-sign-in-email-missing = Enter your email address
staff-sign-in-password-missing = Enter your password
staff-sign-in-failed = The email address or the password is not right
staff-sign-in-too-many = You entered a wrong password too many times. Try again in { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }.
staff-signed-out = You have signed out.
staff-session-ended = You were not active for a while. Sign in again.

staff-home-title = Staff
staff-home-signed-in-as = You are signed in as { $name } ({ $email }).
staff-home-role = Your role: { $role }
staff-home-accounts-link = Manage accounts
staff-sign-out-button = Sign out

staff-role-editor = Editor
staff-role-caseworker = Case worker
staff-role-admin = Administrator

staff-accounts-title = Accounts
staff-accounts-created = The account has been created.
staff-accounts-deactivated = The account has been deactivated.
staff-accounts-list-heading = All accounts
staff-accounts-active = Active
staff-accounts-inactive = Deactivated
staff-accounts-deactivate = Deactivate
staff-accounts-new-heading = New account
staff-accounts-email = Email address
staff-accounts-name = Name
staff-accounts-password-label = First password
staff-accounts-password-hint = At least { $min } characters. Pass the password on in a safe way.
staff-accounts-role-legend = Role
staff-accounts-role-editor-hint = Changes the texts of the website.
staff-accounts-role-caseworker-hint = Handles the changes that residents report.
staff-accounts-role-admin-hint = Manages the accounts and may do everything.
staff-accounts-create-button = Create account
staff-accounts-email-invalid = Enter an email address, like name@example.nl
staff-accounts-email-taken = There is already an account with this email address
staff-accounts-name-missing = Enter a name
staff-accounts-name-too-long = The name can have at most { $max } characters
staff-accounts-role-missing = Choose a role
staff-accounts-password-too-short = The password must have at least { $min } characters
staff-accounts-password-too-long = The password is too long
staff-accounts-deactivate-self = You cannot deactivate your own account

staff-problem-sign-in-title = Sign in first
staff-problem-sign-in-text = You must be signed in to see this page.
staff-problem-sign-in-link = Go to sign in
staff-problem-forbidden-title = No access
staff-problem-forbidden-text = Your role does not give access to this page. Do you think this is wrong? Contact an administrator.
staff-problem-form-title = The form was not sent
staff-problem-form-text = The form has expired or comes from another website. Go back, reload the page and try again.
staff-problem-not-found-title = This account does not exist
staff-problem-not-found-text = Perhaps the address is not right.
staff-problem-error-title = Something went wrong
staff-problem-error-text = Try again later.
staff-back-home = Go to the staff start page
