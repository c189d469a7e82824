# Staff area: sign-in, the staff start page, account management and the notices inbox.
# Only staff of the municipality see these texts.

staff-error-prefix = Помилка:
staff-error-summary-title = Виникла проблема

staff-sign-in-title = Вхід для працівників
staff-sign-in-intro = Цей розділ сайту призначений лише для працівників муніципалітету { $municipality }.
staff-email-label = Електронна пошта
staff-password-label = Пароль
staff-sign-in-button = Увійти
staff-sign-in-email-missing = Введіть адресу електронної пошти
staff-sign-in-password-missing = Введіть пароль
staff-sign-in-failed = Адреса електронної пошти або пароль неправильні
staff-sign-in-too-many = Ви забагато разів ввели неправильний пароль. Спробуйте ще раз через { $minutes ->
        [one] { $minutes } хвилину
        [few] { $minutes } хвилини
        [many] { $minutes } хвилин
       *[other] { $minutes } хвилини
    }.
staff-signed-out = Ви вийшли з системи.
staff-session-ended = Ви деякий час були неактивні. Увійдіть знову.

staff-home-title = Працівники
staff-home-signed-in-as = Ви увійшли як { $name } ({ $email }).
staff-home-role = Ваша роль: { $role }
staff-home-accounts-link = Керувати обліковими записами
staff-sign-out-button = Вийти

staff-role-editor = Редактор
staff-role-caseworker = Менеджер справ
staff-role-admin = Адміністратор

staff-accounts-title = Облікові записи
staff-accounts-created = Обліковий запис створено.
staff-accounts-deactivated = Обліковий запис вимкнено.
staff-accounts-list-heading = Усі облікові записи
staff-accounts-active = Активний
staff-accounts-inactive = Вимкнений
staff-accounts-deactivate = Вимкнути
staff-accounts-new-heading = Новий обліковий запис
staff-accounts-email = Електронна пошта
staff-accounts-name = Ім’я
staff-accounts-password-label = Перший пароль
staff-accounts-password-hint = Щонайменше { $min } символів. Передайте пароль у безпечний спосіб.
staff-accounts-role-legend = Роль
staff-accounts-role-editor-hint = Змінює тексти на сайті.
staff-accounts-role-caseworker-hint = Опрацьовує зміни, про які повідомляють мешканці.
staff-accounts-role-admin-hint = Керує обліковими записами і може робити все.
staff-accounts-create-button = Створити обліковий запис
staff-accounts-email-invalid = Введіть адресу електронної пошти, наприклад name@example.nl
staff-accounts-email-taken = Обліковий запис із цією адресою вже існує
staff-accounts-name-missing = Введіть ім’я
staff-accounts-name-too-long = Ім’я може мати не більше { $max } символів
staff-accounts-role-missing = Виберіть роль
staff-accounts-password-too-short = Пароль має містити щонайменше { $min } символів
staff-accounts-password-too-long = Пароль задовгий
staff-accounts-deactivate-self = Ви не можете вимкнути власний обліковий запис

staff-problem-sign-in-title = Спочатку увійдіть
staff-problem-sign-in-text = Щоб побачити цю сторінку, потрібно увійти.
staff-problem-sign-in-link = Перейти до входу
staff-problem-forbidden-title = Немає доступу
staff-problem-forbidden-text = Ваша роль не дає доступу до цієї сторінки. Вважаєте, що це помилка? Зверніться до адміністратора.
staff-problem-form-title = Форму не надіслано
staff-problem-form-text = Термін дії форми минув або вона надійшла з іншого сайту. Поверніться назад, оновіть сторінку і спробуйте ще раз.
staff-problem-not-found-title = Такого облікового запису немає
staff-problem-not-found-text = Можливо, адреса неправильна.
staff-problem-error-title = Щось пішло не так
staff-problem-error-text = Спробуйте пізніше.
staff-back-home = На початкову сторінку для працівників

## The case workers' inbox of change notices and an opened notice.

staff-home-notices-link = Переглянути зміни, про які повідомили мешканці

staff-status-new = Нове
staff-status-in-progress = В роботі
staff-status-done = Опрацьовано
staff-status-needs-information = Потрібно більше інформації
staff-notice-identity = Як було встановлено особу мешканця?
staff-notice-identity-form = Введено мешканцем (не перевірено)
staff-notice-identity-digid = DigiD, рівень { $level }
staff-digid-level-basis = Basis
staff-digid-level-midden = Midden
staff-digid-level-substantieel = Substantieel
staff-digid-level-hoog = Hoog

staff-notices-title = Зміни, про які повідомили мешканці
staff-notices-tabs-label = Зміни за статусом
staff-notices-tab = { $name } ({ $count })
staff-notices-tab-all = Усі
staff-notices-search-label = Пошук за номером звернення
staff-notices-search-hint = Достатньо частини номера. Великі чи малі літери не мають значення.
staff-notices-search-button = Шукати
staff-notices-search-clear = Показати все, без пошуку
staff-notices-found = { $count ->
        [one] Знайдено { $count } зміну
        [few] Знайдено { $count } зміни
        [many] Знайдено { $count } змін
       *[other] Знайдено { $count } зміни
    }
staff-notices-none = Змін не знайдено.
staff-notices-col-reference = Номер звернення
staff-notices-col-received = Отримано
staff-notices-col-status = Статус
staff-notices-col-lang = Мова
staff-notices-col-kinds = Що змінилося?
staff-notices-col-attachments = Додатки
staff-notices-date-time = { $date }, { $time }
staff-notices-page = Сторінка { $page } з { $pages }
staff-notices-paging-label = Інші сторінки
staff-notices-previous = Попередня сторінка
staff-notices-next = Наступна сторінка
staff-notices-export-heading = Завантажити
staff-notices-export-text = Завантажте всі зміни, що відповідають цьому вибору, також ті, що на інших сторінках. Файл містить персональні дані. Зберігайте його в безпечному місці та видаліть, коли він більше не потрібен.
staff-notices-export-csv = Завантажити як CSV (для Excel)
staff-notices-export-json = Завантажити як JSON (для інших програм)

staff-notice-title = Зміна { $reference }
staff-notice-back = Назад до всіх змін
staff-notice-received = Отримано
staff-notice-status = Статус
staff-notice-lang = Мова мешканця
staff-notice-kinds = Що змінилося?
staff-notice-content-heading = Що заповнив мешканець
staff-notice-identity-heading = Про мешканця
staff-notice-change-heading = Зміна { $number }: { $kind }
staff-notice-other-heading = Інші дані
staff-notice-empty-value = (не заповнено)
staff-notice-change-files = Файли до цієї зміни
staff-notice-declaration = Підтверджує, що всі дані правдиві та повні
staff-notice-yes = Так
staff-notice-no = Ні
staff-notice-attachments-heading = Додатки
staff-notice-attachments-none = Додатків немає.
staff-notice-attachment-details = ({ $type }, { $kb } кБ)
staff-notice-attachment-unnamed = Додаток без назви
staff-notice-history-heading = Історія
staff-notice-history-when = Коли
staff-notice-history-who = Хто
staff-notice-history-status = Статус
staff-notice-history-note = Примітка
staff-notice-history-resident = Мешканець (надіслав)
staff-notice-history-unknown = Невідомий працівник
staff-notice-status-heading = Змінити статус
staff-notice-status-legend = Який новий статус?
staff-notice-note-label = Примітка (необов’язково)
staff-notice-note-hint = Наприклад, що ви зробили. Примітку бачать лише працівники. Не більше { $max } символів.
staff-notice-status-button = Зберегти статус
staff-notice-status-saved = Статус збережено.
staff-notice-status-missing = Виберіть статус
staff-notice-note-too-long = Примітка може мати не більше { $max } символів

staff-problem-notice-not-found-title = Такої зміни не існує
staff-problem-notice-not-found-text = Можливо, адреса неправильна. Або зміну видалено, бо строк зберігання закінчився.
