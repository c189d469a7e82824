//! The tables whose rows keep their key while their sealed values are re-sealed, and
//! how the context of each value is made (it must be the context the store sealed it
//! with, or it does not open).

use super::pass::Pass;
use super::CHUNK_BATCH;
use crate::store::chunks::Owner;
use crate::store::{drafts, notices, residents};
use sqlx::any::AnyRow;
use sqlx::Row;

/// The notices' attachments, their chunks and notes, and the residents' sign-ins and
/// sessions. Files go in batches of at most [`CHUNK_BATCH`], the rest in `batch`.
pub(super) fn rows_keeping_their_key(batch: usize) -> [Pass; 5] {
    [
        Pass {
            table: "notice_attachments",
            from: "notice_attachments t JOIN notices n ON n.id = t.notice_id",
            cursor: "t.id",
            cursor_is_text: false,
            extra: "t.id AS id, t.stored_name AS stored_name, n.reference AS reference",
            sealed: &["original_name_enc", "data_enc"],
            row_key: &["id"],
            context: attachment,
            batch: CHUNK_BATCH,
        },
        Pass {
            table: "notice_attachment_chunks",
            from: "notice_attachment_chunks t \
                   JOIN notice_attachments a ON a.stored_name = t.stored_name \
                   JOIN notices n ON n.id = a.notice_id",
            cursor: "t.stored_name || ':' || CAST(t.seq AS TEXT)",
            cursor_is_text: true,
            extra: "t.stored_name AS stored_name, t.seq AS seq, t.is_last AS is_last, \
                    n.reference AS reference",
            sealed: &["data_enc"],
            row_key: &["stored_name", "seq"],
            context: attachment_chunk,
            batch: CHUNK_BATCH,
        },
        Pass {
            table: "notice_events",
            from: "notice_events t JOIN notices n ON n.id = t.notice_id",
            cursor: "t.id",
            cursor_is_text: false,
            extra: "t.id AS id, n.reference AS reference",
            sealed: &["note_enc"],
            row_key: &["id"],
            context: note,
            batch,
        },
        Pass {
            table: "resident_sign_ins",
            from: "resident_sign_ins t",
            cursor: "t.state_hash",
            cursor_is_text: true,
            extra: "t.state_hash AS state_hash",
            sealed: &["secrets_enc"],
            row_key: &["state_hash"],
            context: sign_in,
            batch,
        },
        Pass {
            table: "resident_sessions",
            from: "resident_sessions t",
            cursor: "t.token_hash",
            cursor_is_text: true,
            extra: "t.token_hash AS token_hash",
            sealed: &["identity_enc", "id_token_enc"],
            row_key: &["token_hash"],
            context: session,
            batch,
        },
    ]
}

/// The files of drafts that stay where they are (a moving draft takes its files along,
/// `drafts.rs`), after the drafts.
pub(super) const DRAFT_FILES: [Pass; 2] = [
    Pass {
        table: "notice_draft_files",
        from: "notice_draft_files t",
        cursor: "t.id",
        cursor_is_text: true,
        extra: "t.id AS id, t.draft_id AS draft_id",
        sealed: &["name_enc", "data_enc"],
        row_key: &["id"],
        context: draft_file,
        batch: CHUNK_BATCH,
    },
    Pass {
        table: "notice_draft_file_chunks",
        from: "notice_draft_file_chunks t JOIN notice_draft_files f ON f.id = t.file_id",
        cursor: "t.file_id || ':' || CAST(t.seq AS TEXT)",
        cursor_is_text: true,
        extra: "t.file_id AS file_id, t.seq AS seq, t.is_last AS is_last, \
                f.draft_id AS draft_id",
        sealed: &["data_enc"],
        row_key: &["file_id", "seq"],
        context: draft_chunk,
        batch: CHUNK_BATCH,
    },
];

fn attachment(row: &AnyRow, column: &str) -> Result<String, sqlx::Error> {
    let part = if column == "original_name_enc" {
        "name"
    } else {
        "data"
    };
    Ok(notices::attachment_context(
        &row.try_get::<String, _>("reference")?,
        &row.try_get::<String, _>("stored_name")?,
        part,
    ))
}

fn attachment_chunk(row: &AnyRow, _: &str) -> Result<String, sqlx::Error> {
    let (reference, stored_name): (String, String) =
        (row.try_get("reference")?, row.try_get("stored_name")?);
    Ok(Owner::Attachment {
        reference: &reference,
        stored_name: &stored_name,
    }
    .context(row.try_get("seq")?, row.try_get::<i64, _>("is_last")? != 0))
}

fn note(row: &AnyRow, _: &str) -> Result<String, sqlx::Error> {
    Ok(notices::note_context(
        &row.try_get::<String, _>("reference")?,
        row.try_get("id")?,
    ))
}

fn sign_in(row: &AnyRow, _: &str) -> Result<String, sqlx::Error> {
    Ok(residents::sign_in_context(
        &row.try_get::<String, _>("state_hash")?,
    ))
}

fn session(row: &AnyRow, column: &str) -> Result<String, sqlx::Error> {
    let part = if column == "identity_enc" {
        "identity"
    } else {
        "id_token"
    };
    Ok(residents::session_context(
        &row.try_get::<String, _>("token_hash")?,
        part,
    ))
}

fn draft_file(row: &AnyRow, column: &str) -> Result<String, sqlx::Error> {
    let part = if column == "name_enc" { "name" } else { "data" };
    Ok(drafts::file_context(
        &row.try_get::<String, _>("draft_id")?,
        &row.try_get::<String, _>("id")?,
        part,
    ))
}

fn draft_chunk(row: &AnyRow, _: &str) -> Result<String, sqlx::Error> {
    let (draft_id, file_id): (String, String) = (row.try_get("draft_id")?, row.try_get("file_id")?);
    Ok(Owner::DraftFile {
        draft_id: &draft_id,
        file_id: &file_id,
    }
    .context(row.try_get("seq")?, row.try_get::<i64, _>("is_last")? != 0))
}
