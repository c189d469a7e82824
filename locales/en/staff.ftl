# Staff area: sign-in, the staff start page, account management and the notices inbox.
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

## The case workers' inbox of change notices and an opened notice.

staff-home-notices-link = View changes reported by residents

staff-status-new = New
staff-status-in-progress = In progress
staff-status-done = Done
staff-status-needs-information = More information needed
staff-notice-identity = How was the resident identified?
staff-notice-identity-form = Typed in by the resident (not checked)
staff-notice-identity-digid = DigiD, level { $level }
staff-digid-level-basis = Basis
staff-digid-level-midden = Midden
staff-digid-level-substantieel = Substantieel
staff-digid-level-hoog = Hoog

staff-notices-title = Changes reported by residents
staff-notices-tabs-label = Changes by status
staff-notices-tab = { $name } ({ $count })
staff-notices-tab-all = All
staff-notices-search-label = Search by reference
staff-notices-search-hint = Part of the reference is enough. Capital or small letters do not matter.
staff-notices-search-button = Search
staff-notices-search-clear = Show everything, without a search
staff-notices-found = { $count ->
        [one] 1 change found
       *[other] { $count } changes found
    }
staff-notices-none = No changes were found.
staff-notices-col-reference = Reference
staff-notices-col-received = Received
staff-notices-col-status = Status
staff-notices-col-lang = Language
staff-notices-col-kinds = What has changed?
staff-notices-col-attachments = Attachments
staff-notices-date-time = { $date }, { $time }
staff-notices-page = Page { $page } of { $pages }
staff-notices-paging-label = Other pages
staff-notices-previous = Previous page
staff-notices-next = Next page
staff-notices-export-heading = Download
staff-notices-export-text = Download all changes that match this choice, also those on other pages. The file contains personal data. Keep it safe and delete it when you no longer need it.
staff-notices-export-csv = Download as CSV (for Excel)
staff-notices-export-json = Download as JSON (for other programs)

staff-notice-title = Change { $reference }
staff-notice-back = Back to all changes
staff-notice-received = Received
staff-notice-status = Status
staff-notice-lang = Language of the resident
staff-notice-kinds = What has changed?
staff-notice-content-heading = What the resident filled in
staff-notice-identity-heading = About the resident
staff-notice-change-heading = Change { $number }: { $kind }
staff-notice-other-heading = Other details
staff-notice-empty-value = (not filled in)
staff-notice-change-files = Files with this change
staff-notice-declaration = Declares that everything is true and complete
staff-notice-yes = Yes
staff-notice-no = No
staff-notice-attachments-heading = Attachments
staff-notice-attachments-none = There are no attachments.
staff-notice-attachment-details = ({ $type }, { $kb } kB)
staff-notice-attachment-unnamed = Attachment without a name
staff-notice-history-heading = History
staff-notice-history-when = When
staff-notice-history-who = Who
staff-notice-history-status = Status
staff-notice-history-note = Note
staff-notice-history-resident = Resident (sent)
staff-notice-history-unknown = Unknown staff member
staff-notice-status-heading = Change the status
staff-notice-status-legend = What is the new status?
staff-notice-note-label = Note (optional)
staff-notice-note-hint = For example, what you have done. Only staff can see the note. At most { $max } characters.
staff-notice-status-button = Save status
staff-notice-status-saved = The status has been saved.
staff-notice-status-missing = Choose a status
staff-notice-note-too-long = The note cannot have more than { $max } characters

staff-problem-notice-not-found-title = This change does not exist
staff-problem-notice-not-found-text = Perhaps the address is not right. Or the change was deleted because the retention period has ended.
