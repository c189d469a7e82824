//! One reply of the portal, however it was reached: through the router in the test's
//! process or over HTTP from a spawned portal. Every test reads responses with it.

use axum::body::HttpBody;
use axum::http::{header, HeaderMap, StatusCode};
use http_body_util::BodyExt;
use serde_json::Value;
use std::sync::OnceLock;

/// The marker in front of a form's token in the portal's pages.
const CSRF_FIELD: &str = "name=\"_csrf\" value=\"";

pub struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub bytes: Vec<u8>,
    /// The body as text (bytes that are not UTF-8 shown as U+FFFD).
    pub body: String,
    json: OnceLock<Value>,
}

impl Reply {
    /// Reads a whole response.
    pub async fn read<B>(response: axum::http::Response<B>) -> Reply
    where
        B: HttpBody,
        B::Error: std::fmt::Debug,
    {
        Reply::try_read(response).await.expect("read the body")
    }

    /// Reads a whole response; an error when the connection breaks off mid-way.
    pub async fn try_read<B: HttpBody>(
        response: axum::http::Response<B>,
    ) -> Result<Reply, B::Error> {
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.into_body().collect().await?.to_bytes();
        Ok(Reply {
            status,
            headers,
            body: String::from_utf8_lossy(&bytes).into_owned(),
            bytes: bytes.to_vec(),
            json: OnceLock::new(),
        })
    }

    /// A header's value; empty when there is none.
    pub fn header(&self, name: header::HeaderName) -> &str {
        self.header_value(name).unwrap_or("")
    }

    pub fn header_value(&self, name: header::HeaderName) -> Option<&str> {
        self.headers.get(&name).map(|v| v.to_str().unwrap())
    }

    /// Where a redirect points; empty when it is none.
    pub fn location(&self) -> &str {
        self.header(header::LOCATION)
    }

    /// The body, which must be UTF-8.
    pub fn text(&self) -> String {
        String::from_utf8(self.bytes.clone()).expect("utf-8 body")
    }

    /// The body as JSON, which it must be.
    pub fn json(&self) -> &Value {
        self.json.get_or_init(|| {
            serde_json::from_slice(&self.bytes).unwrap_or_else(|e| {
                panic!("{}: body is not JSON ({e}): {}", self.status, self.body)
            })
        })
    }

    /// The `Set-Cookie` line of cookie `name`.
    pub fn set_cookie(&self, name: &str) -> Option<String> {
        self.headers
            .get_all(header::SET_COOKIE)
            .iter()
            .map(|v| v.to_str().unwrap().to_owned())
            .find(|c| c.starts_with(&format!("{name}=")))
    }

    /// The value the response gives cookie `name`.
    pub fn cookie(&self, name: &str) -> Option<String> {
        let line = self.set_cookie(name)?;
        let value = line.split(';').next()?.split_once('=')?.1;
        Some(value.to_owned())
    }

    /// The value of the first hidden `_csrf` field of the page, if it has one.
    pub fn form_token(&self) -> Option<String> {
        let start = self.body.find(CSRF_FIELD)? + CSRF_FIELD.len();
        let end = self.body[start..].find('"')? + start;
        Some(self.body[start..end].to_owned())
    }

    /// The value of the first hidden `_csrf` field of the page, which must have one.
    pub fn csrf(&self) -> String {
        self.form_token()
            .unwrap_or_else(|| panic!("no form token in {}", self.body))
    }
}
