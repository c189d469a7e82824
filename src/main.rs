#[cfg(feature = "ssr")]
#[tokio::main]
async fn main() -> std::process::ExitCode {
    use clap::Parser;
    let env = meldwijzer::config::env::Env::parse();
    meldwijzer::server::init_logging(&env);
    match meldwijzer::server::serve(env).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) => {
            tracing::error!(%error, "meldwijzer could not start");
            eprintln!("meldwijzer: {error}");
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(not(feature = "ssr"))]
fn main() {
    // The binary is the server; the browser part is the library built for WebAssembly.
}
