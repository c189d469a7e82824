# Staff area: the text editor. Only staff of the municipality see these texts.

staff-home-texts-link = Редагувати тексти
staff-texts-title = Тексти
staff-texts-intro = Тут ви змінюєте тексти вебсайту всіма мовами. Те, що ви опублікуєте, мешканці бачать одразу.
staff-texts-languages-link = За мовами: чого бракує або що застаріло, завантаження і вивантаження
staff-texts-back-to-list = Усі тексти
staff-texts-back-to-text = Повернутися до тексту
staff-texts-search-label = Знайти текст
staff-texts-search-hint = Шукайте слово з тексту або назву тексту.
staff-texts-search-button = Шукати
staff-texts-filtered = Ви бачите лише тексти зі статусом «{ $status }» мовою: { $language }.
staff-texts-show-all = Показати всі тексти
staff-texts-results = { $count ->
        [one] Знайдено { $count } текст
        [few] Знайдено { $count } тексти
       *[other] Знайдено { $count } текстів
    }
staff-texts-group-count = { $count ->
        [one] { $count } текст
        [few] { $count } тексти
       *[other] { $count } текстів
    }
staff-texts-col-text = Текст
staff-texts-draft = чернетка
staff-texts-unknown-person = невідомо

staff-texts-status-original = Оригінал
staff-texts-status-translated = Перекладено
staff-texts-status-edited = Змінено
staff-texts-status-outdated = Застаріло
staff-texts-status-missing = Бракує

staff-texts-group-info = Інформаційна сторінка: { $page }
staff-texts-group-info-common = Інформаційні сторінки: постійні тексти
staff-texts-group-dates = Дати й місяці
staff-texts-group-notice = Форма: повідомити про зміну
staff-texts-group-pages = Інші сторінки
staff-texts-group-report = Початкова сторінка: повідомити про зміну
staff-texts-group-selfcheck = Перевірка: запитання, відповіді та результати
staff-texts-group-selfcheck-page = Перевірка: кнопки та пояснення
staff-texts-group-shell = Навколо кожної сторінки: заголовок, нижній колонтитул і вибір мови
staff-texts-group-start = Початкова сторінка
staff-texts-group-glossary = Словник термінів

staff-texts-languages-title = Тексти за мовами
staff-texts-languages-intro = Для кожної мови ви бачите, скільки текстів змінено, застаріло або бракує. Переклад застаріває, коли змінюється нідерландський текст. Завантажте мову як файл для перекладача, а потім вивантажте файл знову.
staff-texts-col-language = Мова
staff-texts-col-total = Тексти
staff-texts-col-files = Файл
staff-texts-source-language = (мова оригіналу)
staff-texts-export = Завантажити
staff-texts-import-link = Вивантажити
staff-texts-imported = { $count ->
        [one] Опубліковано { $count } текст.
        [few] Опубліковано { $count } тексти.
       *[other] Опубліковано { $count } текстів.
    }

staff-texts-edit-title = { $id } – { $language }
staff-texts-status = Статус: { $status }
staff-texts-history-link = Історія
staff-texts-source-heading = Нідерландський текст
staff-texts-value-label = Текст мовою: { $language }
staff-texts-value-hint = Пишіть **так** для виділення і [текст посилання](/uk/help) для посилання. Залиште значення на кшталт { "{ $phone }" } точно як є.
staff-texts-draft-saved-by = Чернетку зберіг(-ла) { $name }, { $date }.
staff-texts-publish = Опублікувати
staff-texts-preview-button = Попередній перегляд
staff-texts-save-draft = Зберегти чернетку
staff-texts-outdated-explain = Нідерландський текст змінився після того, як зробили цей переклад. Оновіть переклад або підтвердьте, що він досі правильний.
staff-texts-confirm = Переклад досі правильний
staff-texts-done-draft = Чернетку збережено. Мешканці її ще не бачать.
staff-texts-done-published = Текст опубліковано. Мешканці бачать його зараз.
staff-texts-done-confirmed = Ви підтвердили, що переклад досі правильний.
staff-texts-done-reverted = Попередню версію відновлено. Мешканці бачать її зараз.

staff-texts-error-empty = Введіть текст
staff-texts-error-too-long = Текст може мати не більше { $max } символів
staff-texts-error-too-deep = У тексті забагато дужок {"{"} одна в одній. Їх може бути не більше { $max } одна в одній.
staff-texts-error-too-many-braces = У тексті забагато дужок {"{"} і (. Їх може бути не більше { $max }.
staff-texts-error-syntax = У тексті є помилка форматування ({ $detail }). Спершу перевірте дужки {"{"} і {"}"}.
staff-texts-error-wrong-message = Це має бути рівно один текст із назвою { $id }
staff-texts-error-dropped-variable = Бракує значення { $variable }. Поверніть його, бо нідерландський текст його використовує.
staff-texts-error-unknown-variable = Значення { $variable } немає в нідерландському тексті. Видаліть його.
staff-texts-error-html = У тексті не можна використовувати HTML ({ $snippet }). Використовуйте **виділення** або [текст посилання](/uk/help).
staff-texts-error-unsafe-address = Адреса з { $snippet } заборонена
staff-texts-error-image = Текст не може містити зображення
staff-texts-error-link-target = Посилання має вести на сторінку цього сайту (наприклад, /uk/help) або починатися з https://, mailto: чи tel:, а не з { $target }
staff-texts-error-emphasis = Закрийте виділення знаками **
staff-texts-error-unchanged = Текст не змінився

staff-texts-readability-heading = Мовний рівень B1
staff-texts-readability-b1 = Цей текст, ймовірно, відповідає рівню B1.
staff-texts-readability-not-b1 = Цей текст, ймовірно, складніший за B1. Скоротіть речення і виберіть звичайні слова.
staff-texts-readability-sentences = Речень: { $sentences }, у середньому { $average } слів у реченні (B1: не більше { $max-average }), найдовше речення: { $longest } слів (B1: не більше { $max-sentence }).
staff-texts-readability-score = Читабельність (Flesch-Douma): { $score }. Для B1 добре { $min } або більше.
staff-texts-readability-long-sentences = Ці речення задовгі:
staff-texts-readability-long-words = Довгі слова. Чи є коротше або відоміше слово?
staff-texts-live-hint-figures = Показники рівня мови та попередній перегляд змінюються під час введення.
staff-texts-live-hint = Попередній перегляд змінюється під час введення.

staff-texts-preview-heading = Попередній перегляд на телефоні
staff-texts-preview-text-only = Цей текст не стоїть на одній сталій сторінці. Тут ви бачите лише текст.
staff-texts-preview-unavailable = Попереднього перегляду немає, бо в тексті є помилка.

staff-texts-history-title = Історія { $id } – { $language }
staff-texts-history-empty = Цей текст ще не змінювали. Мешканці бачать оригінальний текст.
staff-texts-history-entry = { $kind }: { $date }, { $name }
staff-texts-history-kind-publish = Опубліковано
staff-texts-history-kind-revert = Відновлено
staff-texts-history-kind-import = Вивантажено з файлу
staff-texts-history-before = До
staff-texts-history-after = Після
staff-texts-history-removed = видалено
staff-texts-history-added = додано
staff-texts-history-current = Це текст, який мешканці бачать зараз.
staff-texts-history-restore = Відновити цю версію
staff-texts-history-restore-shipped = Відновити оригінальний текст

staff-texts-import-title = Вивантажити тексти – { $language }
staff-texts-import-intro = Вставте сюди вміст файлу, який ви раніше завантажили. Кожен текст буде перевірено. Якщо все правильно, змінені тексти буде опубліковано.
staff-texts-import-label = Вміст файлу .ftl
staff-texts-import-hint = Рядки, що починаються з #, не враховуються.
staff-texts-import-button = Перевірити й опублікувати
staff-texts-import-unknown = Цього тексту немає серед нідерландських текстів
staff-texts-error-formatting-not-shown = Жирний шрифт і посилання працюють лише в основному тексті інформаційної сторінки. Тут мешканці побачать символи ** або [ ]( ). Видаліть їх.
