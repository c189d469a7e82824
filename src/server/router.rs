use super::page_cache::{self, PageCache};
use super::{
    client_address, headers, health, language, metrics, refusals, request_log, static_files,
    trailing_slash, AppState,
};
use crate::app::{shell, App};
use axum::extract::Request;
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use leptos_axum::{generate_route_list, LeptosRoutes};
use std::convert::Infallible;
use std::future::Future;
use std::path::Path;
use tower::ServiceBuilder;
use tower::{Service, ServiceExt};
use tower_http::compression::{CompressionLayer, CompressionLevel};

/// The whole HTTP surface of the portal ([`portal`]) as a `Router`, for the tests and
/// whoever wants one.
pub fn router(state: AppState) -> Router {
    Router::new().fallback_service(portal(state))
}

/// The whole HTTP surface of the portal as one service: a kept page is answered
/// before routing ([`page_cache::answer_early`]), every other request by [`routed`].
/// The accept loop (`listen::serve`) runs this directly: a `Router` around it matches
/// each path against no routes and records the match before it gets to the fallback,
/// about a tenth of a kept page's instructions.
pub fn portal(
    state: AppState,
) -> impl Service<
    Request,
    Response = Response,
    Error = Infallible,
    Future = impl Future<Output = Result<Response, Infallible>> + Send + 'static,
> + Clone
       + Send
       + Sync
       + 'static {
    let cache = PageCache::new();
    let routed = routed(state.clone(), cache.clone());
    tower::service_fn(move |request: Request| {
        let early = page_cache::answer_early(&state, &cache, &request);
        let routed = routed.clone();
        async move {
            match early {
                Some(response) => Ok::<_, Infallible>(response),
                None => routed.oneshot(request).await,
            }
        }
    })
}

/// The routes and the middleware stack.
fn routed(state: AppState, cache: PageCache) -> Router {
    let routes = generate_route_list(App);
    let options = state.leptos_options.clone();
    let context = {
        let state = state.clone();
        move || state.provide_to_page()
    };
    let render = {
        let options = options.clone();
        move || shell(options.clone())
    };
    // The resident pages, and only they, are served from the render cache.
    let pages = Router::new()
        .leptos_routes_with_context(&state, routes, context.clone(), render)
        .layer(axum::middleware::from_fn({
            let state = state.clone();
            move |request, next| page_cache::serve(state.clone(), cache.clone(), request, next)
        }));
    Router::new()
        .route("/", get(language::root_redirect))
        .route("/healthz", get(health::healthz))
        .merge(pages)
        .nest(
            &format!("/{}", options.site_pkg_dir),
            static_files::pkg_service(Path::new(options.site_root.as_ref()), &options.site_pkg_dir),
        )
        .merge(static_files::public_files(Path::new(
            options.site_root.as_ref(),
        )))
        .merge(super::api::routes())
        .merge(super::staff::routes())
        .merge(super::report::routes())
        .merge(super::my_notices::routes())
        .merge(super::resident::routes())
        .fallback(leptos_axum::file_and_error_handler_with_context::<
            AppState,
            _,
        >(context, shell))
        // One layer made of the whole stack, outermost first. Layered one by one, each
        // middleware was a boxed route of its own, and axum clones a route's service
        // for every request: the stack's clones cost about 85 allocations per request
        // (a third of a kept page's instructions). Composed here, the stack is one
        // value with one box, in the same order and still after routing (the metrics
        // read the matched route template).
        .layer(
            ServiceBuilder::new()
                // Outermost: everything inside reads the one client address it works
                // out.
                .layer(axum::middleware::from_fn({
                    let proxies = state.proxies.clone();
                    move |request, next| client_address::resolve(proxies.clone(), request, next)
                }))
                .layer(axum::middleware::from_fn(metrics::track))
                .layer(axum::middleware::from_fn(request_log::log_request))
                // What is compressed here is rendered per request (the kept pages come
                // compressed at the highest level): at brotli's usual level 4 the
                // compressor, mostly clearing its 1 MB match table, took about 70% of a
                // self-check step's CPU time. Level 1 makes a 9.3 KB step 3.3 KB instead
                // of 2.9 KB.
                .layer(CompressionLayer::new().quality(CompressionLevel::Precise(1)))
                .layer(axum::middleware::from_fn(headers::security_headers))
                .layer(axum::middleware::from_fn_with_state(
                    state.clone(),
                    language::remember,
                ))
                .layer(axum::middleware::from_fn_with_state(
                    state.clone(),
                    refusals::portal_refusals,
                ))
                .layer(axum::middleware::from_fn(trailing_slash::redirect)),
        )
        .with_state(state)
}
