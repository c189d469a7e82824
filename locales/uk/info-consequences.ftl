# Page: what happens if a change is reported late or not at all.

info-consequences-title = Що буде, якщо ви повідомите про щось запізно або не повідомите?
info-consequences-nav = Якщо щось пішло не так
info-consequences-summary = Ми заздалегідь чесно розповідаємо вам, що буде, якщо ви не повідомите про щось або повідомите запізно.
info-consequences-short-1 = Ви отримали забагато bijstand? Тоді ви повертаєте ці гроші.
info-consequences-short-2 = Іноді ви отримуєте попередження або штраф.
info-consequences-short-3 = Ви не співпрацюєте? Тоді вашу допомогу bijstand можуть на деякий час зменшити.
info-consequences-short-4 = Ви зробили помилку? Скажіть нам зараз. Якщо ви самі виправляєте помилку, ми це враховуємо.

# Paying back
info-consequences-repay-heading = Повернення зайвої допомоги bijstand
info-consequences-repay-p1 = Ви повідомляєте про зміну запізно або не повідомляєте? Тоді ви, можливо, отримуєте забагато bijstand. Тоді ми знову розраховуємо вашу допомогу bijstand.
info-consequences-repay-p2 = Суму, яку ви отримали зайво, ви повертаєте. Це називається terugvordering. Ми разом із вами домовимося про виплати, які вам під силу.

# Warning and fine
info-consequences-fine-heading = Попередження або штраф
info-consequences-fine-p1 = Це перший раз, і йдеться про невелику суму? Тоді ви зазвичай отримуєте попередження.
info-consequences-fine-p2 = Інакше ви можете отримати штраф. Його розмір залежить від того, наскільки це ваша вина:
info-consequences-fine-li1 = ви справді не знали: без штрафу або невеликий штраф;
info-consequences-fine-li2 = ви могли це знати: 25 або 50 відсотків суми;
info-consequences-fine-li3 = ви зробили це навмисно: 75 або 100 відсотків суми.
info-consequences-fine-p3 = Це знову стається протягом п’яти років? Тоді штраф може бути більшим, до 150 відсотків.
info-consequences-fine-p4 = Якщо сума велика і це зроблено навмисно, муніципалітет може повідомити Openbaar Ministerie (прокуратуру).

# Lowering when not cooperating
info-consequences-lower-heading = Менша допомога bijstand, якщо ви не співпрацюєте
info-consequences-lower-p1 = Ви не приходите на зустрічі? Або не робите того, про що ми домовилися щодо роботи? Тоді вашу допомогу bijstand можуть на деякий час зменшити. Це називається verlaging.
info-consequences-lower-p2 = Спочатку ми говоримо з вами. Є поважна причина? Тоді ми це врахуємо.

# The way out
info-consequences-fix-heading = Зробили помилку? Скажіть нам зараз
info-consequences-fix-p1 = Кожен іноді помиляється. Скажіть нам якнайшвидше. Якщо ви самі виправляєте помилку, ми це враховуємо.
info-consequences-fix-p2 = Ми завжди дивимося на вашу ситуацію. Ми також запитуємо себе, чи достатньо ясно ми все пояснили.
info-consequences-fix-p3 = У вас проблеми з грошима або борги? Ми охоче вам допоможемо. Подивіться сторінку про допомогу.
