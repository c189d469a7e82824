//! Submitting: a notice, its attachments, its first history event and its outbox row
//! in one transaction, once per idempotency key.

use super::read::{attachment_bytes, attachment_infos, split_kinds};
use super::{
    attachment_context, content_context, open_content, NewNotice, NoticeError, Status, Submitted,
};
use crate::store::chunks::{self, Owner};
use crate::store::crypto::{CryptoError, DataKeys};
use crate::store::drafts::{self, DraftFileInfo};
use crate::store::Db;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use rand::RngCore;
use sqlx::{AnyConnection, Row};

/// Stores a notice, durably: when this returns `Ok`, the notice, its attachments and
/// its outbox row are committed. A known idempotency key returns the earlier notice's
/// reference (`created: false`) and stores nothing, also when the same notice is
/// submitted twice at the same moment.
pub async fn submit(
    db: &Db,
    keys: &DataKeys,
    new: &NewNotice,
    now: i64,
) -> Result<Submitted, NoticeError> {
    submit_inner(db, keys, new, now, None).await
}

/// A draft to mark as sent in the transaction that stores its notice.
pub struct SentDraft<'a> {
    pub draft_id: &'a str,
    /// The draft's content as sent (sealed by `crate::store::drafts::seal_content`).
    pub sealed_content: Vec<u8>,
    /// The draft's files to send, in order: they become the notice's attachments after
    /// those in [`NewNotice::attachments`], copied chunk by chunk inside the
    /// transaction, so a notice's files are never in memory whole.
    pub files: Vec<DraftFileInfo>,
}

/// [`submit`] for a notice sent from a draft: the draft is marked sent (and its
/// content replaced by `draft.sealed_content`) in the same transaction, so a notice
/// and its draft's "sent" mark exist together or not at all, and a draft is never sent
/// twice ([`NoticeError::DraftSent`]).
pub async fn submit_from_draft(
    db: &Db,
    keys: &DataKeys,
    new: &NewNotice,
    now: i64,
    draft: SentDraft<'_>,
) -> Result<Submitted, NoticeError> {
    submit_inner(db, keys, new, now, Some(draft)).await
}

async fn submit_inner(
    db: &Db,
    keys: &DataKeys,
    new: &NewNotice,
    now: i64,
    draft: Option<SentDraft<'_>>,
) -> Result<Submitted, NoticeError> {
    new.validate()?;
    let draft_files = draft.as_ref().map_or(&[][..], |d| &d.files[..]);
    if let Some(earlier) = earlier_submission(db, keys, new, draft_files).await? {
        return Ok(earlier);
    }
    let sealed = SealedNotice::seal(keys, new, draft_files)?;
    let mut tx = db.pool().begin().await?;
    match sealed.insert(&mut tx, now).await {
        Ok(()) => {}
        Err(sqlx::Error::Database(error)) if error.is_unique_violation() => {
            // Another request with the same key won the race (or the reference is
            // taken): nothing of ours is stored.
            tx.rollback().await?;
            return match earlier_submission(db, keys, new, draft_files).await? {
                Some(earlier) => Ok(earlier),
                None => Err(NoticeError::ReferenceTaken),
            };
        }
        Err(error) => return Err(error.into()),
    }
    sealed
        .write_files(&mut tx, keys, draft.as_ref(), now)
        .await?;
    if let Some(draft) = draft {
        let marked = sqlx::query(
            "UPDATE notice_drafts SET content_enc = $1, updated_at = $2, \
             version = version + 1, sent_reference = $3 \
             WHERE id = $4 AND sent_reference IS NULL",
        )
        .bind(draft.sealed_content)
        .bind(now)
        .bind(&new.reference)
        .bind(draft.draft_id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if marked != 1 {
            tx.rollback().await?;
            return Err(NoticeError::DraftSent);
        }
    }
    tx.commit().await?;
    Ok(Submitted {
        reference: new.reference.clone(),
        created: true,
    })
}

impl NewNotice {
    fn validate(&self) -> Result<(), NoticeError> {
        let reference_ok = (1..=64).contains(&self.reference.len())
            && self
                .reference
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-');
        if !reference_ok {
            return Err(NoticeError::Invalid(
                "the reference must be 1 to 64 ASCII letters, digits or dashes",
            ));
        }
        if !(1..=200).contains(&self.idempotency_key.len()) {
            return Err(NoticeError::Invalid(
                "the idempotency key must be 1 to 200 bytes",
            ));
        }
        if !(1..=16).contains(&self.lang.len()) {
            return Err(NoticeError::Invalid("the language must be 1 to 16 bytes"));
        }
        if self
            .change_kinds
            .iter()
            .any(|kind| kind.is_empty() || kind.contains(','))
        {
            return Err(NoticeError::Invalid(
                "a change kind must not be empty or hold a comma",
            ));
        }
        if self
            .attachments
            .iter()
            .any(|a| a.content_type.is_empty() || a.content_type.len() > 255)
        {
            return Err(NoticeError::Invalid(
                "an attachment's content type must be 1 to 255 bytes",
            ));
        }
        Ok(())
    }
}

/// The notice stored earlier under `new`'s idempotency key, if any. An earlier notice
/// with other content is an error, not a match.
async fn earlier_submission(
    db: &Db,
    keys: &DataKeys,
    new: &NewNotice,
    draft_files: &[DraftFileInfo],
) -> Result<Option<Submitted>, NoticeError> {
    let row = sqlx::query(
        "SELECT id, reference, lang, change_kinds, content_enc FROM notices \
         WHERE idempotency_key = $1",
    )
    .bind(&new.idempotency_key)
    .fetch_optional(db.pool())
    .await?;
    let Some(row) = row else {
        return Ok(None);
    };
    let id: i64 = row.try_get("id")?;
    let reference: String = row.try_get("reference")?;
    let content = open_content(keys, &reference, &row.try_get::<Vec<u8>, _>("content_enc")?)?;
    let mut same = content == new.content_json
        && row.try_get::<String, _>("lang")? == new.lang
        && split_kinds(&row.try_get::<String, _>("change_kinds")?) == new.change_kinds;
    if same {
        let stored = attachment_infos(db, keys, id, &reference).await?;
        same = stored.len() == new.attachments.len() + draft_files.len();
        // Files sent from a draft are compared by type, name and size: a draft's
        // files cannot change once it is sent, and its key belongs to it alone.
        for (old, file) in stored.iter().skip(new.attachments.len()).zip(draft_files) {
            same &= old.content_type == file.content_type
                && old.original_name == file.name
                && old.size == file.size;
        }
        let mut conn = db.pool().acquire().await?;
        for (old, new) in stored.iter().zip(&new.attachments) {
            if !same {
                break;
            }
            same = old.content_type == new.content_type
                && old.original_name == new.original_name
                && old.size == i64::try_from(new.bytes.len()).unwrap_or(i64::MAX)
                && attachment_bytes(&mut conn, keys, &reference, old).await? == new.bytes;
        }
    }
    if same {
        Ok(Some(Submitted {
            reference,
            created: false,
        }))
    } else {
        Err(NoticeError::IdempotencyKeyReused { reference })
    }
}

/// A notice with its personal values sealed, ready for the transaction.
struct SealedNotice<'a> {
    new: &'a NewNotice,
    key_id: i64,
    content: Vec<u8>,
    attachments: Vec<SealedAttachment>,
}

/// An attachment's row; its bytes are written as chunks in the same transaction.
struct SealedAttachment {
    stored_name: String,
    content_type: String,
    size: i64,
    original_name: Vec<u8>,
}

impl<'a> SealedNotice<'a> {
    /// Seals before the transaction starts, so it holds the write lock briefly.
    fn seal(
        keys: &DataKeys,
        new: &'a NewNotice,
        draft_files: &[DraftFileInfo],
    ) -> Result<Self, NoticeError> {
        let document = serde_json::to_vec(&new.content_json)
            .map_err(|_| NoticeError::Invalid("the content is not serialisable"))?;
        let content = keys.seal(&document, &content_context(&new.reference))?;
        let in_memory = new.attachments.iter().map(|a| {
            let size = i64::try_from(a.bytes.len()).unwrap_or(i64::MAX);
            (&a.content_type, &a.original_name, size)
        });
        let from_draft = draft_files
            .iter()
            .map(|f| (&f.content_type, &f.name, f.size));
        let attachments = in_memory
            .chain(from_draft)
            .map(|(content_type, original_name, size)| {
                let stored_name = random_name();
                Ok(SealedAttachment {
                    original_name: keys.seal(
                        original_name.as_bytes(),
                        &attachment_context(&new.reference, &stored_name, "name"),
                    )?,
                    stored_name,
                    content_type: content_type.clone(),
                    size,
                })
            })
            .collect::<Result<_, CryptoError>>()?;
        Ok(SealedNotice {
            new,
            key_id: i64::from(keys.current_key_id()),
            content,
            attachments,
        })
    }

    /// The writes of [`submit`]. The first statement writes, so SQLite takes its write
    /// lock at once (a read first could not upgrade while another writer commits).
    async fn insert(&self, conn: &mut AnyConnection, now: i64) -> Result<(), sqlx::Error> {
        let row = sqlx::query(
            "INSERT INTO notices (reference, idempotency_key, status, submitted_at, \
             updated_at, handled_at, lang, change_kinds, content_enc, key_id, \
             identity_method, identity_level, owner_index) \
             VALUES ($1, $2, $3, $4, $5, NULL, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
        )
        .bind(&self.new.reference)
        .bind(&self.new.idempotency_key)
        .bind(Status::New.code())
        .bind(now)
        .bind(now)
        .bind(&self.new.lang)
        .bind(self.new.change_kinds.join(","))
        .bind(&self.content)
        .bind(self.key_id)
        .bind(self.new.verification.method())
        .bind(self.new.verification.level())
        .bind(self.new.owner_index.as_deref())
        .fetch_one(&mut *conn)
        .await?;
        let id: i64 = row.try_get("id")?;
        for attachment in &self.attachments {
            sqlx::query(
                "INSERT INTO notice_attachments (notice_id, stored_name, content_type, size, \
                 original_name_enc, data_enc) VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(id)
            .bind(&attachment.stored_name)
            .bind(&attachment.content_type)
            .bind(attachment.size)
            .bind(&attachment.original_name)
            // Empty: the bytes are in `notice_attachment_chunks` (`write_files`).
            .bind(Vec::<u8>::new())
            .execute(&mut *conn)
            .await?;
        }
        sqlx::query(
            "INSERT INTO notice_events (notice_id, at, actor_account_id, status, note_enc) \
             VALUES ($1, $2, NULL, $3, NULL)",
        )
        .bind(id)
        .bind(now)
        .bind(Status::New.code())
        .execute(&mut *conn)
        .await?;
        sqlx::query(
            "INSERT INTO notice_outbox (notice_id, attempts, next_attempt_at) \
             VALUES ($1, 0, $2)",
        )
        .bind(id)
        .bind(now)
        .execute(&mut *conn)
        .await?;
        Ok(())
    }
}

impl SealedNotice<'_> {
    /// Writes the bytes of the attachments inserted by `insert`: those in memory, then
    /// the draft's files, copied one chunk at a time.
    async fn write_files(
        &self,
        conn: &mut AnyConnection,
        keys: &DataKeys,
        draft: Option<&SentDraft<'_>>,
        now: i64,
    ) -> Result<(), NoticeError> {
        let reference = self.new.reference.as_str();
        let owners = self.attachments.iter().map(|a| Owner::Attachment {
            reference,
            stored_name: &a.stored_name,
        });
        let mut owners = owners.collect::<Vec<_>>().into_iter();
        for (attachment, owner) in self.new.attachments.iter().zip(owners.by_ref()) {
            chunks::write_all(conn, keys, owner, &attachment.bytes, now).await?;
        }
        if let Some(draft) = draft {
            for (file, owner) in draft.files.iter().zip(owners) {
                let size =
                    drafts::copy_file(conn, keys, draft.draft_id, &file.id, owner, now).await?;
                if i64::try_from(size).ok() != Some(file.size) {
                    return Err(NoticeError::Damaged("a draft file has another size"));
                }
            }
        }
        Ok(())
    }
}

/// 32 random bytes, base64url: an attachment's name outside the database.
fn random_name() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::notices::Verification;
    use serde_json::Value;

    #[test]
    fn invalid_notices_are_refused_before_the_database() {
        let valid = || NewNotice {
            verification: Verification::Typed,
            owner_index: None,
            reference: "MW-2026-ABCD".into(),
            idempotency_key: "key".into(),
            lang: "nl".into(),
            change_kinds: vec!["income".into(), "address".into()],
            content_json: Value::Null,
            attachments: Vec::new(),
        };
        assert!(valid().validate().is_ok());
        for broken in [
            NewNotice {
                verification: Verification::Typed,
                owner_index: None,
                reference: "MW:1".into(),
                ..valid()
            },
            NewNotice {
                verification: Verification::Typed,
                owner_index: None,
                reference: String::new(),
                ..valid()
            },
            NewNotice {
                verification: Verification::Typed,
                owner_index: None,
                idempotency_key: String::new(),
                ..valid()
            },
            NewNotice {
                verification: Verification::Typed,
                owner_index: None,
                lang: String::new(),
                ..valid()
            },
            NewNotice {
                verification: Verification::Typed,
                owner_index: None,
                change_kinds: vec!["a,b".into()],
                ..valid()
            },
        ] {
            assert!(
                matches!(broken.validate(), Err(NoticeError::Invalid(_))),
                "{broken:?}"
            );
        }
    }
}
