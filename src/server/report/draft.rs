//! The stored form of a half-finished notice, and its translation to the domain's
//! [`NoticeDraft`].
//!
//! What is stored is what the resident typed *after* it passed its step's checks, as
//! the form pairs of that step: reading them back runs the same checks again, so a
//! stored draft can never hold a value that the pages would refuse. It is serialized
//! as JSON and sealed by `store::drafts`.

use crate::config::residents::AssuranceLevel;
use crate::domain::notice::{
    AttachmentMeta, Change, ChangeKind, FileType, Identity, NoticeDraft, PersonDetails, Upload,
};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use time::Date;

/// Pairs of one form step, in page order.
pub type Pairs = Vec<(String, String)>;

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct DraftDoc {
    /// The "who are you" step; empty until it is done.
    #[serde(default)]
    pub identity: Pairs,
    /// The BSN in `identity` was proven with DigiD at this level (the draft is then
    /// bound to that resident, `visit::Visit`).
    #[serde(default)]
    pub verified: Option<AssuranceLevel>,
    /// The chosen kinds of change (ids), in the notice's order.
    #[serde(default)]
    pub kinds: Vec<String>,
    /// The detail pages that are done, by kind id.
    #[serde(default)]
    pub details: BTreeMap<String, Pairs>,
    /// Files by their store id, with the change they belong to.
    #[serde(default)]
    pub files: Vec<DraftFileRef>,
    /// The resident has ticked the declaration on the page that showed these answers.
    #[serde(default)]
    pub declaration: bool,
    /// Sent with the notice: a double click, refresh or retry finds the same notice.
    pub idempotency_key: String,
    /// Set once the notice is stored: the draft is then read-only.
    #[serde(default)]
    pub submitted: Option<SubmittedDoc>,
    /// The stored version this copy was read at (`None`: not stored yet); a save of an
    /// older copy than the stored one is refused (`store::drafts::save`).
    #[serde(skip)]
    pub version: Option<i64>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct DraftFileRef {
    pub id: String,
    pub kind: String,
    pub media_type: String,
    pub size: usize,
    pub name: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct SubmittedDoc {
    pub reference: String,
    /// Seconds since 1970, UTC.
    pub at: i64,
}

impl DraftDoc {
    pub fn new(idempotency_key: String) -> DraftDoc {
        DraftDoc {
            idempotency_key,
            ..DraftDoc::default()
        }
    }

    /// The draft as it was sent, from a stored notice's document (`steps::send`'s
    /// `content`): enough to write its receipt again. Files keep only their names.
    pub fn from_sent(content: &serde_json::Value) -> DraftDoc {
        let pairs = |value: Option<&serde_json::Value>| -> Pairs {
            value
                .and_then(serde_json::Value::as_object)
                .map(|object| {
                    object
                        .iter()
                        .filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_owned())))
                        .collect()
                })
                .unwrap_or_default()
        };
        let mut doc = DraftDoc::new(String::new());
        doc.identity = pairs(content.get("identity"));
        let changes = content.get("changes").and_then(serde_json::Value::as_array);
        for change in changes.into_iter().flatten() {
            let Some(kind) = change.get("kind").and_then(serde_json::Value::as_str) else {
                continue;
            };
            doc.kinds.push(kind.to_owned());
            doc.details
                .insert(kind.to_owned(), pairs(change.get("fields")));
            let names = change.get("files").and_then(serde_json::Value::as_array);
            for name in names.into_iter().flatten().filter_map(|n| n.as_str()) {
                doc.files.push(DraftFileRef {
                    id: String::new(),
                    kind: kind.to_owned(),
                    media_type: String::new(),
                    size: 0,
                    name: Some(name.to_owned()).filter(|n| !n.is_empty()),
                });
            }
        }
        doc.declaration = true;
        doc
    }

    pub fn chosen_kinds(&self) -> Vec<ChangeKind> {
        let mut kinds: Vec<ChangeKind> = self
            .kinds
            .iter()
            .filter_map(|k| ChangeKind::parse(k))
            .collect();
        kinds.sort();
        kinds.dedup();
        kinds
    }

    /// Chooses exactly `kinds`; details and files of kinds no longer chosen go (the
    /// caller deletes the files' bytes). Returns the ids of the files dropped.
    pub fn choose(&mut self, kinds: &[ChangeKind]) -> Vec<String> {
        self.kinds = kinds.iter().map(|k| k.id().to_owned()).collect();
        self.details
            .retain(|k, _| kinds.iter().any(|kind| kind.id() == k));
        let (keep, drop): (Vec<_>, Vec<_>) = self
            .files
            .drain(..)
            .partition(|f| kinds.iter().any(|kind| kind.id() == f.kind));
        self.files = keep;
        self.declaration = false;
        drop.into_iter().map(|f| f.id).collect()
    }

    pub fn files_for(&self, kind: ChangeKind) -> impl Iterator<Item = &DraftFileRef> {
        self.files.iter().filter(move |f| f.kind == kind.id())
    }

    /// The first chosen change whose detail page is not done yet.
    pub fn next_without_details(&self) -> Option<ChangeKind> {
        self.chosen_kinds()
            .into_iter()
            .find(|k| !self.details.contains_key(k.id()))
    }

    /// The draft as the domain sees it on `today`. A step whose stored pairs no longer
    /// pass (a date that has left its window since) counts as not done, so the check
    /// page sends the resident back to it.
    pub fn to_domain(&self, today: Date) -> NoticeDraft {
        let mut draft = NoticeDraft::new();
        if !self.identity.is_empty() {
            if let Ok(person) = PersonDetails::from_fields(&borrow(&self.identity), today) {
                draft.set_identity(match self.verified {
                    Some(level) => Identity::Verified {
                        details: person,
                        level,
                    },
                    None => Identity::Typed(person),
                });
            }
        }
        draft.select(self.chosen_kinds());
        for kind in self.chosen_kinds() {
            if let Some(pairs) = self.details.get(kind.id()) {
                if let Ok(change) = Change::from_fields(kind, &borrow(pairs), today) {
                    let _ = draft.set_details(change);
                }
            }
        }
        for file in &self.files {
            let (Some(kind), Some(file_type)) = (
                ChangeKind::parse(&file.kind),
                FileType::ALL
                    .into_iter()
                    .find(|t| t.media_type() == file.media_type),
            ) else {
                continue;
            };
            let upload = Upload {
                file_type,
                size: file.size,
                display_name: file.name.clone(),
            };
            let _ = draft.add_attachment(AttachmentMeta::new(file.id.clone(), kind, upload));
        }
        if self.declaration {
            draft.accept_declaration();
        }
        draft
    }
}

/// Form pairs as the domain readers take them.
pub fn borrow(pairs: &[(String, String)]) -> Vec<(&str, &str)> {
    pairs
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect()
}

/// Owned pairs from domain output.
pub fn own(pairs: Vec<(&'static str, String)>) -> Pairs {
    pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    const TODAY: Date = date!(2026 - 03 - 10);

    fn identity() -> Pairs {
        own(vec![
            ("name", "Fatima El Amrani".to_owned()),
            ("bsn", "111222333".to_owned()),
            ("date-of-birth", "1985-04-02".to_owned()),
            ("partner", "no".to_owned()),
        ])
    }

    #[test]
    fn a_complete_draft_is_ready_once_declared() {
        let mut doc = DraftDoc::new("key".into());
        doc.identity = identity();
        doc.choose(&[ChangeKind::BankAccount]);
        doc.details.insert(
            "bank-account".into(),
            own(vec![
                ("iban", "NL91ABNA0417164300".to_owned()),
                ("date", "2026-03-01".to_owned()),
            ]),
        );
        let missing = doc.to_domain(TODAY).ready_to_submit(TODAY).unwrap_err();
        assert_eq!(missing, vec![crate::domain::notice::Missing::Declaration]);
        doc.declaration = true;
        assert_eq!(doc.to_domain(TODAY).ready_to_submit(TODAY), Ok(()));
    }

    #[test]
    fn choosing_drops_details_and_files_of_other_kinds() {
        let mut doc = DraftDoc::new("key".into());
        doc.choose(&[ChangeKind::Work, ChangeKind::Travel]);
        doc.details.insert("work".into(), Vec::new());
        doc.files.push(DraftFileRef {
            id: "f1".into(),
            kind: "work".into(),
            media_type: "application/pdf".into(),
            size: 10,
            name: None,
        });
        doc.declaration = true;
        let dropped = doc.choose(&[ChangeKind::Travel]);
        assert_eq!(dropped, vec!["f1".to_owned()]);
        assert!(doc.details.is_empty());
        assert!(!doc.declaration);
        assert_eq!(doc.next_without_details(), Some(ChangeKind::Travel));
    }

    #[test]
    fn stored_pairs_that_no_longer_pass_count_as_not_done() {
        let mut doc = DraftDoc::new("key".into());
        doc.identity = identity();
        doc.choose(&[ChangeKind::Other]);
        doc.details.insert(
            "other".into(),
            own(vec![
                ("description", "Mijn auto is verkocht".to_owned()),
                ("date", "2026-03-01".to_owned()),
            ]),
        );
        doc.declaration = true;
        // More than a year later the date has left its window.
        let later = date!(2027 - 06 - 01);
        let missing = doc.to_domain(later).ready_to_submit(later).unwrap_err();
        assert!(missing.contains(&crate::domain::notice::Missing::Details(ChangeKind::Other)));
    }
}
