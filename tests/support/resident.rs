//! A resident's browser over real HTTP, without a browser: the draft cookie, the form
//! token, and the steps of a change notice with a small attachment. Used by the
//! durability test and the submission benchmark against the release binary.

use http_body_util::{BodyExt, Full};
use hyper_util::client::legacy::{connect::HttpConnector, Client};
use hyper_util::rt::TokioExecutor;

pub type HttpClient = Client<HttpConnector, Full<axum::body::Bytes>>;

const COOKIE: &str = "__Host-mw_notice";
/// The boundary between the parts of [`multipart_body`].
pub const BOUNDARY: &str = "----meldwijzer-resident";
/// The smallest PNG: a "photo of a payslip" to the type check.
pub const PNG: &[u8] =
    b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89";

pub fn client() -> HttpClient {
    Client::builder(TokioExecutor::new()).build_http()
}

pub struct Reply {
    pub status: u16,
    pub location: String,
    pub body: String,
}

/// Why a step failed: the server did not answer (killed, refused) or answered
/// something unexpected.
#[derive(Debug)]
pub enum StepError {
    Connection(String),
    Unexpected(String),
}

pub struct Resident {
    base: String,
    http: HttpClient,
    cookie: Option<String>,
    csrf: String,
}

impl Resident {
    pub fn new(base: &str, http: HttpClient) -> Resident {
        Resident {
            base: base.to_owned(),
            http,
            cookie: None,
            csrf: String::new(),
        }
    }

    /// Talks to another server from now on (the same database, restarted).
    pub fn set_base(&mut self, base: &str) {
        self.base = base.to_owned();
    }

    async fn send(
        &mut self,
        method: &str,
        path: &str,
        content_type: Option<String>,
        body: Vec<u8>,
    ) -> Result<Reply, StepError> {
        let mut request = axum::http::Request::builder()
            .method(method)
            .uri(format!("{}{path}", self.base))
            .header("sec-fetch-site", "same-origin");
        if let Some(cookie) = &self.cookie {
            request = request.header("cookie", format!("{COOKIE}={cookie}"));
        }
        if let Some(content_type) = content_type {
            request = request.header("content-type", content_type);
        }
        let request = request
            .body(Full::new(axum::body::Bytes::from(body)))
            .unwrap();
        let response = self
            .http
            .request(request)
            .await
            .map_err(|e| StepError::Connection(e.to_string()))?;
        let status = response.status().as_u16();
        for value in response.headers().get_all("set-cookie") {
            let line = value.to_str().unwrap_or_default();
            if let Some(rest) = line.strip_prefix(&format!("{COOKIE}=")) {
                let value = rest.split(';').next().unwrap_or_default();
                self.cookie = (!value.is_empty()).then(|| value.to_owned());
            }
        }
        let location = response
            .headers()
            .get("location")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        let body = response
            .into_body()
            .collect()
            .await
            .map_err(|e| StepError::Connection(e.to_string()))?
            .to_bytes();
        let body = String::from_utf8_lossy(&body).into_owned();
        let marker = "name=\"_csrf\" value=\"";
        if let Some(start) = body.find(marker).map(|i| i + marker.len()) {
            if let Some(end) = body[start..].find('"') {
                self.csrf = body[start..start + end].to_owned();
            }
        }
        Ok(Reply {
            status,
            location,
            body,
        })
    }

    pub async fn get(&mut self, path: &str) -> Result<Reply, StepError> {
        self.send("GET", path, None, Vec::new()).await
    }

    pub async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> Result<Reply, StepError> {
        // The serializer is not `Send`: it must be gone before the request is sent.
        let body = {
            let mut body = form_urlencoded::Serializer::new(String::new());
            body.append_pair("_csrf", &self.csrf);
            for (name, value) in fields {
                body.append_pair(name, value);
            }
            body.finish().into_bytes()
        };
        let content_type = "application/x-www-form-urlencoded".to_owned();
        self.send("POST", path, Some(content_type), body).await
    }

    pub async fn post_files(
        &mut self,
        path: &str,
        fields: &[(&str, &str)],
        files: &[(&str, &[u8])],
    ) -> Result<Reply, StepError> {
        let csrf = self.csrf.clone();
        let mut all = vec![("_csrf", csrf.as_str())];
        all.extend_from_slice(fields);
        let body = multipart_body(&all, files);
        let content_type = format!("multipart/form-data; boundary={BOUNDARY}");
        self.send("POST", path, Some(content_type), body).await
    }

    fn expect(reply: &Reply, status: u16, location: &str) -> Result<(), StepError> {
        if reply.status == status && reply.location == location {
            Ok(())
        } else {
            Err(StepError::Unexpected(format!(
                "{} → {} (expected {status} → {location})",
                reply.status, reply.location
            )))
        }
    }

    /// Fills in a notice up to "check your answers": who (the `n`th made-up resident),
    /// work with a photo of a payslip.
    pub async fn fill_in(&mut self, n: usize) -> Result<(), StepError> {
        self.fill_in_with(n, &[("loonstrook.png", PNG)]).await
    }

    /// [`Resident::fill_in`] with other files on the work page.
    pub async fn fill_in_with(
        &mut self,
        n: usize,
        files: &[(&str, &[u8])],
    ) -> Result<(), StepError> {
        self.get("/nl/report/identity").await?;
        let name = format!("Bewoner {n}");
        let identity = [
            ("name", name.as_str()),
            ("bsn", "111222333"),
            ("date-of-birth", "1985-04-02"),
            ("partner", "no"),
        ];
        let reply = self.post("/nl/report/identity", &identity).await?;
        Self::expect(&reply, 303, "/nl/report/changes")?;
        let reply = self.post("/nl/report/changes", &[("kind", "work")]).await?;
        Self::expect(&reply, 303, "/nl/report/details/work")?;
        let employer = format!("Werkgever {n}");
        let work = [
            ("event", "started"),
            ("employer", employer.as_str()),
            ("hours", "12"),
            ("date", "2026-03-02"),
        ];
        let reply = self
            .post_files("/nl/report/details/work", &work, files)
            .await?;
        Self::expect(&reply, 303, "/nl/report/check")
    }

    /// Sends the notice and reads the reference from the confirmation page.
    pub async fn submit(&mut self) -> Result<String, StepError> {
        let reply = self
            .post("/nl/report/submit", &[("declaration", "yes")])
            .await?;
        Self::expect(&reply, 303, "/nl/report/received")?;
        let page = self.get("/nl/report/received").await?;
        page.body
            .split("id=\"reference\"")
            .nth(1)
            .and_then(|rest| rest.split('>').nth(1))
            .and_then(|rest| rest.split('<').next())
            .map(str::to_owned)
            .ok_or_else(|| StepError::Unexpected("no reference on the confirmation".into()))
    }
}

/// A `multipart/form-data` body (boundary [`BOUNDARY`]) with text fields and files
/// (name, bytes) in the field `file`, as a browser sends a form with a file input.
pub fn multipart_body(fields: &[(&str, &str)], files: &[(&str, &[u8])]) -> Vec<u8> {
    let mut body = Vec::new();
    for (name, value) in fields {
        body.extend_from_slice(
            format!(
                "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
            )
            .as_bytes(),
        );
    }
    for (file_name, bytes) in files {
        body.extend_from_slice(
            format!(
                "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; \
                 filename=\"{file_name}\"\r\nContent-Type: application/octet-stream\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());
    body
}
