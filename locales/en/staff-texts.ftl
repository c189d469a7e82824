# Staff area: the text editor. Only staff of the municipality see these texts.

staff-home-texts-link = Edit texts
staff-texts-title = Texts
staff-texts-intro = Here you change the texts of the website, in every language. What you publish, residents see at once.
staff-texts-languages-link = Per language: what is missing or outdated, download and upload
staff-texts-back-to-list = All texts
staff-texts-back-to-text = Back to the text
staff-texts-search-label = Find a text
staff-texts-search-hint = Search for a word in the text or for the name of the text.
staff-texts-search-button = Search
staff-texts-filtered = You only see the texts with the status “{ $status }” in { $language }.
staff-texts-show-all = Show all texts
staff-texts-results = { $count ->
        [one] { $count } text found
       *[other] { $count } texts found
    }
staff-texts-group-count = { $count ->
        [one] { $count } text
       *[other] { $count } texts
    }
staff-texts-col-text = Text
staff-texts-draft = draft
staff-texts-unknown-person = unknown

staff-texts-status-original = Original
staff-texts-status-translated = Translated
staff-texts-status-edited = Edited
staff-texts-status-outdated = Outdated
staff-texts-status-missing = Missing

staff-texts-group-info = Information page: { $page }
staff-texts-group-info-common = Information pages: fixed texts
staff-texts-group-dates = Dates and months
staff-texts-group-notice = Form: report a change
staff-texts-group-pages = Other pages
staff-texts-group-report = Start page: report a change
staff-texts-group-selfcheck = Check: questions, answers and outcomes
staff-texts-group-selfcheck-page = Check: buttons and explanations
staff-texts-group-shell = Around every page: header, footer and language choice
staff-texts-group-start = Start page
staff-texts-group-glossary = Glossary

staff-texts-languages-title = Texts per language
staff-texts-languages-intro = For each language you see how many texts are edited, outdated or missing. A translation is outdated when the Dutch text has changed. Download a language as a file for a translator, then upload the file again.
staff-texts-col-language = Language
staff-texts-col-total = Texts
staff-texts-col-files = File
staff-texts-source-language = (source language)
staff-texts-export = Download
staff-texts-import-link = Upload
staff-texts-imported = { $count ->
        [one] { $count } text was published.
       *[other] { $count } texts were published.
    }

staff-texts-edit-title = { $id } – { $language }
staff-texts-status = Status: { $status }
staff-texts-history-link = History
staff-texts-source-heading = The Dutch text
staff-texts-value-label = Text in { $language }
staff-texts-value-hint = Write **like this** for emphasis and [link text](/en/help) for a link. Leave values such as { "{ $phone }" } exactly as they are.
staff-texts-draft-saved-by = Draft saved by { $name } on { $date }.
staff-texts-publish = Publish
staff-texts-preview-button = Preview
staff-texts-save-draft = Save draft
staff-texts-outdated-explain = The Dutch text changed after this translation was made. Update the translation, or confirm that it is still right.
staff-texts-confirm = The translation is still right
staff-texts-done-draft = The draft is saved. Residents do not see it yet.
staff-texts-done-published = The text is published. Residents see it now.
staff-texts-done-confirmed = You confirmed that the translation is still right.
staff-texts-done-reverted = The earlier version is back. Residents see it now.

staff-texts-error-empty = Enter the text
staff-texts-error-too-long = The text must be { $max } characters or fewer
staff-texts-error-too-deep = The text has too many braces {"{"} inside each other. At most { $max } may be inside each other.
staff-texts-error-too-many-braces = The text has too many braces {"{"} and brackets (. It may have at most { $max }.
staff-texts-error-syntax = The text has a formatting error ({ $detail }). Check the braces {"{"} and {"}"} first.
staff-texts-error-wrong-message = The text must be exactly one text, named { $id }
staff-texts-error-dropped-variable = The value { $variable } is missing. Put it back, because the Dutch text uses it.
staff-texts-error-unknown-variable = The value { $variable } does not exist in the Dutch text. Remove it.
staff-texts-error-html = HTML cannot be used in a text ({ $snippet }). Use **emphasis** or [link text](/en/help).
staff-texts-error-unsafe-address = An address with { $snippet } is not allowed
staff-texts-error-image = A text cannot contain an image
staff-texts-error-link-target = A link must go to a page of this website (such as /en/help) or start with https://, mailto: or tel: and not with { $target }
staff-texts-error-emphasis = Close the emphasis with **
staff-texts-error-unchanged = The text has not changed

staff-texts-readability-heading = Language level B1
staff-texts-readability-b1 = This text is probably at language level B1.
staff-texts-readability-not-b1 = This text is probably harder than B1. Make sentences shorter and choose common words.
staff-texts-readability-sentences = { $sentences } sentences, on average { $average } words per sentence (B1: at most { $max-average }), longest sentence { $longest } words (B1: at most { $max-sentence }).
staff-texts-readability-score = Readability (Flesch-Douma): { $score }. For B1, { $min } or higher is good.
staff-texts-readability-long-sentences = These sentences are too long:
staff-texts-readability-long-words = Long words. Is there a shorter or more common word?
staff-texts-live-hint-figures = The language level figures and the preview change as you type.
staff-texts-live-hint = The preview changes as you type.

staff-texts-preview-heading = Preview on a phone
staff-texts-preview-text-only = This text is not on one fixed page. You only see the text here.
staff-texts-preview-unavailable = There is no preview, because the text has an error.

staff-texts-history-title = History of { $id } – { $language }
staff-texts-history-empty = This text has not been changed yet. Residents see the original text.
staff-texts-history-entry = { $kind } on { $date } by { $name }
staff-texts-history-kind-publish = Published
staff-texts-history-kind-revert = Restored
staff-texts-history-kind-import = Uploaded
staff-texts-history-before = Before
staff-texts-history-after = After
staff-texts-history-removed = removed
staff-texts-history-added = added
staff-texts-history-current = This is the text residents see now.
staff-texts-history-restore = Restore this version
staff-texts-history-restore-shipped = Restore the original text

staff-texts-import-title = Upload texts – { $language }
staff-texts-import-intro = Paste the content of a file you downloaded before. Every text is checked. If everything is right, the changed texts are published.
staff-texts-import-label = Content of the .ftl file
staff-texts-import-hint = Lines that start with # are ignored.
staff-texts-import-button = Check and publish
staff-texts-import-unknown = This text does not exist in the Dutch texts
staff-texts-error-formatting-not-shown = Bold and links only work in the running text of an information page. Here residents would see the characters ** or [ ]( ). Remove them.
