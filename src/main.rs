#[cfg(feature = "ssr")]
fn main() -> std::process::ExitCode {
    // Before the runtime starts its threads.
    meldwijzer::server::allocator::configure();
    run()
}

#[cfg(feature = "ssr")]
#[tokio::main]
async fn run() -> std::process::ExitCode {
    use clap::Parser;
    use meldwijzer::config::env::{Cli, Command};
    let cli = Cli::parse();
    match cli.command {
        None => serve(cli.env).await,
        Some(Command::CreateAdmin { email, name }) => create_admin(&cli.env, &email, &name).await,
    }
}

#[cfg(feature = "ssr")]
async fn serve(env: meldwijzer::config::env::Env) -> std::process::ExitCode {
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

/// `meldwijzer create-admin`: prints the new account, never the password.
#[cfg(feature = "ssr")]
async fn create_admin(
    env: &meldwijzer::config::env::Env,
    email: &str,
    name: &str,
) -> std::process::ExitCode {
    use meldwijzer::server::create_admin::{create_admin, read_password};
    let result = match read_password() {
        Ok(password) => create_admin(env, email, name, &password).await,
        Err(error) => Err(error),
    };
    match result {
        Ok(account) => {
            println!(
                "created admin account {} for {} (id {})",
                account.email, account.display_name, account.id
            );
            std::process::ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("meldwijzer create-admin: {error}");
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(not(feature = "ssr"))]
fn main() {
    // The binary is the server; the browser part is the library built for WebAssembly.
}
