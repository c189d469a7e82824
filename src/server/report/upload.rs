//! Reading a detail page: its text fields and its files, from a multipart body.
//!
//! A file is read chunk by chunk and kept only up to [`MAX_FILE_BYTES`]; the rest of a
//! bigger file is read and thrown away, so the resident gets the page back with "this
//! file is too large" instead of a broken connection. The whole body is bounded by the
//! route's limit.

use crate::domain::notice::{check_upload, FieldError, Problem, Upload, MAX_FILE_BYTES};
use crate::pages::report::form::FILE_FIELD;
use axum::extract::multipart::{Multipart, MultipartError};

/// The most text fields a detail page sends (the domain refuses more itself).
const MAX_TEXT_FIELDS: usize = 60;
/// The most file parts read from one request.
const MAX_FILE_PARTS: usize = 10;
/// The longest text value kept; the domain's own limits are far lower, so a longer
/// value is cut here and refused by its field's check.
const MAX_TEXT_BYTES: usize = 16 * 1024;

/// A file that passed the checks.
pub struct ReceivedFile {
    pub upload: Upload,
    pub bytes: Vec<u8>,
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
        self.pairs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
}

/// Why the body could not be read at all.
pub enum ReadError {
    /// Larger than the route allows.
    TooLarge,
    /// Not a multipart form, or a broken one.
    Malformed,
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

pub async fn read(mut multipart: Multipart) -> Result<DetailForm, ReadError> {
    let mut form = DetailForm::default();
    let mut file_parts = 0;
    loop {
        let mut field = match multipart.next_field().await {
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
            let mut bytes = Vec::new();
            let mut too_large = false;
            while let Some(chunk) = field.chunk().await? {
                if too_large || bytes.len() + chunk.len() > MAX_FILE_BYTES {
                    too_large = true;
                    bytes = Vec::new();
                    continue;
                }
                bytes.extend_from_slice(&chunk);
            }
            // A form with an empty file input sends one part without a name or bytes.
            if declared_name.is_empty() && bytes.is_empty() && !too_large {
                continue;
            }
            if file_parts > MAX_FILE_PARTS {
                form.file_errors
                    .push(FieldError::new(FILE_FIELD, Problem::TooManyFiles));
                continue;
            }
            let checked = if too_large {
                Err(Problem::FileTooLarge)
            } else {
                check_upload(&declared_name, &bytes)
            };
            match checked {
                Ok(upload) => form.files.push(ReceivedFile { upload, bytes }),
                Err(problem) => form.file_errors.push(FieldError::new(FILE_FIELD, problem)),
            }
        } else {
            // A value longer than any field allows is kept up to the limit and the
            // rest read and dropped: the field's own check then says "too long" on the
            // page, instead of the whole form being refused.
            let mut value = Vec::new();
            let mut cut = false;
            while let Some(chunk) = field.chunk().await? {
                let room = MAX_TEXT_BYTES.saturating_sub(value.len());
                if chunk.len() > room {
                    cut = true;
                }
                value.extend_from_slice(&chunk[..chunk.len().min(room)]);
            }
            if form.pairs.len() >= MAX_TEXT_FIELDS {
                return Err(ReadError::Malformed);
            }
            let value = match String::from_utf8(value) {
                Ok(value) => value,
                // Cut inside a character: keep what is whole.
                Err(error) if cut && error.utf8_error().error_len().is_none() => {
                    let valid = error.utf8_error().valid_up_to();
                    let mut bytes = error.into_bytes();
                    bytes.truncate(valid);
                    String::from_utf8(bytes).map_err(|_| ReadError::Malformed)?
                }
                Err(_) => return Err(ReadError::Malformed),
            };
            form.pairs.push((name, value));
        }
    }
    Ok(form)
}
