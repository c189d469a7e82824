//! The change notice (wijzigingsformulier): a resident reports one or more changes and
//! gets a receipt with a reference number.
//!
//! The steps: who you are ([`Identity`], [`PersonDetails`]) → which changes
//! ([`ChangeKind`], several at once, pre-selected from the self-check by
//! [`change_kind_for_outcome`]) → a detail page per change ([`Change`]) → attachments
//! ([`check_upload`], [`AttachmentMeta`]) → check your answers → the declaration →
//! submit ([`NoticeDraft::ready_to_submit`]) → the receipt ([`Reference`]).
//!
//! This module is the model and its validation only, in plain Rust: no web types, no
//! I/O, no clock ("today" is a parameter) and no random number generator (the caller
//! passes random bytes). Every step reads string pairs as an HTML form sends them and
//! returns field-level errors ([`FieldError`]) whose problems have Fluent message ids
//! (`notice-error-…`); [`NOTICE_MESSAGE_IDS`] lists every message the module can name,
//! for a check at start-up ([`validate_messages`]).
//!
//! Personal data stays out of logs: [`Bsn`] and [`Iban`] print masked, and the `Debug`
//! output of [`PersonDetails`] and [`NoticeDraft`] shows no names, numbers or dates.

mod attachment;
mod bsn;
mod change;
mod fields;
mod iban;
mod messages;
mod person;
mod reference;
mod sender;

pub use attachment::{
    check_upload, check_upload_head, display_name, FileType, Upload, HEAD_BYTES,
    MAX_DISPLAY_NAME_CHARS, MAX_FILES_PER_CHANGE, MAX_FILE_BYTES, MAX_NOTICE_FILE_BYTES,
};
pub use bsn::Bsn;
pub use change::{
    BankAccount, Change, ChangeKind, Described, GiftKind, GiftOrInheritance, Hours,
    IncomeThisMonth, MovesIn, MovesOut, Other, Registration, Travel, Vehicle, Work, WorkEvent,
    YearMonth, OTHER_DESCRIPTION_CHARS,
};
pub use fields::{spec_message_ids, Choice, FieldError, FieldSpec, Input, Need, Problem};
pub use iban::{Iban, MAX_IBAN_LEN};
pub use messages::{message_ids_in_use, validate_messages, NOTICE_MESSAGE_IDS};
pub use person::{Email, Identity, Partner, PersonDetails, Phone};
pub use reference::{Reference, ALPHABET as REFERENCE_ALPHABET};
pub use sender::{check_sender, SenderRefusal};

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use time::Date;

/// The kind of change a self-check outcome asks the resident to report, for the
/// changes that are pre-selected when the resident comes from the self-check.
///
/// Every `report-*` outcome maps to a kind: to the kind whose fields fit what the
/// outcome asks, otherwise to [`ChangeKind::Other`]. Outcomes that ask nothing to be
/// reported (`no-need-*`, `ask-us-*`) map to `None`.
pub fn change_kind_for_outcome(outcome_id: &str) -> Option<ChangeKind> {
    let kind = match outcome_id {
        "report-job-started"
        | "report-job-stopped"
        | "report-hours-changed"
        | "report-side-jobs"
        | "report-self-employed"
        | "report-internship"
        | "report-volunteering" => ChangeKind::Work,
        // A child born comes to live with the resident too.
        "report-partner-moves-in"
        | "report-moves-in-27-plus"
        | "report-moves-in-under-27"
        | "report-living-together"
        | "report-birth" => ChangeKind::MovesIn,
        "report-moves-out" | "report-separation" => ChangeKind::MovesOut,
        "report-trip-within-limit" | "report-trip-reaches-limit" | "report-trip-over-limit" => {
            ChangeKind::Travel
        }
        // Bills someone else pays are a gift.
        "report-gifts-over-limit"
        | "report-gifts-over-limit-next-year"
        | "report-bills-paid"
        | "report-inheritance" => ChangeKind::GiftOrInheritance,
        "report-vehicle" | "report-vehicle-sold" => ChangeKind::Vehicle,
        "report-bank-account" => ChangeKind::BankAccount,
        // Money received: an amount, a month and who paid it.
        "report-monthly-income"
        | "report-paid-care"
        | "report-benefit"
        | "report-aow"
        | "report-partner-aow"
        | "report-alimony"
        | "report-household-income"
        | "report-tax-refund"
        | "report-deposit"
        | "report-selling-online"
        | "report-prize"
        | "report-compensation"
        | "report-pension-buyout" => ChangeKind::IncomeThisMonth,
        // Who lives in the house and what it costs.
        "report-death"
        | "report-child-turns-age"
        | "report-housemate-turns-27"
        | "report-moving-house"
        | "report-moving-away"
        | "report-rent-change"
        | "report-lodger"
        | "report-partner-stays"
        | "report-guest"
        | "report-care-household"
        | "report-emigration" => ChangeKind::Household,
        "report-stay-elsewhere" | "report-institution-stay" => ChangeKind::Stay,
        "report-education" | "report-housemate-student-finance" => ChangeKind::Education,
        "report-detention" | "report-community-service" => ChangeKind::Justice,
        "report-vehicle-use" | "report-savings" | "report-property" | "report-valuables"
        | "report-sold" | "report-loan" => ChangeKind::Assets,
        "report-contact-details"
        | "report-carer-access"
        | "report-guardian"
        | "report-residence-permit" => ChangeKind::Details,
        // A report outcome added later still lands somewhere: the resident's own words.
        id if id.starts_with("report-") => ChangeKind::Other,
        _ => return None,
    };
    Some(kind)
}

/// The kinds to pre-select for the outcomes of a self-check, in the notice's order.
pub fn preselected_kinds<'a>(outcome_ids: impl IntoIterator<Item = &'a str>) -> Vec<ChangeKind> {
    let kinds: BTreeSet<ChangeKind> = outcome_ids
        .into_iter()
        .filter_map(change_kind_for_outcome)
        .collect();
    kinds.into_iter().collect()
}

/// An uploaded file, as the draft knows it: the store's id, the change it belongs to,
/// and what [`check_upload`] found. The bytes live in the store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttachmentMeta {
    pub id: String,
    pub change: ChangeKind,
    pub file_type: FileType,
    pub size: usize,
    /// For display only; never a storage name.
    pub display_name: Option<String>,
}

impl AttachmentMeta {
    pub fn new(id: impl Into<String>, change: ChangeKind, upload: Upload) -> AttachmentMeta {
        AttachmentMeta {
            id: id.into(),
            change,
            file_type: upload.file_type,
            size: upload.size,
            display_name: upload.display_name,
        }
    }
}

/// A notice being filled in. Details and attachments belong to a chosen change; the
/// declaration covers what the resident saw on the "check your answers" page, so every
/// change to the draft after it asks for it again.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct NoticeDraft {
    identity: Option<Identity>,
    /// The chosen kinds, each with its details once the detail page is done.
    changes: BTreeMap<ChangeKind, Option<Change>>,
    attachments: Vec<AttachmentMeta>,
    declaration_accepted: bool,
}

/// What still stands between a draft and submitting it, step by step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Missing {
    Identity,
    /// No change chosen.
    Changes,
    /// The detail page of this change is not done.
    Details(ChangeKind),
    /// The details were right when typed, but no longer are (a date that has left its
    /// window since); the errors name the fields.
    Outdated {
        kind: ChangeKind,
        errors: Vec<FieldError>,
    },
    Declaration,
}

impl Missing {
    pub fn message_id(&self) -> &'static str {
        match self {
            Missing::Identity => "notice-missing-identity",
            Missing::Changes => "notice-missing-changes",
            Missing::Details(_) => "notice-missing-details",
            Missing::Outdated { .. } => "notice-missing-outdated",
            Missing::Declaration => "notice-missing-declaration",
        }
    }

    pub const MESSAGE_IDS: [&'static str; 5] = [
        "notice-missing-identity",
        "notice-missing-changes",
        "notice-missing-details",
        "notice-missing-outdated",
        "notice-missing-declaration",
    ];
}

impl NoticeDraft {
    pub fn new() -> NoticeDraft {
        NoticeDraft::default()
    }

    /// A draft with the changes the self-check's outcomes ask for already chosen.
    pub fn from_selfcheck<'a>(outcome_ids: impl IntoIterator<Item = &'a str>) -> NoticeDraft {
        let mut draft = NoticeDraft::new();
        draft.select(preselected_kinds(outcome_ids));
        draft
    }

    pub fn identity(&self) -> Option<&Identity> {
        self.identity.as_ref()
    }

    pub fn set_identity(&mut self, identity: Identity) {
        self.identity = Some(identity);
        self.declaration_accepted = false;
    }

    /// The chosen kinds, in the notice's order.
    pub fn selected(&self) -> impl Iterator<Item = ChangeKind> + '_ {
        self.changes.keys().copied()
    }

    pub fn is_selected(&self, kind: ChangeKind) -> bool {
        self.changes.contains_key(&kind)
    }

    /// Chooses exactly these kinds. Details and attachments of kinds that stay chosen
    /// are kept; those of kinds no longer chosen are dropped.
    pub fn select(&mut self, kinds: impl IntoIterator<Item = ChangeKind>) {
        let chosen: BTreeSet<ChangeKind> = kinds.into_iter().collect();
        self.changes.retain(|kind, _| chosen.contains(kind));
        for kind in chosen {
            self.changes.entry(kind).or_insert(None);
        }
        self.attachments
            .retain(|a| self.changes.contains_key(&a.change));
        self.declaration_accepted = false;
    }

    pub fn details(&self, kind: ChangeKind) -> Option<&Change> {
        self.changes.get(&kind).and_then(Option::as_ref)
    }

    /// Stores the details of a chosen change ([`Problem::NotSelected`] otherwise).
    pub fn set_details(&mut self, change: Change) -> Result<(), Problem> {
        let slot = self
            .changes
            .get_mut(&change.kind())
            .ok_or(Problem::NotSelected)?;
        *slot = Some(change);
        self.declaration_accepted = false;
        Ok(())
    }

    pub fn attachments(&self) -> &[AttachmentMeta] {
        &self.attachments
    }

    pub fn attachments_for(&self, kind: ChangeKind) -> impl Iterator<Item = &AttachmentMeta> {
        self.attachments.iter().filter(move |a| a.change == kind)
    }

    /// Adds a file to a chosen change, at most [`MAX_FILES_PER_CHANGE`] per change.
    pub fn add_attachment(&mut self, attachment: AttachmentMeta) -> Result<(), Problem> {
        if !self.is_selected(attachment.change) {
            return Err(Problem::NotSelected);
        }
        if self.attachments_for(attachment.change).count() >= MAX_FILES_PER_CHANGE {
            return Err(Problem::TooManyFiles);
        }
        self.attachments.push(attachment);
        self.declaration_accepted = false;
        Ok(())
    }

    /// Removes a file by its id; the store deletes the bytes.
    pub fn remove_attachment(&mut self, id: &str) -> Option<AttachmentMeta> {
        let index = self.attachments.iter().position(|a| a.id == id)?;
        self.declaration_accepted = false;
        Some(self.attachments.remove(index))
    }

    /// The resident declares that everything is true and complete.
    pub fn accept_declaration(&mut self) {
        self.declaration_accepted = true;
    }

    pub fn declaration_accepted(&self) -> bool {
        self.declaration_accepted
    }

    /// Whether the draft can be submitted on `today`: everything missing, step by step.
    /// Details are read again as on their page, because a date that fitted its window
    /// when it was typed may not fit any more.
    pub fn ready_to_submit(&self, today: Date) -> Result<(), Vec<Missing>> {
        let mut missing = Vec::new();
        if self.identity.is_none() {
            missing.push(Missing::Identity);
        }
        if self.changes.is_empty() {
            missing.push(Missing::Changes);
        }
        for (&kind, details) in &self.changes {
            let Some(change) = details else {
                missing.push(Missing::Details(kind));
                continue;
            };
            let fields = change.to_fields();
            let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
            if let Err(errors) = Change::from_fields(kind, &pairs, today) {
                missing.push(Missing::Outdated { kind, errors });
            }
        }
        if !self.declaration_accepted {
            missing.push(Missing::Declaration);
        }
        if missing.is_empty() {
            Ok(())
        } else {
            Err(missing)
        }
    }
}

/// Shows the shape of the draft, none of its content.
impl fmt::Debug for NoticeDraft {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let changes: Vec<(ChangeKind, bool)> = self
            .changes
            .iter()
            .map(|(k, d)| (*k, d.is_some()))
            .collect();
        f.debug_struct("NoticeDraft")
            .field("identity", &self.identity.is_some())
            .field("changes (kind, details)", &changes)
            .field("attachments", &self.attachments.len())
            .field("declaration_accepted", &self.declaration_accepted)
            .finish()
    }
}

#[cfg(test)]
mod tests;
