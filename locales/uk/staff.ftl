# Staff area: sign-in, the staff start page and account management.
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
