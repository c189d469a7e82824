//! Check, declare, send: the check page and the one POST that stores the notice.

use crate::auth::token;
use crate::domain::notice::{check_sender, Missing, Reference, SenderRefusal};
use crate::pages::problem::{DigidProblem, Problem};
use crate::pages::report::form::{CheckView, ReportView};
use crate::server::error::{PageError, PageResult};
use crate::server::page::{client_address, see_other};
use crate::server::report::answers::{self, Show};
use crate::server::report::draft::{DraftDoc, SubmittedDoc};
use crate::server::report::now;
use crate::server::report::steps::received::sent_cookie;
use crate::server::report::visit::{PostedStep, Step, Visit};
use crate::server::resident::{end_session, start_href};
use crate::server::AppState;
use crate::store::drafts;
use crate::store::limits::{self, Limit};
use crate::store::notices;
use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::IntoResponse;
use serde_json::{json, Map, Value};

fn check_view(
    state: &AppState,
    step: &Step,
    doc: &DraftDoc,
    errors: Vec<(String, &'static str)>,
) -> ReportView {
    ReportView::Check(CheckView {
        csrf: step.visit.form_token(),
        identity: answers::identity(&step.i18n, doc, Show::Full),
        changes: answers::changes(&step.i18n, doc, Some(state.today()), Show::Full),
        errors,
    })
}

pub async fn check_page(State(state): State<AppState>, step: Step) -> PageResult {
    let doc = step.draft(&state).await?;
    let Some(doc) = doc.filter(|d| !d.identity.is_empty()) else {
        return Ok(step.go(&state, &step.href("identity")));
    };
    let view = check_view(&state, &step, &doc, Vec::new());
    Ok(step.show(&state, StatusCode::OK, view).await)
}

/// How the notice's sender was identified, and whose notices it joins.
struct Sender {
    verification: notices::Verification,
    owner_index: Option<String>,
}

/// The last check before storing: the identity mode, the session and the draft's
/// identity must agree (`domain::notice::check_sender`). A refusal sends the resident
/// where they can put it right.
fn sender(state: &AppState, step: &Step, doc: &DraftDoc) -> Result<Sender, PageError> {
    let residents = &state.settings.residents;
    let draft = doc.to_domain(state.today());
    let Some(identity) = draft.identity() else {
        return Err(PageError::SeeOther(step.href("identity")));
    };
    let signed_in = step
        .resident
        .as_ref()
        .map(|r| (&r.identity.bsn, r.identity.level));
    match check_sender(
        residents.identity_mode,
        residents.digid.minimum_level,
        signed_in,
        identity,
    ) {
        Ok(None) => Ok(Sender {
            verification: notices::Verification::Typed,
            owner_index: None,
        }),
        Ok(Some(level)) => Ok(Sender {
            verification: notices::Verification::Digid(level),
            owner_index: Some(state.data_keys.owner_index(identity.bsn().full_number())),
        }),
        Err(refusal) => {
            tracing::warn!(?refusal, "change notice: sender refused");
            Err(match refusal {
                SenderRefusal::SignInRequired => {
                    PageError::SeeOther(start_href(Some(&step.href("check"))))
                }
                SenderRefusal::NotVerified | SenderRefusal::OtherResident => {
                    PageError::SeeOther(step.href("identity"))
                }
                SenderRefusal::LevelTooLow => Problem::Digid(DigidProblem::LevelTooLow).into(),
            })
        }
    }
}

/// Where the error summary of the check page links for what is missing.
fn missing_target(missing: &Missing) -> (String, &'static str) {
    let target = match missing {
        Missing::Identity => "check-identity".to_owned(),
        Missing::Changes => "main".to_owned(),
        Missing::Details(kind) | Missing::Outdated { kind, .. } => format!("change-{}", kind.id()),
        Missing::Declaration => "f-declaration".to_owned(),
    };
    (target, missing.message_id())
}

pub async fn submit(State(state): State<AppState>, step: PostedStep) -> PageResult {
    // A second click or a refresh after the notice was stored lands on its receipt.
    let Some(mut doc) = step.draft(&state).await? else {
        return Ok(see_other(&step.href("identity")));
    };
    doc.declaration = step.field("declaration") == Some("yes");
    let today = state.today();
    if let Err(missing) = doc.to_domain(today).ready_to_submit(today) {
        doc.declaration = false;
        step.save(&state, &mut doc, "check").await?;
        let errors = missing.iter().map(missing_target).collect();
        let view = check_view(&state, &step, &doc, errors);
        return Ok(step
            .show(&state, StatusCode::UNPROCESSABLE_ENTITY, view)
            .await);
    }
    let sender = sender(&state, &step, &doc)?;
    let address = client_address(&step.parts);
    let now = now();
    // The notice is counted before it is stored, in the database: parallel submits
    // (and other instances) cannot all slip under the limit.
    let limit = [Limit {
        scope: limits::scope::NOTICE_ADDRESS,
        key: &address,
        policy: state.notice_limit,
    }];
    let Ok(reservation) = limits::reserve(&state.db, &limit, now).await? else {
        tracing::warn!("change notice: submission limit reached for a network address");
        return Err(Problem::TooMany.into());
    };
    let give_back = || async {
        if let Err(error) = limits::release(&state.db, &reservation).await {
            tracing::warn!(%error, "change notice: giving back a counted attempt failed");
        }
    };
    let stored = store_notice(&state, &step.visit, &mut doc, step.lang(), now, sender).await;
    let submitted = match stored {
        Ok(Some(submitted)) => submitted,
        // Sent from another tab in the meantime: its receipt is the answer.
        Ok(None) => {
            give_back().await;
            return Ok(step.go(&state, &step.href("received")));
        }
        Err(error) => {
            give_back().await;
            return Err(error);
        }
    };
    if submitted.created {
        crate::server::metrics::notice_received();
    } else {
        // A repeat of a notice that is stored already: it does not count twice.
        give_back().await;
    }
    tracing::info!(
        kinds = doc.kinds.len(),
        files = doc.files.len(),
        "change notice received"
    );
    if let (Some(session), true) = (
        &step.resident,
        state.settings.residents.sign_out_after_sending,
    ) {
        // On a shared computer the next visitor must not find the resident signed in:
        // the session ends now, and the confirmation (reference only) comes after the
        // sign-out at the broker.
        let sent = format!("/{}/report/sent", step.lang());
        let mut response = end_session(&state, session, &sent).await?.into_response();
        response
            .headers_mut()
            .append(header::SET_COOKIE, sent_cookie(&submitted.reference, now));
        return Ok(response);
    }
    Ok(step.go(&state, &step.href("received")))
}

/// Stores the notice with a fresh reference (another one if the reference is taken),
/// and marks the draft sent in the same transaction; `None` when the draft was sent
/// already (by another request).
async fn store_notice(
    state: &AppState,
    visit: &Visit,
    doc: &mut DraftDoc,
    lang: &str,
    now: i64,
    sender: Sender,
) -> Result<Option<notices::Submitted>, PageError> {
    let draft_id = visit.draft_id();
    let stored_files = drafts::files(&state.db, &state.data_keys, &draft_id).await?;
    // The draft's files in the notice's order; their bytes are copied by the store, a
    // chunk at a time, in the transaction that stores the notice.
    let files: Vec<_> = doc
        .files
        .iter()
        .filter_map(|r| stored_files.iter().find(|f| f.id == r.id).cloned())
        .collect();
    let mut new = notices::NewNotice {
        verification: sender.verification,
        owner_index: sender.owner_index,
        reference: String::new(),
        idempotency_key: doc.idempotency_key.clone(),
        lang: lang.to_owned(),
        change_kinds: answers::kind_ids(&doc.chosen_kinds()),
        content_json: content(doc, sender.verification),
        attachments: Vec::new(),
    };
    for _ in 0..5 {
        let mut random = [0u8; Reference::RANDOM_BYTES];
        rand::RngCore::fill_bytes(&mut rand::rng(), &mut random);
        new.reference = Reference::generate(random).to_string();
        doc.submitted = Some(SubmittedDoc {
            reference: new.reference.clone(),
            at: now,
        });
        let bytes = serde_json::to_vec(&*doc).expect("a draft always serializes");
        let sent = notices::SentDraft {
            draft_id: &draft_id,
            sealed_content: drafts::seal_content(&state.data_keys, &draft_id, &bytes)?,
            files: files.clone(),
        };
        match notices::submit_from_draft(&state.db, &state.data_keys, &new, now, sent).await {
            Ok(submitted) => {
                if !submitted.created {
                    // Stored before under this key (a double click): the draft says so,
                    // or (stored before drafts were marked in the same transaction)
                    // now does.
                    doc.submitted = Some(SubmittedDoc {
                        reference: submitted.reference.clone(),
                        at: now,
                    });
                    let bytes = serde_json::to_vec(&*doc).expect("a draft always serializes");
                    drafts::mark_sent(
                        &state.db,
                        &state.data_keys,
                        &draft_id,
                        &bytes,
                        &submitted.reference,
                        now,
                    )
                    .await?;
                }
                return Ok(Some(submitted));
            }
            Err(notices::NoticeError::ReferenceTaken) => continue,
            Err(notices::NoticeError::DraftSent) => return Ok(None),
            // Sent before with other content: by another tab (the draft is marked
            // sent, so that notice is the answer) or, if the draft is not marked, after
            // a submission whose confirmation never arrived: then this is a new notice.
            Err(notices::NoticeError::IdempotencyKeyReused { .. }) => {
                let sent = drafts::sent_reference(&state.db, &draft_id).await?;
                if sent.is_some() {
                    return Ok(None);
                }
                doc.idempotency_key = token::new_token();
                new.idempotency_key = doc.idempotency_key.clone();
            }
            Err(error) => return Err(error.into()),
        }
    }
    Err(PageError::internal("no free reference after 5 attempts"))
}

/// The notice's document: what the resident sent, in the shape case workers and the
/// case system read (`identity`, then `changes` with `kind`, `fields` and `files`).
fn content(doc: &DraftDoc, verification: notices::Verification) -> Value {
    let object = |pairs: &[(String, String)]| -> Value {
        let map: Map<String, Value> = pairs
            .iter()
            .map(|(k, v)| (k.clone(), Value::String(v.clone())))
            .collect();
        Value::Object(map)
    };
    let changes: Vec<Value> = doc
        .chosen_kinds()
        .into_iter()
        .map(|kind| {
            json!({
                "kind": kind.id(),
                "fields": object(doc.details.get(kind.id()).map_or(&[][..], |p| p.as_slice())),
                "files": doc.files_for(kind).map(|f| f.name.clone().unwrap_or_default()).collect::<Vec<_>>(),
            })
        })
        .collect();
    let verified = match verification {
        notices::Verification::Typed => json!({ "method": "form" }),
        notices::Verification::Digid(level) => json!({ "method": "digid", "level": level.code() }),
    };
    json!({
        "identity": object(&doc.identity),
        "identity_verification": verified,
        "changes": changes,
        "declaration": true,
    })
}
