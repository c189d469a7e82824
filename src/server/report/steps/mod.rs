//! The handlers of the change-notice steps, in the order a resident meets them. Each
//! GET shows the step from the draft; each POST (its form token checked by
//! [`PostedStep`]) reads the form with the domain's readers, and either stores the step
//! and goes on (303) to the next one, or shows the same page with what was typed and
//! the errors (422).

mod changes;
mod details;
mod identity;
pub(super) mod received;
mod send;

pub use changes::{changes_page, changes_post};
pub use details::{details_page, details_post, remove_file};
pub use identity::{identity_page, identity_post};
pub use received::{receipt, receipt_response, received_page, sent_page, start_new};
pub use send::{check_page, submit};

use crate::auth::token;
use crate::server::report::draft::DraftDoc;
use crate::server::report::visit::Step;

/// The most self-check outcomes a start link may carry.
const MAX_PRESELECT: usize = 60;

fn new_doc() -> DraftDoc {
    DraftDoc::new(token::new_token())
}

/// The pairs the domain reads: without the web layer's `_` fields.
fn answer_pairs(pairs: &[(String, String)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .filter(|(k, _)| !k.starts_with('_'))
        .cloned()
        .collect()
}

/// Where a step goes when it is done: back to "check your answers" when the resident
/// came from there, otherwise to the next change without details, then the check.
fn next_after(step: &Step, doc: &DraftDoc, return_to_check: bool) -> String {
    if doc.kinds.is_empty() {
        return step.href("changes");
    }
    match doc.next_without_details() {
        Some(kind) if !return_to_check => step.href(&format!("details/{}", kind.id())),
        _ => step.href("check"),
    }
}
