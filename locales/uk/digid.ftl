# Signing in with DigiD: the button, the sign-out button, the messages after coming
# back from DigiD, and the pages when signing in did not work.

digid-sign-in-button = Увійти через DigiD
digid-sign-out-button = Вийти

digid-notice-cancelled = Ви припинили вхід через DigiD. Нічого не змінилося. Ви можете спробувати ще раз.
digid-notice-failed = Не вдалося увійти через DigiD. Нічого не змінилося. Спробуйте пізніше.
digid-notice-signed-out = Ви вийшли.

digid-unavailable-title = DigiD зараз не працює
digid-unavailable-text = Ми зараз не можемо з'єднатися з DigiD. Нічого не змінилося. Спробуйте ще раз за кілька хвилин.
digid-failed-title = Не вдалося увійти через DigiD
digid-failed-text = Ми не змогли перевірити ваш вхід. Можливо, це тривало задовго, або ви скористалися старим посиланням. Нічого не змінилося. Поверніться і увійдіть ще раз.
digid-level-title = Вам потрібно увійти іншим способом
digid-level-text = Для цієї послуги недостатньо увійти лише з паролем. Увійдіть через застосунок DigiD. Нічого не змінилося.
digid-no-bsn-title = Ми не отримали номер BSN
digid-no-bsn-text = DigiD не передав нам правильний номер BSN (номер громадянина). Без нього ви не можете тут увійти. Нічого не змінилося.
