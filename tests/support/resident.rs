//! A resident's browser without a browser: the draft cookie, the form token, and the
//! steps of a change notice. One helper for every way the tests reach a portal: the
//! router of an in-process [`Portal`] (the change-notice and hardening tests) or a
//! spawned portal over real HTTP (the durability and memory tests, and the submission
//! benchmark). Whatever the way, nothing personal may travel in a redirect.

use super::portal::Portal;
use super::reply::Reply;
use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use hyper_util::client::legacy::{connect::HttpConnector, Client};
use hyper_util::rt::TokioExecutor;
use tower::ServiceExt;

pub type HttpClient = Client<HttpConnector, Body>;

const COOKIE: &str = "__Host-mw_notice";
/// The boundary between the parts of [`multipart_body`].
pub const BOUNDARY: &str = "----meldwijzer-resident";
/// The smallest PNG: a "photo of a payslip" to the type check.
pub const PNG: &[u8] =
    b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89";
/// The BSN every made-up resident of these tests gives.
pub const BSN: &str = "111222333";
/// The partner's BSN, name and the IBAN of the change-notice tests.
pub const PARTNER_BSN: &str = "123456782";
pub const IBAN: &str = "NL91ABNA0417164300";
pub const SURNAME: &str = "Amrani";
/// Must never appear in a redirect's address (which ends up in logs and histories).
const PERSONAL: [&str; 4] = [BSN, PARTNER_BSN, IBAN, SURNAME];

/// The content type of a form with files (boundary [`BOUNDARY`]).
fn multipart_type() -> String {
    format!("multipart/form-data; boundary={BOUNDARY}")
}

/// The header a browser sends with a form of this site.
pub const SAME_ORIGIN: (&str, &str) = ("sec-fetch-site", "same-origin");

pub fn client() -> HttpClient {
    Client::builder(TokioExecutor::new()).build_http()
}

/// Why a step failed: the server did not answer (killed, refused) or answered
/// something unexpected.
#[derive(Debug)]
pub enum StepError {
    Connection(String),
    Unexpected(String),
}

/// How the resident reaches the portal.
#[derive(Clone)]
enum Door {
    Router(axum::Router),
    Http {
        base: String,
        http: HttpClient,
    },
    /// reqwest: HTTPS through a proxy, or a client bound to an address of its own.
    Reqwest {
        base: String,
        http: reqwest::Client,
    },
}

#[derive(Clone)]
pub struct Resident {
    door: Door,
    /// The draft cookie, once the portal gave one.
    pub cookie: Option<String>,
    /// The form token of the last page with a form.
    pub csrf: String,
    /// Through the router: the connection's address the portal sees (none by default).
    pub peer: Option<std::net::SocketAddr>,
    /// Headers sent with every request (a proxy's `X-Forwarded-For`, say).
    pub headers: Vec<(String, String)>,
}

impl Resident {
    /// A resident of the spawned portal at `base`, over HTTP.
    pub fn new(base: &str, http: HttpClient) -> Resident {
        Resident::through(Door::Http {
            base: base.to_owned(),
            http,
        })
    }

    /// A resident over `http`, a reqwest client (HTTPS, or bound to its own source
    /// address), of the portal or proxy at `base`. The client must not follow
    /// redirects: the steps check them.
    pub fn over(base: &str, http: reqwest::Client) -> Resident {
        Resident::through(Door::Reqwest {
            base: base.to_owned(),
            http,
        })
    }

    /// A resident of an in-process portal, through its router.
    pub fn on(portal: &Portal) -> Resident {
        Resident::through(Door::Router(portal.app.clone()))
    }

    fn through(door: Door) -> Resident {
        Resident {
            door,
            cookie: None,
            csrf: String::new(),
            peer: None,
            headers: Vec::new(),
        }
    }

    /// Talks to another server from now on (the same database, restarted).
    pub fn set_base(&mut self, base: &str) {
        self.door = match &self.door {
            Door::Http { http, .. } => Door::Http {
                base: base.to_owned(),
                http: http.clone(),
            },
            Door::Reqwest { http, .. } => Door::Reqwest {
                base: base.to_owned(),
                http: http.clone(),
            },
            Door::Router(_) => panic!("only a resident over HTTP has a base address"),
        };
    }

    /// A request to `path` with the draft cookie.
    pub fn request(&self, method: &str, path: &str) -> axum::http::request::Builder {
        let builder = Request::builder().method(method);
        let mut builder = match &self.door {
            Door::Router(_) => builder.uri(path).header(header::HOST, "portal.example"),
            Door::Http { base, .. } | Door::Reqwest { base, .. } => {
                builder.uri(format!("{base}{path}"))
            }
        };
        if let Some(cookie) = &self.cookie {
            builder = builder.header(header::COOKIE, format!("{COOKIE}={cookie}"));
        }
        for (name, value) in &self.headers {
            builder = builder.header(name, value);
        }
        if let (Door::Router(_), Some(peer)) = (&self.door, self.peer) {
            builder = builder.extension(axum::extract::ConnectInfo(peer));
        }
        builder
    }

    /// Sends `request` and keeps what a browser keeps: the draft cookie and the form
    /// token of the page.
    pub async fn try_send(&mut self, request: Request<Body>) -> Result<Reply, StepError> {
        let connection = |e: &dyn std::fmt::Display| StepError::Connection(e.to_string());
        let reply = match &self.door {
            Door::Router(app) => Reply::read(app.clone().oneshot(request).await.unwrap()).await,
            Door::Http { http, .. } => {
                let response = http.request(request).await.map_err(|e| connection(&e))?;
                Reply::try_read(response)
                    .await
                    .map_err(|e| connection(&e))?
            }
            Door::Reqwest { http, .. } => {
                let (parts, body) = request.into_parts();
                let body = axum::body::to_bytes(body, usize::MAX).await.unwrap();
                let response = http
                    .request(parts.method, parts.uri.to_string())
                    .headers(parts.headers)
                    .body(body)
                    .send()
                    .await
                    .map_err(|e| connection(&e))?;
                Reply::try_read(axum::http::Response::from(response))
                    .await
                    .map_err(|e| connection(&e))?
            }
        };
        if let Some(value) = reply.cookie(COOKIE) {
            self.cookie = (!value.is_empty()).then_some(value);
        }
        if reply.body.contains("name=\"_csrf\"") {
            self.csrf = reply.csrf();
        }
        for personal in PERSONAL {
            assert!(!reply.location().contains(personal), "{}", reply.location());
        }
        Ok(reply)
    }

    pub async fn send(&mut self, request: Request<Body>) -> Reply {
        self.try_send(request).await.expect("the portal answers")
    }

    pub async fn try_get(&mut self, path: &str) -> Result<Reply, StepError> {
        let request = self.request("GET", path).body(Body::empty()).unwrap();
        self.try_send(request).await
    }

    pub async fn get(&mut self, path: &str) -> Reply {
        self.try_get(path).await.expect("the portal answers")
    }

    /// A URL-encoded POST of `body` as it is, with only `headers` besides the cookie
    /// (the form token and the origin are the caller's).
    pub async fn post_raw(
        &mut self,
        path: &str,
        body: impl Into<Body>,
        headers: &[(&str, &str)],
    ) -> Reply {
        let mut builder = self
            .request("POST", path)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
        for (name, value) in headers {
            builder = builder.header(*name, *value);
        }
        self.send(builder.body(body.into()).unwrap()).await
    }

    /// `fields` behind the current form token.
    fn with_token<'a>(&'a self, fields: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
        let mut all = vec![("_csrf", self.csrf.as_str())];
        all.extend_from_slice(fields);
        all
    }

    /// A form POST from this site, with the form token.
    pub async fn try_post(
        &mut self,
        path: &str,
        fields: &[(&str, &str)],
    ) -> Result<Reply, StepError> {
        let body = super::portal::form_body(&self.with_token(fields));
        let request = self
            .request("POST", path)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(SAME_ORIGIN.0, SAME_ORIGIN.1)
            .body(Body::from(body))
            .unwrap();
        self.try_send(request).await
    }

    pub async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> Reply {
        self.try_post(path, fields)
            .await
            .expect("the portal answers")
    }

    /// A POST of a multipart `body` (boundary [`BOUNDARY`]) from this site.
    pub async fn try_post_multipart(
        &mut self,
        path: &str,
        body: impl Into<Body>,
    ) -> Result<Reply, StepError> {
        let request = self
            .request("POST", path)
            .header(header::CONTENT_TYPE, multipart_type())
            .header(SAME_ORIGIN.0, SAME_ORIGIN.1)
            .body(body.into())
            .unwrap();
        self.try_send(request).await
    }

    pub async fn post_multipart(&mut self, path: &str, body: impl Into<Body>) -> Reply {
        self.try_post_multipart(path, body)
            .await
            .expect("the portal answers")
    }

    /// A form with files from this site, with the form token.
    pub async fn try_post_files(
        &mut self,
        path: &str,
        fields: &[(&str, &str)],
        files: &[(&str, &[u8])],
    ) -> Result<Reply, StepError> {
        let body = multipart_body(&self.with_token(fields), files);
        self.try_post_multipart(path, body).await
    }

    pub async fn post_files(
        &mut self,
        path: &str,
        fields: &[(&str, &str)],
        files: &[(&str, &[u8])],
    ) -> Reply {
        self.try_post_files(path, fields, files)
            .await
            .expect("the portal answers")
    }

    fn expect(reply: &Reply, status: StatusCode, location: &str) -> Result<(), StepError> {
        if reply.status == status && reply.location() == location {
            Ok(())
        } else {
            Err(StepError::Unexpected(format!(
                "{} → {} (expected {status} → {location})",
                reply.status,
                reply.location()
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
        self.try_get("/nl/report/identity").await?;
        let name = format!("Bewoner {n}");
        let identity = [
            ("name", name.as_str()),
            ("bsn", BSN),
            ("date-of-birth", "1985-04-02"),
            ("partner", "no"),
        ];
        let reply = self.try_post("/nl/report/identity", &identity).await?;
        Self::expect(&reply, StatusCode::SEE_OTHER, "/nl/report/changes")?;
        let reply = self
            .try_post("/nl/report/changes", &[("kind", "work")])
            .await?;
        Self::expect(&reply, StatusCode::SEE_OTHER, "/nl/report/details/work")?;
        let employer = format!("Werkgever {n}");
        let work = [
            ("event", "started"),
            ("employer", employer.as_str()),
            ("hours", "12"),
            ("date", "2026-03-02"),
        ];
        let reply = self
            .try_post_files("/nl/report/details/work", &work, files)
            .await?;
        Self::expect(&reply, StatusCode::SEE_OTHER, "/nl/report/check")
    }

    /// Sends the notice and reads the reference from the confirmation page.
    pub async fn submit(&mut self) -> Result<String, StepError> {
        let reply = self
            .try_post("/nl/report/submit", &[("declaration", "yes")])
            .await?;
        Self::expect(&reply, StatusCode::SEE_OTHER, "/nl/report/received")?;
        let page = self.try_get("/nl/report/received").await?;
        reference_on(&page)
            .ok_or_else(|| StepError::Unexpected("no reference on the confirmation".into()))
    }
}

/// The reference on a confirmation page.
pub fn reference_on(page: &Reply) -> Option<String> {
    page.body
        .split("id=\"reference\"")
        .nth(1)
        .and_then(|rest| rest.split('>').nth(1))
        .and_then(|rest| rest.split('<').next())
        .map(str::to_owned)
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
