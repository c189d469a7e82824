//! Who you are: the first step.

use super::{answer_pairs, new_doc, MAX_PRESELECT};
use crate::domain::notice::{change_kind_for_outcome, preselected_kinds, PersonDetails};
use crate::pages::report::form::{IdentityProof, IdentityView, ReportView, RETURN_FIELD};
use crate::server::error::PageResult;
use crate::server::report::draft::{borrow, own};
use crate::server::report::visit::{PostedStep, Step};
use crate::server::AppState;
use axum::extract::State;
use axum::http::StatusCode;

pub async fn identity_page(State(state): State<AppState>, step: Step) -> PageResult {
    let doc = step.draft(&state).await?;
    let preselect = match &doc {
        Some(doc) if !doc.kinds.is_empty() => Vec::new(),
        _ => step
            .query_values("change")
            .into_iter()
            .filter(|id| change_kind_for_outcome(id).is_some())
            .take(MAX_PRESELECT)
            .collect(),
    };
    let view = IdentityView {
        csrf: step.visit.form_token(),
        values: doc.map(|d| d.identity).unwrap_or_default(),
        errors: Vec::new(),
        return_to_check: step.returns_to_check(),
        preselect,
        proof: proof(&state, &step),
    };
    Ok(step
        .show(&state, StatusCode::OK, ReportView::Identity(view))
        .await)
}

pub async fn identity_post(State(state): State<AppState>, step: PostedStep) -> PageResult {
    let doc = step.draft(&state).await?;
    let return_to_check = step.field(RETURN_FIELD) == Some("check");
    let mut answers = answer_pairs(&step.pairs);
    if let Some(resident) = &step.resident {
        // What DigiD proved is not the form's to change, whatever was posted.
        let identity = &resident.identity;
        let locked: &[&str] = if identity.name.is_some() {
            &["bsn", "name"]
        } else {
            &["bsn"]
        };
        answers.retain(|(key, _)| !locked.contains(&key.as_str()));
        answers.push(("bsn".to_owned(), identity.bsn.full_number().to_owned()));
        if let Some(name) = &identity.name {
            answers.push(("name".to_owned(), name.clone()));
        }
    }
    let person = match PersonDetails::from_fields(&borrow(&answers), state.today()) {
        Ok(person) => person,
        Err(errors) => {
            let preselect = step
                .pairs
                .iter()
                .filter(|(k, v)| k == "_change" && change_kind_for_outcome(v).is_some())
                .map(|(_, v)| v.clone())
                .take(MAX_PRESELECT)
                .collect();
            let view = IdentityView {
                csrf: step.visit.form_token(),
                values: answers,
                errors,
                return_to_check,
                preselect,
                proof: proof(&state, &step),
            };
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            return Ok(step.show(&state, status, ReportView::Identity(view)).await);
        }
    };
    let mut doc = doc.unwrap_or_else(new_doc);
    doc.identity = own(person.to_fields());
    doc.verified = step.resident.as_ref().map(|r| r.identity.level);
    doc.declaration = false;
    if doc.kinds.is_empty() {
        let outcomes: Vec<&str> = step
            .pairs
            .iter()
            .filter(|(k, _)| k == "_change")
            .map(|(_, v)| v.as_str())
            .take(MAX_PRESELECT)
            .collect();
        doc.choose(&preselected_kinds(outcomes));
    }
    step.save(&state, &mut doc, "identity").await?;
    let to = if return_to_check { "check" } else { "changes" };
    Ok(step.go(&state, &step.href(to)))
}

/// What the identity step says about DigiD: what the sign-in proved, or (in the mode
/// `digid-or-form`) the offer to sign in instead of typing the BSN.
fn proof(state: &AppState, step: &Step) -> IdentityProof {
    match &step.resident {
        Some(resident) => IdentityProof::Verified {
            bsn_masked: resident.identity.bsn.masked(),
            name: resident.identity.name.clone(),
        },
        None if state.settings.residents.identity_mode.offers_digid() => {
            IdentityProof::Offer(step.href("identity"))
        }
        None => IdentityProof::Typed,
    }
}
