//! Reading a detail page: its text fields and its files, from a multipart body.
//!
//! A file goes to the store chunk by chunk while it arrives (`store::drafts::FileWriter`),
//! so a request never holds a whole file in memory (issue 11, item 5). Its first bytes
//! tell its type: a file of another type, one over [`MAX_FILE_BYTES`], or one more than
//! [`MAX_FILE_PARTS`] is not written any further and its rest is read and thrown away,
//! so the resident gets the page back with what is wrong instead of a broken
//! connection. The whole body is bounded by the route's limit.
//!
//! The files read are written but not yet part of the draft: the caller checks the form
//! and then attaches them (`store::drafts::attach`) or discards them ([`discard`]).

use crate::domain::notice::{
    check_upload_head, FieldError, FileType, Problem, Upload, HEAD_BYTES, MAX_FILE_BYTES,
};
use crate::pages::report::form::FILE_FIELD;
use crate::store::crypto::DataKeys;
use crate::store::drafts::{self, DraftError, FileWriter, WrittenFile};
use crate::store::Db;
use axum::extract::multipart::{Field, Multipart, MultipartError};

/// The most text fields a detail page sends (the domain refuses more itself).
const MAX_TEXT_FIELDS: usize = 60;
/// The most file parts read from one request.
const MAX_FILE_PARTS: usize = 10;
/// The longest text value kept; the domain's own limits are far lower, so a longer
/// value is cut here and refused by its field's check.
const MAX_TEXT_BYTES: usize = 16 * 1024;

/// A file that passed the checks, written to the store.
pub struct ReceivedFile {
    pub upload: Upload,
    pub written: WrittenFile,
}

#[derive(Default)]
pub struct DetailForm {
    pub pairs: Vec<(String, String)>,
    pub files: Vec<ReceivedFile>,
    /// One error per refused file.
    pub file_errors: Vec<FieldError>,
}

impl DetailForm {
    pub fn field(&self, key: &str) -> Option<&str> {
        crate::server::form::field(&self.pairs, key)
    }
}

/// Why the body could not be read at all. Files written before it are discarded.
pub enum ReadError {
    /// Larger than the route allows.
    TooLarge,
    /// Not a multipart form, or a broken one.
    Malformed,
    /// A text field that is not UTF-8.
    NotText,
    /// The store failed while a file was written.
    Store(DraftError),
}

impl From<MultipartError> for ReadError {
    fn from(error: MultipartError) -> Self {
        if error.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
            ReadError::TooLarge
        } else {
            ReadError::Malformed
        }
    }
}

impl From<DraftError> for ReadError {
    fn from(error: DraftError) -> Self {
        ReadError::Store(error)
    }
}

/// Where the files of a request go.
pub struct FileStore<'a> {
    pub db: &'a Db,
    pub keys: &'a DataKeys,
    /// The draft of the resident who sends them (from the cookie).
    pub draft_id: &'a str,
    pub now: i64,
}

/// Deletes the chunks of files that were read but will not be attached.
pub async fn discard(db: &Db, files: impl IntoIterator<Item = ReceivedFile>) {
    for file in files {
        if let Err(error) = drafts::discard(db, &file.written.file_id).await {
            // The clean-up job removes unattached chunks after a day.
            tracing::warn!(%error, "change notice: discarding an upload failed");
        }
    }
}

pub async fn read(
    mut multipart: Multipart,
    store: &FileStore<'_>,
) -> Result<DetailForm, ReadError> {
    let mut form = DetailForm::default();
    match read_into(&mut multipart, store, &mut form).await {
        Ok(()) => Ok(form),
        Err(error) => {
            discard(store.db, form.files).await;
            Err(error)
        }
    }
}

async fn read_into(
    multipart: &mut Multipart,
    store: &FileStore<'_>,
    form: &mut DetailForm,
) -> Result<(), ReadError> {
    let mut file_parts = 0;
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => break,
            Err(error) if error.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE => {
                return Err(ReadError::TooLarge)
            }
            // A part whose headers cannot be read (a NUL in a file name): the fields
            // before it are kept and the page says what is wrong with the file. The
            // rest of the body cannot be read any more.
            Err(_) if !form.pairs.is_empty() => {
                form.file_errors
                    .push(FieldError::new(FILE_FIELD, Problem::FileName));
                break;
            }
            Err(error) => return Err(error.into()),
        };
        let name = field.name().unwrap_or_default().to_owned();
        if name == FILE_FIELD {
            file_parts += 1;
            let declared_name = field.file_name().unwrap_or_default().to_owned();
            let room = file_parts <= MAX_FILE_PARTS;
            let (checked, written) = read_file(field, store, &declared_name, room).await?;
            match (checked, written) {
                // A form with an empty file input sends one part without a name or bytes.
                (Err(Problem::FileEmpty), _) if declared_name.is_empty() => {}
                (Ok(upload), Some(written)) => form.files.push(ReceivedFile { upload, written }),
                // Only a part over the limit is checked without being written.
                (Ok(_), None) => form
                    .file_errors
                    .push(FieldError::new(FILE_FIELD, Problem::TooManyFiles)),
                (Err(_), _) if !room => form
                    .file_errors
                    .push(FieldError::new(FILE_FIELD, Problem::TooManyFiles)),
                (Err(problem), _) => form.file_errors.push(FieldError::new(FILE_FIELD, problem)),
            }
        } else {
            let value = read_text(field).await?;
            if form.pairs.len() >= MAX_TEXT_FIELDS {
                return Err(ReadError::Malformed);
            }
            form.pairs.push((name, value));
        }
    }
    Ok(())
}

/// Reads one file part to its end, writing it to the store while it passes the checks
/// (and only if `room`: a part over [`MAX_FILE_PARTS`] is read, not written). Returns
/// the check's outcome and the written file, if it was written.
async fn read_file(
    mut field: Field<'_>,
    store: &FileStore<'_>,
    declared_name: &str,
    room: bool,
) -> Result<(Result<Upload, Problem>, Option<WrittenFile>), ReadError> {
    let mut writer = room.then(|| FileWriter::new(store.draft_id));
    let mut head = Vec::with_capacity(HEAD_BYTES);
    let mut size = 0usize;
    let mut refused = None;
    loop {
        let chunk = match field.chunk().await {
            Ok(Some(chunk)) => chunk,
            Ok(None) => break,
            Err(error) => {
                if let Some(writer) = writer.take() {
                    let _ = writer.discard(store.db).await;
                }
                return Err(error.into());
            }
        };
        size = size.saturating_add(chunk.len());
        if head.len() < HEAD_BYTES {
            let take = (HEAD_BYTES - head.len()).min(chunk.len());
            head.extend_from_slice(&chunk[..take]);
        }
        if refused.is_none() {
            refused = if size > MAX_FILE_BYTES {
                Some(Problem::FileTooLarge)
            } else if head.len() >= HEAD_BYTES && FileType::sniff(&head).is_none() {
                // Known now: nothing of another type is stored, not even for a moment.
                Some(Problem::FileType)
            } else {
                None
            };
            if refused.is_some() {
                if let Some(writer) = writer.take() {
                    writer.discard(store.db).await?;
                }
            }
        }
        if let (None, Some(active)) = (refused, writer.as_mut()) {
            if let Err(error) = active.write(store.db, store.keys, &chunk, store.now).await {
                if let Some(writer) = writer.take() {
                    let _ = writer.discard(store.db).await;
                }
                return Err(error.into());
            }
        }
    }
    let checked = match refused {
        Some(problem) => Err(problem),
        None => check_upload_head(declared_name, &head, size),
    };
    let written = match (writer, &checked) {
        (Some(writer), Ok(_)) => Some(writer.finish(store.db, store.keys, store.now).await?),
        (Some(writer), Err(_)) => {
            writer.discard(store.db).await?;
            None
        }
        (None, _) => None,
    };
    Ok((checked, written))
}

/// A text value. A value longer than any field allows is kept up to the limit and
/// the rest read and dropped: the field's own check then says "too long" on the page,
/// instead of the whole form being refused.
async fn read_text(mut field: Field<'_>) -> Result<String, ReadError> {
    let mut value = Vec::new();
    let mut cut = false;
    while let Some(chunk) = field.chunk().await? {
        let room = MAX_TEXT_BYTES.saturating_sub(value.len());
        if chunk.len() > room {
            cut = true;
        }
        value.extend_from_slice(&chunk[..chunk.len().min(room)]);
    }
    match String::from_utf8(value) {
        Ok(value) => Ok(value),
        // Cut inside a character: keep what is whole.
        Err(error) if cut && error.utf8_error().error_len().is_none() => {
            let valid = error.utf8_error().valid_up_to();
            let mut bytes = error.into_bytes();
            bytes.truncate(valid);
            String::from_utf8(bytes).map_err(|_| ReadError::NotText)
        }
        Err(_) => Err(ReadError::NotText),
    }
}
