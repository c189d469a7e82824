//! Accepting connections, with read timeouts.
//!
//! `axum::serve` gives hyper no timer, so a client that sends half a request head, or
//! a body that stops, holds its connection (and a task) for as long as it likes. Here
//! every connection gets
//!
//! - a **header read timeout**: the whole request head must arrive within
//!   [`ReadTimeouts::header`], else hyper closes the connection;
//! - a **body idle timeout**: once a handler reads the body, no new bytes for
//!   [`ReadTimeouts::body_idle`] ends the body with an error (the handler answers
//!   400 and the connection is closed);
//! - a **body deadline**: the whole body must arrive within [`ReadTimeouts::body_total`],
//!   so a client that trickles a byte now and then is cut off too.
//!
//! On shutdown the listener closes, and connections finish their request in flight.

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::Request;
use axum::response::Response;
use hyper::body::{Frame, Incoming, SizeHint};
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use std::convert::Infallible;
use std::future::Future;
use std::net::SocketAddr;
use std::pin::{pin, Pin};
use std::task::{Context, Poll};
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::time::{Instant, Sleep};
use tower::{Service, ServiceExt};

/// How long the portal waits for a client's request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReadTimeouts {
    pub header: Duration,
    pub body_idle: Duration,
    pub body_total: Duration,
}

impl ReadTimeouts {
    /// The server's timeouts.
    pub const DEFAULT: ReadTimeouts = ReadTimeouts {
        // A request head is a few KiB at most: a phone on a poor mobile connection sends
        // it within a few seconds. 20 s leaves room for that and cuts off a client that
        // stalls or sends its head byte by byte.
        header: Duration::from_secs(20),
        // No byte of a body for 30 s: the client has stalled or gone (a phone that
        // lost its signal reconnects and sends the form again).
        body_idle: Duration::from_secs(30),
        // The largest body, a detail page with five 10 MB files (51 MiB), takes about
        // 7 minutes at 1 Mbit/s; 10 minutes lets a slow upload finish and nothing
        // trickle for longer.
        body_total: Duration::from_secs(10 * 60),
    };
}

/// Serves `app` (a `Router`, or `router::portal`) on `listener` until `shutdown`
/// completes, then lets the requests in flight finish. Handlers see the client's
/// address as `ConnectInfo<SocketAddr>`.
pub async fn serve<S>(
    listener: TcpListener,
    app: S,
    timeouts: ReadTimeouts,
    shutdown: impl Future<Output = ()>,
) where
    S: Service<Request<Body>, Response = Response, Error = Infallible> + Clone + Send + 'static,
    S::Future: Send + 'static,
{
    let (stop, stopped) = tokio::sync::watch::channel(());
    let mut connections = tokio::task::JoinSet::new();
    let mut shutdown = pin!(shutdown);
    loop {
        let (stream, remote) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(error) => {
                    // Out of file descriptors and the like: wait instead of spinning.
                    tracing::warn!(%error, "accepting a connection failed");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let _ = stream.set_nodelay(true);
        connections.spawn(connection(
            stream,
            remote,
            app.clone(),
            timeouts,
            stopped.clone(),
        ));
        // Forget the finished ones, so the set holds only open connections.
        while connections.try_join_next().is_some() {}
    }
    drop(listener);
    let _ = stop.send(());
    while connections.join_next().await.is_some() {}
}

async fn connection<S>(
    stream: tokio::net::TcpStream,
    remote: SocketAddr,
    app: S,
    timeouts: ReadTimeouts,
    mut stop: tokio::sync::watch::Receiver<()>,
) where
    S: Service<Request<Body>, Response = Response, Error = Infallible> + Clone + Send + 'static,
    S::Future: Send + 'static,
{
    let service = tower::service_fn(move |request: Request<Incoming>| {
        let mut request = request.map(|body| {
            if hyper::body::Body::is_end_stream(&body) {
                Body::new(body)
            } else {
                Body::new(TimedBody::new(body, timeouts))
            }
        });
        request.extensions_mut().insert(ConnectInfo(remote));
        app.clone().oneshot(request)
    });
    let connection = hyper::server::conn::http1::Builder::new()
        .timer(TokioTimer::new())
        .header_read_timeout(timeouts.header)
        .serve_connection(TokioIo::new(stream), TowerToHyperService::new(service))
        .with_upgrades();
    let mut connection = pin!(connection);
    tokio::select! {
        result = connection.as_mut() => {
            if let Err(error) = result {
                tracing::debug!(%error, "connection ended with an error");
            }
        }
        _ = stop.changed() => {
            connection.as_mut().graceful_shutdown();
            let _ = connection.await;
        }
    }
}

/// The body took too long (see the module).
#[derive(Debug, thiserror::Error)]
#[error("the request body did not arrive in time")]
pub struct BodyTimeout;

type Timer = Pin<Box<Sleep>>;

/// A request body with an idle timeout and a deadline, started when it is first read.
struct TimedBody {
    inner: Incoming,
    timeouts: ReadTimeouts,
    /// The idle timer and the deadline, once reading started.
    timers: Option<(Timer, Timer)>,
}

impl TimedBody {
    fn new(inner: Incoming, timeouts: ReadTimeouts) -> Self {
        TimedBody {
            inner,
            timeouts,
            timers: None,
        }
    }
}

impl hyper::body::Body for TimedBody {
    type Data = hyper::body::Bytes;
    type Error = Box<dyn std::error::Error + Send + Sync>;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Self::Data>, Self::Error>>> {
        let this = self.get_mut();
        let timeouts = this.timeouts;
        let (idle, deadline) = this.timers.get_or_insert_with(|| {
            let now = Instant::now();
            (
                Box::pin(tokio::time::sleep_until(now + timeouts.body_idle)),
                Box::pin(tokio::time::sleep_until(now + timeouts.body_total)),
            )
        });
        if let Poll::Ready(frame) = Pin::new(&mut this.inner).poll_frame(cx) {
            idle.as_mut().reset(Instant::now() + timeouts.body_idle);
            return Poll::Ready(frame.map(|f| f.map_err(Into::into)));
        }
        if idle.as_mut().poll(cx).is_ready() || deadline.as_mut().poll(cx).is_ready() {
            return Poll::Ready(Some(Err(Box::new(BodyTimeout))));
        }
        Poll::Pending
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}
