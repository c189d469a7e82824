//! Which requests are self-check steps, and a step's query in one canonical form: the
//! key a step is kept under, and the query it is rendered from.

use crate::shell::page_context::split_language;
use axum::extract::Request;
use axum::http::{uri, Uri};

/// The longest step query that is kept; the self-check's forms send a few hundred
/// bytes at most. A longer one is rendered for its request only.
pub const MAX_STEP_QUERY: usize = 1024;

/// The most pairs in a step query that is kept (the self-check reads at most 200).
const MAX_STEP_PAIRS: usize = 64;

/// The self-check's route, `/<lang>/self-check`: the only one whose query is kept.
pub(super) fn is_step(path: &str) -> bool {
    let (lang, rest) = split_language(path);
    !lang.is_empty() && rest == "/self-check"
}

/// Replaces the request's path and query by `path_and_query` (the canonical form):
/// what is rendered and kept is then what every later visitor whose query means the
/// same gets, byte for byte, whoever asked first. Whether it could.
pub(super) fn set_path_and_query(request: &mut Request, path_and_query: &str) -> bool {
    let Ok(path_and_query) = uri::PathAndQuery::try_from(path_and_query) else {
        return false;
    };
    let mut parts = request.uri().clone().into_parts();
    parts.path_and_query = Some(path_and_query);
    match Uri::from_parts(parts) {
        Ok(uri) => {
            *request.uri_mut() = uri;
            true
        }
        Err(_) => false,
    }
}

/// A self-check step's query in one canonical form, or `None` when it is not kept
/// (then it is rendered for its request only, as before).
///
/// A wrong rule shown to a resident is the worst thing the portal can do, so two
/// queries get one form only when every reader of the query — the self-check's steps
/// (`pages::selfcheck::steps::decide`, `domain::selfcheck::Answers::from_pairs`), the
/// DigiD notice, the language switcher's links — reads them alike:
/// - they decode the query before reading it (`form_urlencoded`), so `%77ork`, `work`
///   and `+`/`%20` are the same; the form is encoded again one way;
/// - that decoder skips empty pieces (`a=1&&b=2`), and reads `a` as `a=`;
/// - pairs are sorted by key, **stably**: the values of one key keep their order.
///   Readers look pairs up by key (the first `_q` wins; a repeated single answer is an
///   error whichever value comes first; several choices are a set); none reads the
///   order of different keys, except the people rows, which sort `q.1`, `q.2` … by
///   their number — so a key's number must be written one way (below).
///
/// Never merged, so not kept: repeated pairs (`a=1&a=1` is a "repeated" error, `a=1`
/// is not), an empty value and a missing key, different values. Not kept at all: a
/// query longer than [`MAX_STEP_QUERY`] or with more than [`MAX_STEP_PAIRS`] pairs
/// (the self-check's cut-off at 200 pairs depends on their order), a key that is not
/// `name` or `name.suffix` with `name` in `[a-z0-9_-]` and `suffix` letters or a
/// number without leading zero or sign (`q.01` and `q.1` are one row number to the
/// people rows, so their order would count), and a value that does not decode to
/// valid UTF-8 (the decoder makes every bad byte U+FFFD, so different values would
/// read the same).
pub(super) fn step_query(query: &str) -> Option<String> {
    if query.len() > MAX_STEP_QUERY {
        return None;
    }
    let mut pairs = Vec::new();
    for (key, value) in form_urlencoded::parse(query.as_bytes()) {
        if pairs.len() == MAX_STEP_PAIRS || !plain_key(&key) || value.contains('\u{FFFD}') {
            return None;
        }
        pairs.push((key, value));
    }
    if pairs.is_empty() {
        return None;
    }
    // `sort_by` is stable.
    pairs.sort_by(|a, b| a.0.cmp(&b.0));
    Some(
        form_urlencoded::Serializer::new(String::new())
            .extend_pairs(pairs)
            .finish(),
    )
}

/// `name` or `name.suffix`: see [`step_query`].
fn plain_key(key: &str) -> bool {
    let name = |s: &str| {
        !s.is_empty()
            && s.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
    };
    let letters = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_lowercase());
    let number = |s: &str| {
        (1..=3).contains(&s.len()) && !s.starts_with('0') && s.bytes().all(|b| b.is_ascii_digit())
    };
    match key.split_once('.') {
        None => name(key),
        Some((first, suffix)) => name(first) && (letters(suffix) || number(suffix)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DAY: time::Date = time::macros::date!(2026 - 03 - 10);

    #[test]
    fn only_the_self_check_route_keeps_its_query() {
        let cases = [
            ("/nl/self-check", true),
            ("/ar/self-check", true),
            ("/nl/self-check/", false),
            ("/self-check", false),
            ("//self-check", false),
            ("/nl/report", false),
            ("/nl/report/identity", false),
            ("/staff/self-check", true), // a language the catalog lacks: 404, never kept
            ("/nl/self-check/x", false),
            ("/nl", false),
        ];
        for (path, expected) in cases {
            assert_eq!(is_step(path), expected, "{path}");
        }
    }

    #[test]
    fn keys_are_plain_words_with_an_optional_suffix() {
        let cases = [
            ("life-areas", true),
            ("_q", true),
            ("_start", true),
            ("digid", true),
            ("trip-dates.from", true),
            ("moves-in-ages.count", true),
            ("moves-in-ages.1", true),
            ("moves-in-ages.20", true),
            ("moves-in-ages.01", false),
            ("moves-in-ages.+1", false),
            ("moves-in-ages.0", false),
            ("moves-in-ages.1000", false),
            ("moves-in-ages.1.2", false),
            ("moves-in-ages.", false),
            ("Life-Areas", false),
            ("life areas", false),
            ("", false),
            (".from", false),
            ("a\u{FFFD}", false),
        ];
        for (key, expected) in cases {
            assert_eq!(plain_key(key), expected, "{key}");
        }
    }

    /// The canonical form of step queries: the same entry only when the queries mean the
    /// same to every reader. A wrong merge would show one resident another's rules.
    #[test]
    fn step_queries_share_an_entry_only_when_they_mean_the_same() {
        // (a, b, the same entry?)
        let cases = [
            // Reordered keys.
            ("a=1&b=2", "b=2&a=1", true),
            (
                "_q=life-areas&life-areas=work&life-areas=money",
                "life-areas=work&life-areas=money&_q=life-areas",
                true,
            ),
            (
                "trip-dates.to=2026-07-09&_q=trip-dates&trip-dates.from=2026-07-01",
                "_q=trip-dates&trip-dates.from=2026-07-01&trip-dates.to=2026-07-09",
                true,
            ),
            // Encodings of the same text, and the pieces the decoder skips.
            ("life-areas=%77ork", "life-areas=work", true),
            ("q=a+b", "q=a%20b", true),
            ("a=1&&b=2&", "a=1&b=2", true),
            ("a", "a=", true),
            // The values of one key keep their order: the first `_q` wins, a repeated
            // single answer is an error whichever comes first.
            ("_q=a&_q=b", "_q=b&_q=a", false),
            (
                "life-areas=work&life-areas=money",
                "life-areas=money&life-areas=work",
                false,
            ),
            ("a=1&b=2&a=3", "a=3&b=2&a=1", false),
            // Different answers.
            ("life-areas=work", "life-areas=money", false),
            ("life-areas=work", "life-areas=work&life-areas=money", false),
            ("a=1", "a=1&a=1", false),
            ("a=1", "a=1&b=", false),
            ("a=", "b=", false),
            ("a=1", "a=01", false),
            ("a=1", "a=1%20", false),
            ("a=x", "a=X", false),
            ("life-areas=work", "life-areas=work&digid=cancelled", false),
            (
                "trip-dates.from=2026-07-01",
                "trip-dates.to=2026-07-01",
                false,
            ),
            ("ages.1=5&ages.2=7", "ages.1=7&ages.2=5", false),
            ("a=1%262", "a=1&2", false),
            ("a=1%3Db", "a=1=b", true),
        ];
        for (a, b, same) in cases {
            let (ka, kb) = (step_query(a), step_query(b));
            assert!(ka.is_some() && kb.is_some(), "{a} / {b}: both kept");
            assert_eq!(ka == kb, same, "{a} -> {ka:?}, {b} -> {kb:?}");
        }
        // The canonical form reads back as the same pairs, sorted by key.
        assert_eq!(
            step_query("b=%C3%A9&a=x+y").as_deref(),
            Some("a=x+y&b=%C3%A9")
        );
    }

    #[test]
    fn unsafe_or_oversized_step_queries_are_not_kept() {
        let long = format!("a={}", "x".repeat(MAX_STEP_QUERY));
        let many = vec!["a=1"; MAX_STEP_PAIRS + 1].join("&");
        let just_enough = vec!["a=1"; MAX_STEP_PAIRS].join("&");
        for query in [
            "",
            "&&",
            long.as_str(),
            many.as_str(),
            "ages.01=7&ages.1=5",
            "ages.+1=5",
            "=x",
            "A=1",
            "a=%FF",
            "a=%FE",
            "%FF=1",
        ] {
            assert_eq!(step_query(query), None, "{query}");
        }
        assert!(step_query(&just_enough).is_some());
    }

    /// What the canonical form relies on, checked on the self-check itself: a query
    /// and its canonical form lead to the same step, with the same answers, values
    /// and errors (the errors listed in another order at most).
    #[test]
    fn the_self_check_reads_a_query_and_its_canonical_form_alike() {
        use crate::domain::selfcheck::{Rules, SHIPPED_RULES};
        use crate::pages::selfcheck::steps::{decide, Step};
        let rules = Rules::parse(SHIPPED_RULES).unwrap();
        let summary = |query: &str| {
            let pairs: Vec<(String, String)> = form_urlencoded::parse(query.as_bytes())
                .into_owned()
                .collect();
            match decide(&rules, &pairs, DAY) {
                Step::Intro { broken_link } => format!("intro {broken_link}"),
                Step::Results(answers) => format!("results {:?}", answers.to_pairs()),
                Step::Ask(ask) => {
                    let mut values: Vec<_> = ask
                        .values
                        .iter()
                        .map(|(k, _)| (k.clone(), ask.value(k).map(str::to_owned)))
                        .collect();
                    values.sort();
                    let mut errors: Vec<_> = ask.errors.iter().map(|e| format!("{e:?}")).collect();
                    errors.sort();
                    format!(
                        "ask {} {:?} {values:?} {errors:?} {:?}",
                        ask.question.id,
                        ask.answers.to_pairs(),
                        ask.carried()
                    )
                }
            }
        };
        let queries = [
            "_start=1",
            "_q=life-areas",
            "_q=life-areas&life-areas=work",
            "_q=life-areas&life-areas=travel&life-areas=work&life-areas=money",
            "life-areas=travel&travel-kind=abroad&_q=trip-dates&trip-dates.from=2026-07-01&trip-dates.to=2026-07-09",
            "life-areas=travel&travel-kind=abroad&_q=trip-dates&trip-dates.from=2026-07-01&trip-dates.to=2026-02-30",
            "life-areas=travel&travel-kind=abroad&_edit=travel-kind",
            "life-areas=travel&_edit=gift-kind&_edit=travel-kind",
            "life-areas=household&household-change=moves-in&moves-in-who=child&_q=moves-in-ages&moves-in-ages.1=&moves-in-ages.2=22&moves-in-ages.3=4",
            "life-areas=household&household-change=moves-in&moves-in-who=child&_q=moves-in-ages&moves-in-ages.count=2&moves-in-ages.2=3&moves-in-ages.1=22",
            "life-areas=household&household-change=moves-in&moves-in-who=child&_q=moves-in-ages&moves-in-ages.1=twenty&moves-in-ages.2=x",
            "life-areas=gifts&gift-kind=food-bank",
            "life-areas=work&life-areas=work&_q=life-areas",
            "life-areas=nonsense&_q=travel-kind&travel-kind=abroad",
            "no-such-question=x&life-areas=work",
            "_q=life-areas&life-areas=work&digid=cancelled",
        ];
        for query in queries {
            let canonical = step_query(query).expect("kept");
            // The pairs grouped by key (a key's values in their order), the groups
            // in every rotation, reversed, and taken in turns.
            let mut groups: Vec<Vec<&str>> = Vec::new();
            for pair in query.split('&') {
                let key = pair.split('=').next().unwrap();
                match groups
                    .iter_mut()
                    .find(|g| g[0].split('=').next() == Some(key))
                {
                    Some(group) => group.push(pair),
                    None => groups.push(vec![pair]),
                }
            }
            let mut orders: Vec<Vec<&str>> = (0..groups.len())
                .map(|i| {
                    let mut order = groups.clone();
                    order.rotate_left(i);
                    order.concat()
                })
                .collect();
            orders.push(groups.iter().rev().flatten().copied().collect());
            let mut turns = Vec::new();
            for i in 0..groups.iter().map(Vec::len).max().unwrap() {
                turns.extend(groups.iter().rev().filter_map(|g| g.get(i).copied()));
            }
            orders.push(turns);
            for order in orders {
                let reordered = order.join("&");
                assert_eq!(step_query(&reordered).as_deref(), Some(canonical.as_str()));
                assert_eq!(
                    summary(&reordered),
                    summary(&canonical),
                    "{reordered} / {canonical}"
                );
            }
        }
    }
}
