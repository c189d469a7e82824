//! Reading URL-encoded forms strictly. `form_urlencoded` (and with it axum's `Form`)
//! turns bytes that are not UTF-8 into U+FFFD without a word, so a resident's
//! "Müller" sent by a browser in another encoding would be stored as "M�ller". Here a
//! value that is not UTF-8 refuses the whole form, with the portal's page
//! ([`Problem::BadText`]).

use super::error::PageError;
use super::AppState;
use crate::pages::problem::Problem;
use axum::body::{Body, Bytes};
use axum::extract::{FromRequest, Request};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap};

/// A form value (or name) that is not UTF-8 once percent-decoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotText;

/// The name–value pairs of an `application/x-www-form-urlencoded` body, decoded as
/// browsers encode them (`+` is a space, `%XX` a byte, a `%` without two hex digits
/// itself), in order, empty pieces skipped; `Err` when any name or value is not UTF-8.
pub fn decode(body: &[u8]) -> Result<Vec<(String, String)>, NotText> {
    body.split(|b| *b == b'&')
        .filter(|piece| !piece.is_empty())
        .map(|piece| {
            let (name, value) = match piece.iter().position(|b| *b == b'=') {
                Some(i) => (&piece[..i], &piece[i + 1..]),
                None => (piece, &[][..]),
            };
            Ok((decode_part(name)?, decode_part(value)?))
        })
        .collect()
}

/// The value of field `key` among a form's `pairs` (the first, if it is there twice).
pub fn field<'a>(pairs: &'a [(String, String)], key: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
}

fn decode_part(input: &[u8]) -> Result<String, NotText> {
    let mut out = Vec::with_capacity(input.len());
    let mut i = 0;
    while i < input.len() {
        match input[i] {
            b'+' => out.push(b' '),
            b'%' => match (
                input.get(i + 1).and_then(hex),
                input.get(i + 2).and_then(hex),
            ) {
                (Some(high), Some(low)) => {
                    out.push(high << 4 | low);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).map_err(|_| NotText)
}

fn hex(b: &u8) -> Option<u8> {
    (*b as char).to_digit(16).map(|d| d as u8)
}

fn is_form(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"))
}

/// The refusal of a form with bytes that are not text.
pub fn not_text(parts: &Parts) -> PageError {
    tracing::info!(
        path = parts.uri.path(),
        "form refused: a value is not UTF-8"
    );
    Problem::BadText.into()
}

/// axum's `Form`, but refusing values that are not UTF-8 (see the module) instead of
/// storing U+FFFD. Its other refusals (too large, not a form, a field twice) keep the
/// status axum gives them.
pub struct Form<T>(pub T);

impl<T> FromRequest<AppState> for Form<T>
where
    T: serde::de::DeserializeOwned + Send,
{
    type Rejection = PageError;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, PageError> {
        let (parts, body) = request.into_parts();
        let bytes = Bytes::from_request(Request::from_parts(parts.clone(), body), state).await?;
        if is_form(&parts.headers) && decode(&bytes).is_err() {
            return Err(not_text(&parts));
        }
        let request = Request::from_parts(parts, Body::from(bytes));
        let axum::Form(value) = axum::Form::<T>::from_request(request, state).await?;
        Ok(Form(value))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_like_browsers_encode() {
        type Pairs = Vec<(&'static str, &'static str)>;
        let cases: Vec<(&[u8], Result<Pairs, NotText>)> = vec![
            (b"", Ok(vec![])),
            (b"a=1&b=2", Ok(vec![("a", "1"), ("b", "2")])),
            (b"a=1&&b", Ok(vec![("a", "1"), ("b", "")])),
            (b"name=M%C3%BCller+Jan", Ok(vec![("name", "Müller Jan")])),
            (b"x=100%&y=%2", Ok(vec![("x", "100%"), ("y", "%2")])),
            (b"x=%zz", Ok(vec![("x", "%zz")])),
            (b"x=a%3Db", Ok(vec![("x", "a=b")])),
            (b"x=1=2", Ok(vec![("x", "1=2")])),
            (b"x=%EF%BF%BD", Ok(vec![("x", "\u{FFFD}")])),
            (b"x=%FF", Err(NotText)),
            (b"x=%C3%28", Err(NotText)),
            (b"x=\xff", Err(NotText)),
            (b"%FF=1", Err(NotText)),
            (b"ok=1&x=%C3", Err(NotText)),
        ];
        for (body, expected) in cases {
            let got = decode(body);
            let expected = expected.map(|pairs| {
                pairs
                    .into_iter()
                    .map(|(k, v)| (k.to_owned(), v.to_owned()))
                    .collect::<Vec<_>>()
            });
            assert_eq!(got, expected, "{}", String::from_utf8_lossy(body));
        }
    }

    #[test]
    fn agrees_with_form_urlencoded_on_text() {
        let body = b"a=1&b=x+y&c=%26%3D&d&=e&f=%E2%9C%93";
        let ours = decode(body).unwrap();
        let theirs: Vec<(String, String)> = form_urlencoded::parse(body)
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        assert_eq!(ours, theirs);
    }
}
