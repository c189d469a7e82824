//! `/nl/` and every other address with a trailing slash: a permanent redirect to the
//! address without it (with the query kept), so a link typed or pasted with a slash
//! reaches its page instead of "not found". Only for `GET` and `HEAD`: a form posts to
//! the address the portal wrote.

use axum::extract::Request;
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

pub async fn redirect(request: Request, next: Next) -> Response {
    if !matches!(*request.method(), Method::GET | Method::HEAD) {
        return next.run(request).await;
    }
    let Some(path) = canonical(request.uri().path()) else {
        return next.run(request).await;
    };
    let location = match request.uri().query() {
        Some(query) => format!("{path}?{query}"),
        None => path.to_owned(),
    };
    let Ok(location) = HeaderValue::from_str(&location) else {
        return next.run(request).await;
    };
    (
        StatusCode::PERMANENT_REDIRECT,
        [(header::LOCATION, location)],
    )
        .into_response()
}

/// The address without its trailing slashes, when it has any. `None` for `/` itself,
/// and for an address whose redirect a browser would read as another site's
/// (`//evil.example/` becomes `//evil.example`, which is a host).
fn canonical(path: &str) -> Option<&str> {
    if !path.ends_with('/') {
        return None;
    }
    let trimmed = path.trim_end_matches('/');
    let mut rest = trimmed.strip_prefix('/')?.chars();
    match rest.next() {
        None | Some('/') | Some('\\') => None,
        Some(_) => Some(trimmed),
    }
}

#[cfg(test)]
mod tests {
    use super::canonical;

    #[test]
    fn a_trailing_slash_goes_and_nothing_else_changes() {
        let cases = [
            ("/nl/", Some("/nl")),
            ("/nl//", Some("/nl")),
            ("/en/duties/", Some("/en/duties")),
            ("/staff/", Some("/staff")),
            ("/nl/report/check/", Some("/nl/report/check")),
            ("/nl", None),
            ("/", None),
            ("//", None),
            ("///", None),
            ("//evil.example/", None),
            ("/\\evil.example/", None),
            ("/nl/a%2F/", Some("/nl/a%2F")),
        ];
        for (path, expected) in cases {
            assert_eq!(canonical(path), expected, "{path}");
        }
    }
}
