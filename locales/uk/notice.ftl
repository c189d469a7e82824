# Change notice (wijzigingsformulier): the kinds of change, the questions per change,
# the error messages next to a field and what is still missing before sending.
# The ids come from src/domain/notice/ (NOTICE_MESSAGE_IDS); every message is one line.

## Errors next to a field

notice-error-form = Із формою щось пішло не так. Відкрийте сторінку ще раз і спробуйте знову.
notice-error-missing = Ви ще не заповнили це поле.
notice-error-too-long = Це задовго. Використайте не більше ніж { $max } знаків.
notice-error-control-character = Тут є знак, який ми не можемо прочитати. Введіть текст ще раз.
notice-error-choice = Виберіть одну з відповідей.
notice-error-not-for-choice = Для відповіді, яку ви вибрали, залиште це поле порожнім.
notice-error-date = Такої дати немає. Перевірте день, місяць і рік.
notice-error-month = Введіть місяць і рік.
notice-error-date-too-far-back = Ця дата була надто давно. Дата все ж правильна? Тоді зателефонуйте нам: { $phone }.
notice-error-date-too-far-ahead = Ця дата надто далеко в майбутньому. Дата все ж правильна? Тоді зателефонуйте нам: { $phone }.
notice-error-birth-date-future = Дата народження не може бути в майбутньому.
notice-error-birth-date-too-early = Ця дата народження надто давня. Перевірте рік.
notice-error-date-order = Ця дата стоїть раніше за першу дату. Перевірте дати.
notice-error-amount = Введіть суму в євро, наприклад 1250 або 1250,50.
notice-error-amount-negative = Сума не може бути меншою за 0.
notice-error-amount-too-large = Ця сума дуже велика. Перевірте, чи вона правильна. Вона правильна? Тоді зателефонуйте нам: { $phone }.
notice-error-amount-zero = Введіть суму, більшу за 0.
notice-error-hours = Введіть кількість годин на тиждень, від 0 до 80.
notice-error-bsn-length = Номер BSN має 9 цифр. BSN починається з 0? Тоді введіть і цей 0.
notice-error-bsn-check = Такого номера BSN немає. Перевірте, чи правильно ви переписали всі цифри.
notice-error-partner-bsn-same = Це ваш власний номер BSN. Введіть номер BSN вашого партнера.
notice-error-iban = IBAN має лише літери й цифри, наприклад NL91 ABNA 0417 1643 00.
notice-error-iban-country = IBAN починається з коду країни, наприклад NL.
notice-error-iban-length = У цьому IBAN забагато або замало знаків. Нідерландський IBAN має 18 знаків.
notice-error-iban-check = Такого IBAN немає. Перевірте, чи правильно ви переписали всі літери й цифри.
notice-error-registration = Введіть нідерландський номерний знак, наприклад AB-123-C. У вас інший номерний знак? Тоді напишіть його там, де ви вказуєте, що це за транспортний засіб.
notice-error-phone = Введіть номер телефону цифрами, наприклад 06 12345678.
notice-error-email = Введіть адресу електронної пошти, наприклад name@example.nl.
notice-error-reference = Номер звернення виглядає так: MW-7KQD-3FXP.
notice-error-reference-check = Такого номера звернення немає. Перевірте, чи правильно ви його переписали.
notice-error-file-empty = Цей файл порожній. Виберіть інший файл.
notice-error-file-too-large = Цей файл завеликий. Файл може бути не більшим за { $max-mb } МБ.
notice-error-file-type = Ми не можемо відкрити файл такого типу. Надішліть PDF або фото (JPG або PNG).
notice-error-too-many-files = До однієї зміни можна надіслати не більше ніж { $max ->
        [one] { $max } файл
        [few] { $max } файли
        [many] { $max } файлів
       *[other] { $max } файлу
    }.
notice-error-file-name = Ми не можемо прочитати назву цього файлу. Дайте файлу іншу назву й виберіть його ще раз.
notice-error-files-too-large-together = Усі файли разом завеликі. Разом вони можуть мати не більше { $max-mb } МБ. Надішліть менше файлів або менші файли.

## What changed

notice-kind-work = Робота: ви починаєте працювати, працюєте інші години або припиняєте
notice-kind-moves-in = Хтось переїжджає жити до вас
notice-kind-moves-out = Хтось виїжджає від вас
notice-kind-travel = Ви їдете за кордон
notice-kind-gift-or-inheritance = Ви отримуєте подарунок або спадщину
notice-kind-vehicle = Ви отримуєте, купуєте або продаєте автомобіль, мотоцикл чи інший транспортний засіб
notice-kind-bank-account = У вас новий банківський рахунок
notice-kind-income-this-month = Ви отримуєте гроші, наприклад зарплату або допомогу
notice-kind-household = Змінюється ваша сім'я або житло, наприклад переїзд або дитині виповнюється 18
notice-kind-stay = Ви перебуваєте деінде, наприклад у лікарні або в будинку догляду
notice-kind-education = Ви або хтось у вашому домі починає або припиняє навчання
notice-kind-justice = Вас засуджено до громадських робіт або ви маєте йти до в'язниці
notice-kind-assets = Змінюється ваше майно: заощадження, позика, будинок або щось, що ви продаєте
notice-kind-details = Змінюються ваші дані: телефон, e-mail, дозвіл на проживання або опікун майна
notice-kind-other = Щось інше

## Questions per change

notice-field-work-event = Що змінюється у вашій роботі?
notice-field-work-event-started = Я починаю працювати
notice-field-work-event-hours-changed = Я працюватиму більше або менше годин
notice-field-work-event-stopped = Я припиняю працювати
notice-field-work-employer = На кого ви працюєте?
notice-field-work-employer-hint = Назва компанії або ім'я людини. Ви працюєте на себе? Тоді напишіть: на себе.
notice-field-work-hours = Скільки годин на тиждень ви працюєте?
notice-field-work-hours-hint = Щотижня по-різному? Тоді введіть середню кількість.
notice-field-work-date = Якого дня це змінюється?
notice-field-work-date-hint = Ваш перший робочий день, перший день з іншими годинами або ваш останній робочий день.
notice-field-work-end-date = До якого дня ви там працюєте?
notice-field-work-end-date-hint = Лише якщо ви працюєте там якийсь час, наприклад за тимчасовим контрактом.
notice-field-work-income = Скільки приблизно ви заробляєте на місяць?
notice-field-work-income-hint = Сума до сплати податку (брутто). Ви ще не знаєте? Тоді залиште це поле порожнім.
notice-field-moves-in-name = Як звати людину, яка переїжджає жити до вас?
notice-field-moves-in-date-of-birth = Яка дата народження цієї людини?
notice-field-moves-in-date = Якого дня ця людина переїжджає до вас?
notice-field-moves-out-name = Як звати людину, яка виїжджає?
notice-field-moves-out-date = Якого дня ця людина виїжджає?
notice-field-travel-country = До якої країни ви їдете?
notice-field-travel-from = Якого дня ви їдете?
notice-field-travel-to = Якого дня ви повертаєтеся?
notice-field-gift-or-inheritance-kind = Що ви отримали?
notice-field-gift-or-inheritance-kind-gift = Подарунок
notice-field-gift-or-inheritance-kind-inheritance = Спадщину
notice-field-gift-or-inheritance-amount = Скільки це грошей? Або скільки це коштує?
notice-field-gift-or-inheritance-date = Якого дня ви це отримали?
notice-field-gift-or-inheritance-from-whom = Від кого ви це отримали?
notice-field-vehicle-description = Що це за транспортний засіб?
notice-field-vehicle-description-hint = Наприклад: автомобіль, марка, модель і рік випуску.
notice-field-vehicle-registration = Який номерний знак?
notice-field-vehicle-registration-hint = Наприклад AB-123-C.
notice-field-vehicle-value = Скільки коштує цей транспортний засіб?
notice-field-vehicle-date = Якого дня ви отримали, купили або продали цей транспортний засіб?
notice-field-bank-account-iban = Який номер вашого нового рахунку (IBAN)?
notice-field-bank-account-iban-hint = Наприклад NL91 ABNA 0417 1643 00.
notice-field-bank-account-date = З якого дня у вас цей рахунок?
notice-field-income-this-month-amount = Скільки грошей ви отримали?
notice-field-income-this-month-month = У якому місяці ви отримали ці гроші?
notice-field-income-this-month-source = Від кого ви отримали ці гроші?
notice-field-income-this-month-source-hint = Наприклад від вашого роботодавця або від UWV.
notice-field-household-description = Що змінюється у вашій сім'ї або житлі?
notice-field-household-description-hint = Напишіть, кого це стосується і що змінюється. Наприклад: моїй доньці виповнюється 18, і вона починає працювати.
notice-field-household-date = Якого дня це змінюється?
notice-field-stay-description = Де ви перебуваєте і до якого часу?
notice-field-stay-description-hint = Напишіть назву й місто лікарні чи закладу або адресу. Ще не знаєте, до якого часу? Тоді так і напишіть.
notice-field-stay-date = Якого дня починається ваше перебування?
notice-field-education-description = Хто починає або припиняє навчання і яке це навчання?
notice-field-education-description-hint = Напишіть також назву школи і чи є студентська фінансова допомога.
notice-field-education-date = Якого дня навчання починається або припиняється?
notice-field-justice-description = Яке це покарання і скільки воно триває?
notice-field-justice-description-hint = Наприклад: 80 годин громадських робіт, два дні на тиждень.
notice-field-justice-date = Якого дня починається покарання?
notice-field-assets-description = Що змінилося у вашому майні і скільки це коштує?
notice-field-assets-description-hint = Наприклад: я позичив гроші в брата. Або: я продала велосипед.
notice-field-assets-date = Якого дня це змінилося?
notice-field-details-description = Які дані змінюються?
notice-field-details-description-hint = Напишіть нові дані. Наприклад, ваш новий номер телефону або ім'я опікуна майна.
notice-field-details-date = З якого дня це діє?
notice-field-other-description = Що змінилося?
notice-field-other-description-hint = Напишіть це своїми словами.
notice-field-other-date = Якого дня це змінилося?

## Who you are

notice-field-person-name = Як вас звати?
notice-field-person-bsn = Який ваш номер BSN (burgerservicenummer)?
notice-field-person-bsn-hint = Ваш номер BSN є у вашому паспорті, посвідченні особи або водійському посвідченні.
notice-field-person-date-of-birth = Яка ваша дата народження?
notice-field-person-phone = Який ваш номер телефону?
notice-field-person-phone-hint = Тоді ми зможемо вам зателефонувати, якщо в нас буде запитання.
notice-field-person-email = Яка ваша адреса електронної пошти?
notice-field-person-partner = Ви живете разом із партнером чи партнеркою?
notice-field-person-partner-yes = Так
notice-field-person-partner-no = Ні
notice-field-person-partner-name = Як звати вашого партнера чи партнерку?
notice-field-person-partner-bsn = Який номер BSN вашого партнера чи партнерки?
notice-field-person-partner-date-of-birth = Яка дата народження вашого партнера чи партнерки?

## Before sending

notice-missing-identity = Ще вкажіть, хто ви.
notice-missing-changes = Ще виберіть, що змінилося.
notice-missing-details = Ще заповніть дані про цю зміну.
notice-missing-outdated = Ще раз перевірте дані про цю зміну. Одна дата вже не підходить.
notice-missing-declaration = Ще підтвердіть, що все, що ви заповнили, правильно.
