//! The Fluent message ids the self-check uses: those named in the rule file, and the
//! fixed ones for parts every question of a kind shares (yes/no, the two dates of a
//! period, field errors).

use super::answers::FieldProblem;
use super::rules::{Rules, RulesError};

/// Texts the web layer needs beside those in the rule file.
pub const FIXED_MESSAGE_IDS: [&str; 12] = [
    "selfcheck-answer-yes",
    "selfcheck-answer-no",
    "selfcheck-period-from",
    "selfcheck-period-to",
    "selfcheck-people-count",
    "selfcheck-person-age",
    "selfcheck-person-birth-month",
    "selfcheck-amount-hint",
    "selfcheck-deadline",
    "selfcheck-deadline-passed",
    "selfcheck-no-deadline",
    "selfcheck-nothing-stored",
];

impl Rules {
    /// Every message id the self-check can show, each with where it is used.
    pub fn message_ids(&self) -> Vec<(String, &str)> {
        let mut ids: Vec<(String, &str)> = Vec::new();
        for q in self.questions() {
            let place = format!("question `{}`", q.id);
            ids.push((place.clone(), &q.text));
            if let Some(hint) = &q.hint {
                ids.push((place.clone(), hint));
            }
            for choice in q.kind.choices() {
                ids.push((format!("{place}, option `{}`", choice.id), &choice.text));
            }
        }
        for o in self.outcomes() {
            for id in o.texts.ids() {
                ids.push((format!("outcome `{}`", o.id), id));
            }
        }
        for id in FIXED_MESSAGE_IDS {
            ids.push(("built in".into(), id));
        }
        for problem in FieldProblem::ALL {
            ids.push(("field error".into(), problem.message_id()));
        }
        ids
    }

    /// Checks that the catalog has every message the self-check uses; the error lists
    /// each missing id once, with the first place that uses it.
    pub fn validate_messages(&self, exists: impl Fn(&str) -> bool) -> Result<(), RulesError> {
        let mut missing: Vec<(String, String)> = Vec::new();
        for (place, id) in self.message_ids() {
            if !exists(id) && !missing.iter().any(|(_, m)| m == id) {
                missing.push((place, id.to_owned()));
            }
        }
        if missing.is_empty() {
            Ok(())
        } else {
            Err(RulesError::MissingMessages(missing))
        }
    }
}
