# Page: your duties (inlichtingenplicht and meewerkplicht).

info-duties-title = Ваші обов’язки, коли ви отримуєте bijstand
info-duties-nav = Ваші обов’язки
info-duties-summary = Якщо ви отримуєте bijstand (соціальну допомогу), у вас є два обов’язки: повідомляти нам про зміни і співпрацювати з нами.
info-duties-short-1 = Ви самі повідомляєте нам усе, що може змінити вашу допомогу bijstand.
info-duties-short-2 = Ви співпрацюєте, коли ми щось просимо або перевіряємо.
info-duties-short-3 = У вас є партнер? Тоді ваш партнер має такі самі обов’язки.
info-duties-short-4 = Сумніваєтеся? Тоді повідомте нам або запитайте нас.

# The duty to inform
info-duties-inform-heading = Inlichtingenplicht: обов’язок повідомляти про зміни
info-duties-inform-p1 = Скільки bijstand ви отримуєте, залежить від вашої ситуації. Тому ми маємо знати, як ви живете.
info-duties-inform-p2 = Inlichtingenplicht означає: ви повідомляєте нам усе, що може вплинути на вашу допомогу bijstand або на ваші домовленості щодо роботи. Ви робите це з власної ініціативи. Ви не чекаєте, поки ми про це запитаємо. Ми вас про щось запитуємо? Тоді ви відповідаєте.
info-duties-inform-p3 = Наприклад, про такі зміни:
info-duties-inform-li1 = ви починаєте працювати або працюєте більше чи менше годин;
info-duties-inform-li2 = хтось починає жити з вами або виїжджає;
info-duties-inform-li3 = ви отримуєте гроші, наприклад подарунок або спадщину;
info-duties-inform-li4 = ви їдете за кордон;
info-duties-inform-li5 = ви переїжджаєте або отримуєте новий номер банківського рахунку.
info-duties-inform-p4 = Повідомте про зміну протягом { $change-deadline-days ->
        [one] { $change-deadline-days } календарного дня
        [few] { $change-deadline-days } календарних днів
        [many] { $change-deadline-days } календарних днів
       *[other] { $change-deadline-days } календарного дня
    }. Про поїздку за кордон повідомте заздалегідь: щонайменше за { $travel-notice-days ->
        [one] { $travel-notice-days } день
        [few] { $travel-notice-days } дні
        [many] { $travel-notice-days } днів
       *[other] { $travel-notice-days } дня
    } до від’їзду.

# The duty to cooperate
info-duties-cooperate-heading = Meewerkplicht: обов’язок брати участь і співпрацювати
info-duties-cooperate-p1 = Meewerkplicht означає: ви допомагаєте, коли ми про це просимо. Йдеться про дві речі.
info-duties-cooperate-li1 = Ви співпрацюєте, коли ми перевіряємо вашу ситуацію. Наприклад, ми просимо документи, розмову або візит до вас додому.
info-duties-cooperate-li2 = Ви допомагаєте знайти роботу. Ви приходите на зустрічі і робите те, про що ми разом домовилися.
info-duties-cooperate-p2 = Щось не виходить, наприклад через хворобу або догляд за дитиною? Скажіть нам вчасно. Тоді ми разом шукатимемо рішення.

# Partners
info-duties-partner-heading = У вас є партнер?
info-duties-partner-p1 = Ви живете разом із партнером? Тоді ви отримуєте bijstand разом. У вас обох такі самі обов’язки.
info-duties-partner-p2 = Тож повідомляйте також про зміни у вашого партнера. Наприклад, коли ваш партнер починає працювати або отримує гроші.

# When in doubt
info-duties-doubt-heading = Сумніваєтеся? Повідомте нам або запитайте нас
info-duties-doubt-p1 = Іноді ви не знаєте точно, чи щось важливе. Тоді все одно повідомте нам. Або зателефонуйте нам за номером { $phone } і запитайте.
info-duties-doubt-p2 = Повідомити трохи забагато — ніколи не помилка. Ми самі перевіримо, чи це щось змінює у вашій допомозі bijstand.
info-duties-doubt-p3 = Хочете знати, що стосується вас? Тоді скористайтеся перевіркою на цьому сайті. Ви відповідаєте на кілька коротких запитань.
