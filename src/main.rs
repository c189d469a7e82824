/// Small blocks from mimalloc, large ones from glibc (src/server/allocator.rs).
#[cfg(feature = "ssr")]
#[global_allocator]
static ALLOCATOR: meldwijzer::server::allocator::Portal = meldwijzer::server::allocator::Portal;

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
        Some(Command::Backup { to }) => backup(&cli.env, &to).await,
        Some(Command::Restore { from }) => restore(&cli.env, &from).await,
        Some(Command::RotateKey { batch }) => rotate_key(&cli.env, batch).await,
    }
}

/// `meldwijzer backup`: prints what was copied.
#[cfg(feature = "ssr")]
async fn backup(
    env: &meldwijzer::config::env::Env,
    to: &std::path::Path,
) -> std::process::ExitCode {
    match meldwijzer::server::backup::backup(env, to).await {
        Ok(copied) => {
            println!(
                "backed up {} notices with {} files ({} bytes) to {}",
                copied.notices,
                copied.attachments,
                copied.bytes,
                to.display()
            );
            println!(
                "the data key is not in the backup: keep {} (or the key file) apart from it",
                meldwijzer::store::crypto::DATA_KEY_VAR
            );
            std::process::ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("meldwijzer backup: {error}");
            std::process::ExitCode::FAILURE
        }
    }
}

/// `meldwijzer restore`: prints what was restored and whether the key was checked.
#[cfg(feature = "ssr")]
async fn restore(
    env: &meldwijzer::config::env::Env,
    from: &std::path::Path,
) -> std::process::ExitCode {
    match meldwijzer::server::backup::restore(env, from).await {
        Ok(copied) => {
            println!(
                "restored {} notices with {} files ({} bytes) from {}",
                copied.notices,
                copied.attachments,
                copied.bytes,
                from.display()
            );
            if copied.key_checked.is_none() {
                println!(
                    "no data key was given: start the portal with the key the backup was made \
                     with ({} or the key file beside the database)",
                    meldwijzer::store::crypto::DATA_KEY_VAR
                );
            } else {
                println!("the data key opens the restored database");
            }
            std::process::ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("meldwijzer restore: {error}");
            std::process::ExitCode::FAILURE
        }
    }
}

/// `meldwijzer rotate-key`: prints its progress and what is left to do.
#[cfg(feature = "ssr")]
async fn rotate_key(env: &meldwijzer::config::env::Env, batch: usize) -> std::process::ExitCode {
    use meldwijzer::store::rotation::{Options, Report};
    let mut last_print = std::time::Instant::now();
    let mut progress = |table: &'static str, report: &Report| {
        if last_print.elapsed().as_secs() >= 5 {
            last_print = std::time::Instant::now();
            println!("… {table}: {} rows re-sealed so far", report.rows);
        }
    };
    let options = Options {
        batch,
        stop_after: None,
    };
    let run = meldwijzer::server::rotate_key::rotate_key(env, options, &mut progress).await;
    let (previous, report) = match run {
        Ok(done) => done,
        Err(error) => {
            eprintln!("meldwijzer rotate-key: {error}");
            return std::process::ExitCode::FAILURE;
        }
    };
    println!(
        "re-sealed {} values in {} rows; {} owner indexes computed anew; {} drafts of \
         signed-in residents moved, {} removed; {} chunks of unfinished uploads removed",
        report.values,
        report.rows,
        report.owner_indexes,
        report.drafts_moved,
        report.drafts_dropped,
        report.chunks_dropped
    );
    for (table, n) in &report.failed {
        eprintln!("{table}: {n} values do not open with the given keys");
    }
    if report.finished {
        if previous == meldwijzer::store::crypto::PreviousKey::NotGiven {
            println!("every value is sealed with the current data key");
        } else {
            println!(
                "finished: every value is sealed with the new data key. Remove {} and restart \
                 the instances; the previous key is no longer needed",
                meldwijzer::store::crypto::PREVIOUS_KEY_VAR
            );
        }
        std::process::ExitCode::SUCCESS
    } else {
        for (table, n) in &report.remaining {
            eprintln!("{table}: {n} values still sealed with another key");
        }
        eprintln!(
            "meldwijzer rotate-key: not finished. Check that {} is the previous key and that \
             every instance runs with the new one, then run it again: it goes on where it \
             stopped",
            meldwijzer::store::crypto::PREVIOUS_KEY_VAR
        );
        std::process::ExitCode::FAILURE
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
