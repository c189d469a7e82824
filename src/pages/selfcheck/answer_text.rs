//! An answer in words, for the "your answers" list on the results page.

use crate::domain::money::format_euro_cents;
use crate::domain::selfcheck::{AnswerValue, Person, Question};
use crate::i18n::I18n;

pub fn answer_text(i18n: &I18n, question: &Question, value: &AnswerValue) -> String {
    let choice = |id: &str| {
        question
            .kind
            .choices()
            .iter()
            .find(|c| c.id == id)
            .map_or_else(|| id.to_owned(), |c| i18n.t(&c.text))
    };
    match value {
        AnswerValue::YesNo(true) => i18n.t("selfcheck-answer-yes"),
        AnswerValue::YesNo(false) => i18n.t("selfcheck-answer-no"),
        AnswerValue::One(id) => choice(id),
        // In the order of the options in the rule file, not of their ids.
        AnswerValue::Several(ids) => question
            .kind
            .choices()
            .iter()
            .filter(|c| ids.contains(&c.id))
            .map(|c| i18n.t(&c.text))
            .collect::<Vec<_>>()
            .join("; "),
        AnswerValue::Date(date) => i18n.date(*date),
        AnswerValue::Amount { cents } => format_euro_cents(*cents, &i18n.lang.code),
        AnswerValue::Number(n) => n.to_string(),
        AnswerValue::Period { from, to } => format!("{} – {}", i18n.date(*from), i18n.date(*to)),
        AnswerValue::People(people) => people
            .iter()
            .map(|p| match p {
                Person::Age(age) => age.to_string(),
                Person::BirthMonth { year, month } => i18n.month(*year, *month),
            })
            .collect::<Vec<_>>()
            .join(", "),
    }
}
