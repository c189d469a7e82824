//! `meldwijzer create-admin`: creates an admin account from the command line, so the
//! first admin exists before anyone can sign in.

use crate::auth::{normalize_email, password, Role};
use crate::config::env::{Env, ADMIN_PASSWORD_VAR};
use crate::store::staff::{self, Account, CreateAccountError, NewAccount};
use crate::store::{Db, StoreError};
use std::io::{BufRead, IsTerminal, Write};

/// Why no admin was created. The messages are for the operator at the terminal.
#[derive(Debug, thiserror::Error)]
pub enum CreateAdminError {
    #[error("`{0}` is not an e-mail address")]
    Email(String),
    #[error("the name must not be empty")]
    Name,
    #[error("the password must have at least {min} characters", min = password::MIN_CHARS)]
    PasswordTooShort,
    #[error("the password must not be longer than {max} bytes", max = password::MAX_BYTES)]
    PasswordTooLong,
    #[error("the two passwords are not the same")]
    PasswordsDiffer,
    #[error("cannot read the password from standard input: {0}")]
    Stdin(std::io::Error),
    #[error("an account with this e-mail address already exists")]
    DuplicateEmail,
    #[error("{0}")]
    Store(#[from] StoreError),
    #[error("{0}")]
    Hash(#[from] password::HashError),
}

/// The password: from the environment variable if it is set, else one line of
/// standard input (asked twice, without echo, when that is a terminal).
pub fn read_password() -> Result<String, CreateAdminError> {
    if let Ok(password) = std::env::var(ADMIN_PASSWORD_VAR) {
        return Ok(password);
    }
    let stdin = std::io::stdin();
    if !stdin.is_terminal() {
        return read_line(&mut stdin.lock());
    }
    let first = prompt("Password for the new admin: ")?;
    let second = prompt("The same password again: ")?;
    if first != second {
        return Err(CreateAdminError::PasswordsDiffer);
    }
    Ok(first)
}

/// One line without its line ending (spaces are part of a password).
fn read_line(input: &mut impl BufRead) -> Result<String, CreateAdminError> {
    let mut line = String::new();
    input
        .read_line(&mut line)
        .map_err(CreateAdminError::Stdin)?;
    let end = line.trim_end_matches(['\n', '\r']).len();
    line.truncate(end);
    Ok(line)
}

/// Asks on the terminal with echo off (`stty`), so the password is not shown.
fn prompt(question: &str) -> Result<String, CreateAdminError> {
    eprint!("{question}");
    let _ = std::io::stderr().flush();
    let echo = |on: bool| {
        std::process::Command::new("stty")
            .arg(if on { "echo" } else { "-echo" })
            .stdin(std::process::Stdio::inherit())
            .status()
            .is_ok_and(|s| s.success())
    };
    let hidden = echo(false);
    let line = read_line(&mut std::io::stdin().lock());
    if hidden {
        echo(true);
    }
    eprintln!();
    line
}

/// Creates the account with the admin role and audits it (without an actor: it came
/// from the command line).
pub async fn create_admin(
    env: &Env,
    email: &str,
    name: &str,
    secret: &str,
) -> Result<Account, CreateAdminError> {
    let email = normalize_email(email).ok_or_else(|| CreateAdminError::Email(email.into()))?;
    let name = name.trim();
    if name.is_empty() {
        return Err(CreateAdminError::Name);
    }
    match password::check_new(secret) {
        Ok(()) => {}
        Err(password::PasswordProblem::TooShort) => return Err(CreateAdminError::PasswordTooShort),
        Err(password::PasswordProblem::TooLong) => return Err(CreateAdminError::PasswordTooLong),
    }
    let hash = password::hash(secret)?;
    let db = Db::connect(&env.database_url).await?;
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    let new = NewAccount {
        email: &email,
        display_name: name,
        password_hash: &hash,
        role: Role::Admin,
    };
    let created = staff::create_account(&db, &new, None, now).await;
    db.close().await;
    created.map_err(|e| match e {
        CreateAccountError::DuplicateEmail => CreateAdminError::DuplicateEmail,
        CreateAccountError::Store(e) => CreateAdminError::Store(e),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_keeps_its_spaces_but_not_its_ending() {
        for (input, expected) in [
            ("geheim wachtwoord \n", "geheim wachtwoord "),
            ("windows\r\n", "windows"),
            ("no newline", "no newline"),
            ("", ""),
            ("first\nsecond\n", "first"),
        ] {
            let mut reader = std::io::Cursor::new(input.as_bytes());
            assert_eq!(read_line(&mut reader).unwrap(), expected, "{input:?}");
        }
    }
}
