//! Where a resident goes back to after signing in or out: only a page of this portal,
//! so the sign-in can never be used to send someone to another site.

/// The longest return address kept.
pub const MAX_LEN: usize = 512;

/// `candidate` if it is a local page of the portal: an absolute path (not `//host`,
/// no backslash, no control characters or spaces, no fragment) under one of
/// `languages` (`/nl`, `/nl/…`), with an optional query.
pub fn local(candidate: &str, languages: &[&str]) -> Option<String> {
    if candidate.is_empty() || candidate.len() > MAX_LEN {
        return None;
    }
    let allowed = |c: char| c.is_ascii_graphic() && !matches!(c, '\\' | '#' | '"' | '<' | '>');
    if !candidate.chars().all(allowed) {
        return None;
    }
    let (path, _query) = candidate.split_once('?').unwrap_or((candidate, ""));
    let rest = path.strip_prefix('/')?;
    let first = rest.split('/').next().unwrap_or("");
    if !languages.contains(&first) || path.contains("/../") || path.ends_with("/..") {
        return None;
    }
    Some(candidate.to_owned())
}

/// `path` with `digid=<notice>` in its query (replacing one that was there), for the
/// message the page shows (`components::digid::DigidNotice`).
pub fn with_notice(path: &str, notice: &str) -> String {
    let (base, query) = path.split_once('?').unwrap_or((path, ""));
    let mut kept: Vec<&str> = query
        .split('&')
        .filter(|pair| !pair.is_empty() && !pair.starts_with("digid="))
        .collect();
    let pair = format!("digid={notice}");
    kept.push(&pair);
    format!("{base}?{}", kept.join("&"))
}

/// The language of a local return path (its first segment).
pub fn language_of(path: &str) -> &str {
    path.trim_start_matches('/')
        .split(['/', '?'])
        .next()
        .unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    const LANGS: [&str; 2] = ["nl", "en"];

    #[test]
    fn only_local_portal_pages_are_return_paths() {
        let cases = [
            ("/nl", true),
            ("/nl/", true),
            ("/en/my-notices", true),
            ("/nl/report/identity?step=2", true),
            ("/", false),
            ("", false),
            ("nl/report", false),
            ("//evil.example/nl", false),
            ("/\\evil.example", false),
            ("https://evil.example/nl", false),
            ("/de/report", false),
            ("/nl/../staff", false),
            ("/nl/..", false),
            ("/nl/a b", false),
            ("/nl/a\nb", false),
            ("/nl/a#top", false),
            ("/staff", false),
            ("/auth/digid/start", false),
        ];
        for (candidate, ok) in cases {
            assert_eq!(local(candidate, &LANGS).is_some(), ok, "{candidate:?}");
        }
        assert!(local(&format!("/nl/{}", "a".repeat(MAX_LEN)), &LANGS).is_none());
    }

    #[test]
    fn a_notice_goes_into_the_query_once() {
        assert_eq!(with_notice("/nl", "cancelled"), "/nl?digid=cancelled");
        assert_eq!(
            with_notice("/nl/x?a=1&digid=failed", "cancelled"),
            "/nl/x?a=1&digid=cancelled"
        );
        assert_eq!(language_of("/en/my-notices?x=1"), "en");
        assert_eq!(language_of("/nl?digid=x"), "nl");
    }
}
