//! Which page of the self-check a request gets: the start, a question (new, to change,
//! or again with errors), or the results. Everything comes from the query string; the
//! server keeps nothing between steps.
//!
//! Besides the answers (see `domain::selfcheck::Answers`), the query carries three
//! control keys: `_start` (the resident pressed start), `_q` (the question this form
//! answered) and `_edit` (show this answered question again, from a back or change
//! link).

use crate::domain::selfcheck::{
    Answers, FieldError, FieldProblem, PersonEntry, Question, QuestionKind, Rules,
};
use time::Date;

pub const START_KEY: &str = "_start";
pub const QUESTION_KEY: &str = "_q";
pub const EDIT_KEY: &str = "_edit";

#[derive(Debug)]
pub enum Step<'r> {
    /// What the self-check is. `broken_link`: the query could not be read (an old or
    /// damaged link), so the resident starts again.
    Intro {
        broken_link: bool,
    },
    Ask(Ask<'r>),
    Results(Answers),
}

/// One question on its own page.
#[derive(Debug)]
pub struct Ask<'r> {
    pub question: &'r Question,
    /// The answers given so far; those to `question` are shown, not carried.
    pub answers: Answers,
    /// What to show in this question's fields: the earlier answer, or what was typed
    /// when it had an error. Keys as in the form (`q`, `q.from`, `q.1`).
    pub values: Vec<(String, String)>,
    pub errors: Vec<FieldError>,
}

impl Ask<'_> {
    /// The answers to the other questions, to carry as hidden fields.
    pub fn carried(&self) -> Vec<(String, String)> {
        self.answers
            .to_pairs()
            .into_iter()
            .filter(|(key, _)| !belongs_to(key, &self.question.id))
            .collect()
    }

    pub fn value(&self, key: &str) -> Option<&str> {
        self.values
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    pub fn is_chosen(&self, option: &str) -> bool {
        self.values
            .iter()
            .any(|(k, v)| k == &self.question.id && v == option)
    }
}

/// Whether form key `key` belongs to question `question` (`q`, `q.from`, `q.2`).
pub fn belongs_to(key: &str, question: &str) -> bool {
    key == question
        || key
            .strip_prefix(question)
            .is_some_and(|rest| rest.starts_with('.'))
}

fn applies(rules: &Rules, answers: &Answers, id: &str) -> bool {
    rules
        .questions_that_apply(answers)
        .iter()
        .any(|q| q.id == id)
}

pub fn decide<'r>(rules: &'r Rules, pairs: &[(String, String)], today: Date) -> Step<'r> {
    let control = |name: &str| {
        pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    };
    let submitted = control(QUESTION_KEY).and_then(|id| rules.question(id));
    let pairs = match submitted {
        Some(question) => people_rows_to_answer(question, pairs),
        None => pairs.to_vec(),
    };
    let parse = |pairs: &mut dyn Iterator<Item = &(String, String)>| {
        Answers::from_pairs(rules, pairs.map(|(k, v)| (k.as_str(), v.as_str())), today)
    };
    match parse(&mut pairs.iter()) {
        Ok(answers) => {
            if let Some(question) = submitted {
                if answers.get(&question.id).is_none() && applies(rules, &answers, &question.id) {
                    let field = question.id.clone();
                    return Step::Ask(Ask {
                        question,
                        answers,
                        values: Vec::new(),
                        errors: vec![FieldError {
                            field,
                            problem: FieldProblem::Empty,
                        }],
                    });
                }
            }
            let edit = control(EDIT_KEY).and_then(|id| rules.question(id));
            if let Some(question) = edit.filter(|q| applies(rules, &answers, &q.id)) {
                let values = answers
                    .to_pairs()
                    .into_iter()
                    .filter(|(k, _)| belongs_to(k, &question.id))
                    .collect();
                return Step::Ask(Ask {
                    question,
                    answers,
                    values,
                    errors: Vec::new(),
                });
            }
            let started = control(START_KEY).is_some() || submitted.is_some();
            match rules.next_question(&answers) {
                Some(_) if answers.is_empty() && !started => Step::Intro { broken_link: false },
                Some(question) => Step::Ask(Ask {
                    question,
                    answers,
                    values: Vec::new(),
                    errors: Vec::new(),
                }),
                None => Step::Results(answers),
            }
        }
        Err(errors) => {
            // Errors in the answer just given: ask it again, keeping what was typed.
            // Errors anywhere else mean a damaged link: start again.
            let Some(question) = submitted else {
                return Step::Intro { broken_link: true };
            };
            if !errors.iter().all(|e| belongs_to(&e.field, &question.id)) {
                return Step::Intro { broken_link: true };
            }
            let mut others = pairs.iter().filter(|(k, _)| !belongs_to(k, &question.id));
            match parse(&mut others) {
                Ok(answers) => Step::Ask(Ask {
                    question,
                    answers,
                    values: pairs
                        .iter()
                        .filter(|(k, _)| belongs_to(k, &question.id))
                        .cloned()
                        .collect(),
                    errors,
                }),
                Err(_) => Step::Intro { broken_link: true },
            }
        }
    }
}

/// The form of a people question has a fixed number of rows (`q.1` … `q.N`) and no
/// count: a resident fills in as many rows as there are people and leaves the rest
/// empty. This turns the filled rows into the answer format (`q.count`, `q.1` …).
fn people_rows_to_answer(question: &Question, pairs: &[(String, String)]) -> Vec<(String, String)> {
    if !matches!(question.kind, QuestionKind::People { .. }) {
        return pairs.to_vec();
    }
    let id = &question.id;
    let count_key = format!("{id}.count");
    if pairs.iter().any(|(k, _)| k == &count_key) {
        return pairs.to_vec();
    }
    let mut rows: Vec<(u32, &str)> = pairs
        .iter()
        .filter_map(|(k, v)| {
            let n = k
                .strip_prefix(id.as_str())?
                .strip_prefix('.')?
                .parse()
                .ok()?;
            Some((n, v.as_str()))
        })
        .filter(|(_, v)| !v.trim().is_empty())
        .collect();
    rows.sort_by_key(|(n, _)| *n);
    let mut out: Vec<(String, String)> = pairs
        .iter()
        .filter(|(k, _)| !belongs_to(k, id))
        .cloned()
        .collect();
    if !rows.is_empty() {
        out.push((count_key, rows.len().to_string()));
        for (i, (_, value)) in rows.iter().enumerate() {
            out.push((format!("{id}.{}", i + 1), (*value).to_owned()));
        }
    }
    out
}

/// How many rows a people question shows: room for every person given and one more,
/// at least three.
pub fn people_rows(ask: &Ask) -> usize {
    let given = ask
        .values
        .iter()
        .filter(|(k, _)| {
            belongs_to(k, &ask.question.id) && !k.ends_with(".count") && k != &ask.question.id
        })
        .count();
    (given + 1).clamp(3, 20)
}

/// Whether a person row asks a month of birth (else an age).
pub fn person_is_month(entry: PersonEntry) -> bool {
    entry == PersonEntry::BirthMonth
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::selfcheck::SHIPPED_RULES as RULES;
    use time::macros::date;

    const TODAY: Date = date!(2026 - 03 - 10);

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    fn asked<'r>(step: &Step<'r>) -> (&'r str, Vec<FieldProblem>) {
        match step {
            Step::Ask(ask) => (
                ask.question.id.as_str(),
                ask.errors.iter().map(|e| e.problem).collect(),
            ),
            other => panic!("expected a question, got {other:?}"),
        }
    }

    #[test]
    fn steps_from_query() {
        let rules = Rules::parse(RULES).unwrap();
        let step = |list: &[(&str, &str)]| decide(&rules, &pairs(list), TODAY);

        assert!(matches!(step(&[]), Step::Intro { broken_link: false }));
        assert_eq!(asked(&step(&[("_start", "1")])), ("life-areas", vec![]));
        // Nothing chosen on a several question.
        assert_eq!(
            asked(&step(&[("_q", "life-areas")])),
            ("life-areas", vec![FieldProblem::Empty])
        );
        // Answered: on to the first follow-up.
        assert_eq!(
            asked(&step(&[("_q", "life-areas"), ("life-areas", "travel")])),
            ("travel-kind", vec![])
        );
        // A wrong date in the answer just given: the same question, with the error.
        let wrong = step(&[
            ("life-areas", "travel"),
            ("travel-kind", "abroad"),
            ("_q", "trip-dates"),
            ("trip-dates.from", "2026-07-01"),
            ("trip-dates.to", "2026-02-30"),
        ]);
        assert_eq!(asked(&wrong), ("trip-dates", vec![FieldProblem::NotADate]));
        if let Step::Ask(ask) = &wrong {
            assert_eq!(ask.value("trip-dates.to"), Some("2026-02-30"));
            assert_eq!(ask.carried().len(), 2);
        }
        // A damaged earlier answer: start again.
        assert!(matches!(
            step(&[
                ("life-areas", "nonsense"),
                ("_q", "travel-kind"),
                ("travel-kind", "abroad")
            ]),
            Step::Intro { broken_link: true }
        ));
        assert!(matches!(
            step(&[("no-such-question", "x")]),
            Step::Intro { broken_link: true }
        ));
        // Change an answer: the question again, filled in.
        let edit = step(&[
            ("life-areas", "travel"),
            ("travel-kind", "abroad"),
            ("_edit", "travel-kind"),
        ]);
        assert_eq!(asked(&edit), ("travel-kind", vec![]));
        if let Step::Ask(ask) = &edit {
            assert!(ask.is_chosen("abroad"));
        }
        // Editing a question that does not apply is ignored.
        assert_eq!(
            asked(&step(&[("life-areas", "travel"), ("_edit", "gift-kind")])),
            ("travel-kind", vec![])
        );
        // Every question answered: the results.
        assert!(matches!(
            step(&[("life-areas", "gifts"), ("gift-kind", "food-bank")]),
            Step::Results(_)
        ));
    }

    #[test]
    fn people_rows_become_a_counted_answer() {
        let rules = Rules::parse(RULES).unwrap();
        let base = [
            ("life-areas", "household"),
            ("household-change", "moves-in"),
            ("moves-in-who", "child"),
            ("_q", "moves-in-ages"),
        ];
        let mut with_rows = base.to_vec();
        with_rows.extend([
            ("moves-in-ages.1", ""),
            ("moves-in-ages.2", "22"),
            ("moves-in-ages.3", " "),
        ]);
        let step = decide(&rules, &pairs(&with_rows), TODAY);
        let Step::Ask(ask) = step else {
            panic!("expected the next question")
        };
        assert_ne!(ask.question.id, "moves-in-ages");
        assert!(ask
            .carried()
            .contains(&("moves-in-ages.1".to_owned(), "22".to_owned())));

        let mut empty = base.to_vec();
        empty.extend([("moves-in-ages.1", ""), ("moves-in-ages.2", "")]);
        assert_eq!(
            asked(&decide(&rules, &pairs(&empty), TODAY)),
            ("moves-in-ages", vec![FieldProblem::Empty])
        );

        let mut bad = base.to_vec();
        bad.extend([("moves-in-ages.1", "twenty")]);
        assert_eq!(
            asked(&decide(&rules, &pairs(&bad), TODAY)),
            ("moves-in-ages", vec![FieldProblem::NotAnAge])
        );
    }
}
