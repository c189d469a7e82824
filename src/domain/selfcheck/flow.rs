//! Which questions apply, one step at a time. A question applies when its `ask_if`
//! holds for the answers to the earlier questions that apply; answers to questions
//! that no longer apply (the resident went back and changed an earlier answer) are
//! left out, so they can never change the outcome.

use super::answers::Answers;
use super::calculators::Results;
use super::conditions::Context;
use super::rules::{Question, Rules};

/// For "question 3 of about 8": more questions may appear as answers come in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// Questions answered that apply.
    pub answered: usize,
    /// Questions that apply so far, answered or not.
    pub about_total: usize,
}

impl Rules {
    /// The questions that apply to these answers, in order, answered or not.
    pub fn questions_that_apply(&self, answers: &Answers) -> Vec<&Question> {
        self.applicable(answers).0
    }

    /// The questions that apply and are not answered yet, in order.
    pub fn next_questions(&self, answers: &Answers) -> Vec<&Question> {
        self.questions_that_apply(answers)
            .into_iter()
            .filter(|q| answers.get(&q.id).is_none())
            .collect()
    }

    /// The question to ask now; `None` when every question that applies is answered.
    pub fn next_question(&self, answers: &Answers) -> Option<&Question> {
        self.next_questions(answers).into_iter().next()
    }

    /// The question that applies before `current` (for the back link); `None` on the
    /// first question or for a question that does not apply.
    pub fn previous_question(&self, answers: &Answers, current: &str) -> Option<&Question> {
        let apply = self.questions_that_apply(answers);
        let position = apply.iter().position(|q| q.id == current)?;
        position.checked_sub(1).map(|p| apply[p])
    }

    pub fn progress(&self, answers: &Answers) -> Progress {
        let apply = self.questions_that_apply(answers);
        Progress {
            answered: apply
                .iter()
                .filter(|q| answers.get(&q.id).is_some())
                .count(),
            about_total: apply.len(),
        }
    }

    /// Only the answers to questions that apply: what a link to the result carries.
    pub fn answers_that_apply(&self, answers: &Answers) -> Answers {
        self.applicable(answers).1
    }

    /// The questions that apply, and the answers to them only.
    pub(super) fn applicable(&self, answers: &Answers) -> (Vec<&Question>, Answers) {
        let mut apply = Vec::new();
        let mut kept = Answers::default();
        let no_results = Results::new();
        for question in self.questions() {
            let asked = question.ask_if.as_ref().is_none_or(|condition| {
                condition.holds(&Context {
                    answers: &kept,
                    results: &no_results,
                    policy: None,
                })
            });
            if asked {
                apply.push(question);
                if let Some(value) = answers.get(&question.id) {
                    kept.insert(&question.id, value.clone());
                }
            }
        }
        (apply, kept)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::selfcheck::SHIPPED_RULES;
    use time::macros::date;

    fn answers(rules: &Rules, pairs: &[(&str, &str)]) -> Answers {
        Answers::from_pairs(rules, pairs.iter().copied(), date!(2026 - 03 - 10)).unwrap()
    }

    fn ids<'a>(questions: &[&'a Question]) -> Vec<&'a str> {
        questions.iter().map(|q| q.id.as_str()).collect()
    }

    #[test]
    fn starts_with_life_areas_then_only_the_follow_ups_that_matter() {
        let rules = Rules::parse(SHIPPED_RULES).unwrap();
        let none = Answers::default();
        assert_eq!(ids(&rules.questions_that_apply(&none)), ["life-areas"]);
        assert_eq!(rules.next_question(&none).unwrap().id, "life-areas");

        let a = answers(&rules, &[("life-areas", "travel")]);
        assert_eq!(
            ids(&rules.questions_that_apply(&a)),
            ["life-areas", "travel-kind"]
        );
        let a = answers(
            &rules,
            &[("life-areas", "travel"), ("travel-kind", "abroad")],
        );
        assert_eq!(
            ids(&rules.questions_that_apply(&a)),
            [
                "life-areas",
                "travel-kind",
                "trip-dates",
                "abroad-earlier-days",
                "trip-reason"
            ]
        );
        assert_eq!(rules.next_question(&a).unwrap().id, "trip-dates");
        assert_eq!(
            rules.progress(&a),
            Progress {
                answered: 2,
                about_total: 5
            }
        );
        assert_eq!(
            rules.previous_question(&a, "trip-dates").unwrap().id,
            "travel-kind"
        );
        assert_eq!(rules.previous_question(&a, "life-areas"), None);
    }

    #[test]
    fn answers_that_no_longer_apply_are_left_out() {
        let rules = Rules::parse(SHIPPED_RULES).unwrap();
        // The resident first chose travel, then went back and chose gifts instead.
        let a = answers(
            &rules,
            &[
                ("life-areas", "gifts"),
                ("travel-kind", "abroad"),
                ("gift-kind", "food-bank"),
            ],
        );
        let (apply, kept) = rules.applicable(&a);
        assert_eq!(ids(&apply), ["life-areas", "gift-kind"]);
        assert!(kept.get("travel-kind").is_none());
        assert_eq!(rules.next_question(&a), None);
    }
}
