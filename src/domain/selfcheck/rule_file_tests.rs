//! The shipped rule file and Dutch texts are complete and consistent, and broken rule
//! files are refused with a message that names the place and the problem.

use super::{
    evaluate, steenwijkerland, Answers, Rules, RulesError, FIXED_MESSAGE_IDS, SHIPPED_DUTCH,
    SHIPPED_RULES,
};
use crate::i18n::catalog::GLOBAL_VARIABLES;
use crate::i18n::lint::{message_ids, variables};
use std::collections::BTreeSet;

fn shipped() -> Rules {
    Rules::parse(SHIPPED_RULES).expect("the shipped rule file is valid")
}

#[test]
fn shipped_rules_parse_and_every_text_exists_in_dutch() {
    let rules = shipped();
    let dutch: BTreeSet<String> = message_ids(SHIPPED_DUTCH).into_iter().collect();
    rules
        .validate_messages(|id| dutch.contains(id))
        .unwrap_or_else(|e| panic!("{e}"));
    // And the other way round: no Dutch text that nothing uses.
    let used: BTreeSet<&str> = rules.message_ids().into_iter().map(|(_, id)| id).collect();
    let unused: Vec<&String> = dutch
        .iter()
        .filter(|id| !used.contains(id.as_str()))
        .collect();
    assert!(unused.is_empty(), "unused texts: {unused:?}");
    assert!(FIXED_MESSAGE_IDS.iter().all(|id| dutch.contains(*id)));
}

#[test]
fn shipped_rules_cover_every_life_area_and_outcome_kind() {
    let rules = shipped();
    let areas: Vec<&str> = rules.questions()[0]
        .kind
        .choices()
        .iter()
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(
        areas,
        [
            "work",
            "household",
            "money",
            "gifts",
            "windfall",
            "travel",
            "institution",
            "education",
            "admin",
            "other",
            "nothing"
        ]
    );
    for id in [
        "no-need-gifts-under-limit",
        "no-need-food-bank",
        "no-need-informal-care",
        "ask-us-other",
        "ask-us-trip-hardship",
        "report-detention",
    ] {
        assert!(rules.outcomes().iter().any(|o| o.id == id), "{id}");
    }
}

/// The Dutch file keeps to the house style: ids starting with `selfcheck-`, one line
/// per message except for a selector, and the only selectors are the tense of the
/// outcome (`$when`: past or future) and plural forms of a count. No functions.
#[test]
fn dutch_texts_are_one_line_messages() {
    // Tense and plural, and whether an indexed figure has its day (`[undated]`).
    const SELECTORS: [&str; 9] = [
        "{ $when ->",
        "{ $change-deadline-days ->",
        "{ $days-abroad ->",
        "{ $trip-days ->",
        "{ $days-used ->",
        "{ $days-left ->",
        "{ $days-over ->",
        "{ $aged-count ->",
        "{ $asset-limit-single-from ->",
    ];
    let mut in_selector = false;
    for line in SHIPPED_DUTCH.lines() {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if line.starts_with(' ') {
            assert!(
                in_selector,
                "a continuation line outside a selector: {line}"
            );
            if line.trim_start().starts_with('}') {
                // The text may go on after a selector and open the next one
                // ("} in het buitenland. U houdt nog { $days-left ->").
                in_selector = line.contains("->");
                assert!(
                    !in_selector || SELECTORS.iter().any(|s| line.ends_with(s)),
                    "only tense, plural and undated selectors: {line}"
                );
            }
            continue;
        }
        let (id, text) = line
            .split_once(" = ")
            .unwrap_or_else(|| panic!("not `id = text`: {line}"));
        assert!(id.starts_with("selfcheck-"), "{id}");
        assert!(!text.trim().is_empty(), "{id} is empty");
        assert!(!text.contains("NUMBER("), "{id}");
        if text.contains("->") {
            assert!(
                SELECTORS.iter().any(|s| text.ends_with(s)),
                "{id}: only tense and plural selectors"
            );
            in_selector = true;
        }
    }
    variables(SHIPPED_DUTCH).expect("the Dutch file parses");
}

/// Every variable a text uses is a municipality setting or a value the outcomes
/// pass, and no outcome value hides a setting of the same name.
#[test]
fn dutch_texts_only_use_values_that_exist() {
    let rules = shipped();
    let policy = steenwijkerland();
    let today = time::macros::date!(2026 - 03 - 10);
    let mut passed: BTreeSet<String> = BTreeSet::from(["deadline".to_owned()]);
    // Values come from the calculators; run each once with answers that feed it.
    let feeds: [&[(&str, &str)]; 5] = [
        &[
            ("life-areas", "travel"),
            ("travel-kind", "abroad"),
            ("trip-dates.from", "2026-12-20"),
            ("trip-dates.to", "2027-02-10"),
            ("abroad-earlier-days", "0"),
            ("trip-reason", "holiday"),
        ],
        &[
            ("life-areas", "gifts"),
            ("gift-kind", "regular"),
            ("gift-monthly-amount", "150"),
            ("gift-monthly-since", "2026-01-01"),
        ],
        &[
            ("life-areas", "gifts"),
            ("gift-kind", "regular"),
            ("gift-monthly-amount", "300"),
            ("gift-monthly-since", "2026-10-01"),
        ],
        &[
            ("life-areas", "household"),
            ("household-change", "moves-in"),
            ("moves-in-who", "other"),
            ("moves-in-ages.count", "1"),
            ("moves-in-ages.1", "30"),
            ("household-date", "2026-03-01"),
        ],
        &[
            ("life-areas", "household"),
            ("household-change", "turns-age"),
            ("turns-who", "child"),
            ("turns-birth-months.count", "1"),
            ("turns-birth-months.1", "2008-04"),
        ],
    ];
    for pairs in feeds {
        let answers = Answers::from_pairs(&rules, pairs.iter().copied(), today).unwrap();
        for outcome in evaluate(&rules, &answers, &policy, today).outcomes {
            passed.extend(outcome.args.keys().cloned());
        }
    }
    for name in &passed {
        assert!(
            !GLOBAL_VARIABLES.contains(&name.as_str()),
            "outcome value `{name}` has the name of a setting"
        );
    }
    for (id, vars) in variables(SHIPPED_DUTCH).unwrap() {
        for var in vars {
            assert!(
                GLOBAL_VARIABLES.contains(&var.as_str()) || passed.contains(&var),
                "{id} uses ${var}, which nothing passes"
            );
        }
    }
}

/// Each case changes the shipped file once; the error must name the place and say
/// what is wrong.
#[test]
fn broken_rule_files_are_refused_with_a_clear_message() {
    let cases: [(&str, &str, &[&str]); 16] = [
        (
            "ask_if = { question = \"gift-kind\", is = \"bills-paid\" }",
            "ask_if = { question = \"gift-kinds\", is = \"bills-paid\" }",
            &["question `bills-paid-since`", "unknown or later question `gift-kinds`"],
        ),
        (
            "when = { question = \"windfall-kind\", is = \"prize\" }",
            "when = { question = \"windfall-kind\", is = \"lottery\" }",
            &["outcome `report-prize`", "unknown option `lottery`"],
        ),
        (
            "when = { calculator = \"days-abroad\", is = \"over\" }",
            "when = { all = [{ calculator = \"days-abroad\", is = \"over\" }, { calculator = \"days-abroad\", is = \"within\" }] }",
            &["outcome `report-trip-over-limit`", "no answers can reach it"],
        ),
        (
            "when = { question = \"institution-kind\", is = \"detention\" }",
            "when = { all = [{ question = \"institution-kind\", is = \"detention\" }, { not = { question = \"life-areas\", is = \"institution\" } }] }",
            &["outcome `report-detention`", "no answers can reach it"],
        ),
        (
            "when = { question = \"relationship-change\", is = \"separation\" }",
            "when = { all = [{ question = \"relationship-change\", is = \"separation\" }, { question = \"relationship-change\", is = \"marriage\" }] }",
            &["outcome `report-separation`", "no answers can reach it"],
        ),
        (
            "id = \"report-prize\"",
            "id = \"report-inheritance\"",
            &["outcome `report-inheritance`", "used twice"],
        ),
        (
            "id = \"gift-date\"",
            "id = \"gift-total\"",
            &["question `gift-total`", "used twice"],
        ),
        (
            "{ id = \"phone\", text = \"selfcheck-admin-change-phone\" },",
            "{ id = \"email\", text = \"selfcheck-admin-change-phone\" },",
            &["option `email`", "used twice"],
        ),
        (
            "ask_if = { question = \"work-change\", is = \"informal-care\" }",
            "ask_if = { question = \"work-date\", answered = true }",
            &["question `care-paid`", "unknown or later question `work-date`"],
        ),
        (
            "when = { calculator = \"gifts\", is = \"at-limit\" }",
            "when = { calculator = \"gifts\", is = \"reached\" }",
            &["outcome `no-need-gifts-at-limit`", "fact `reached`"],
        ),
        (
            "deadline = { from = \"windfall-date\", days = \"change_deadline_days\" }\nwhat = \"selfcheck-out-prize-what\"",
            // The rule file ships with the portal: the names before the table of figures
            // are refused, with the names there are.
            "deadline = { from = \"windfall-date\", days = \"change_deadline\" }\nwhat = \"selfcheck-out-prize-what\"",
            &["unknown setting `change_deadline`", "change_deadline_days, travel_notice_days"],
        ),
        (
            "deadline = { from = \"institution-date\", days = \"change_deadline_days\" }\nwhat = \"selfcheck-out-detention-what\"",
            "deadline = { from = \"institution-kind\", days = \"change_deadline_days\" }\nwhat = \"selfcheck-out-detention-what\"",
            &["outcome `report-detention`", "`institution-kind` is not one"],
        ),
        (
            "how = \"selfcheck-how-travel\"\ndocuments = \"selfcheck-out-trip-documents\"\nwhy = \"selfcheck-why-travel\"",
            "documents = \"selfcheck-out-trip-documents\"\nwhy = \"selfcheck-why-travel\"",
            &["outcome `report-trip-within-limit`", "needs the text `how`"],
        ),
        (
            "fallback = \"ask-us-not-sure\"",
            "fallback = \"ask-us-maybe\"",
            &["selfcheck.fallback", "unknown outcome `ask-us-maybe`"],
        ),
        (
            "kind = \"days-abroad\"\ntrip = \"trip-dates\"",
            "kind = \"days-abroad\"\ntrip = \"stay-dates\"\ntrips = \"trip-dates\"",
            &["trips"],
        ),
        (
            "id = \"housemate-27-plus\"\nkind = \"yes-no\"\ntext = \"selfcheck-housemate-27-plus\"\nask_if = { question = \"education-who\", is = \"housemate\" }",
            "id = \"housemate-27-plus\"\nkind = \"yes-no\"\ntext = \"selfcheck-housemate-27-plus\"\nask_if = { all = [{ question = \"education-who\", is = \"housemate\" }, { question = \"education-who\", is = \"me\" }] }",
            &["question `housemate-27-plus`", "can never be asked"],
        ),
    ];
    for (from, to, expected) in cases {
        assert!(SHIPPED_RULES.contains(from), "case does not apply: {from}");
        let text = SHIPPED_RULES.replacen(from, to, 1);
        let error = Rules::parse(&text).expect_err(to).to_string();
        for part in expected {
            assert!(
                error.contains(part),
                "{to}\n  error: {error}\n  should contain: {part}"
            );
        }
    }
}

#[test]
fn a_missing_text_is_named_with_where_it_is_used() {
    let rules = shipped();
    let dutch: BTreeSet<String> = message_ids(SHIPPED_DUTCH)
        .into_iter()
        .filter(|id| id != "selfcheck-out-food-bank-reason" && id != "selfcheck-answer-yes")
        .collect();
    let error = rules
        .validate_messages(|id| dutch.contains(id))
        .unwrap_err();
    assert_eq!(
        error,
        RulesError::MissingMessages(vec![
            (
                "outcome `no-need-food-bank`".into(),
                "selfcheck-out-food-bank-reason".into()
            ),
            ("built in".into(), "selfcheck-answer-yes".into()),
        ])
    );
    let text = error.to_string();
    assert!(text.contains("`selfcheck-out-food-bank-reason` (outcome `no-need-food-bank`)"));
}

#[test]
fn small_rule_files_check_their_own_structure() {
    let header = "[selfcheck]\nfallback = \"ask\"\n";
    let question = "[[question]]\nid = \"q\"\nkind = \"yes-no\"\ntext = \"selfcheck-q\"\n";
    let ask = "[[outcome]]\nid = \"ask\"\nkind = \"ask-us\"\nurgency = \"normal\"\nreason = \"selfcheck-r\"\n";
    let cases = [
        (
            format!("{header}{question}options = [{{ id = \"a\", text = \"selfcheck-a\" }}]\n{ask}"),
            "`options` does not fit this kind",
        ),
        (
            format!("{header}{question}{ask}when = {{ question = \"q\", is = \"yes\" }}\n"),
            "the fallback outcome takes no `when`",
        ),
        (
            format!("{header}[[question]]\nid = \"Q 1\"\nkind = \"date\"\ntext = \"selfcheck-q\"\n{ask}"),
            "ids use only a-z",
        ),
        (
            format!("{header}[[question]]\nid = \"q\"\nkind = \"date\"\ntext = \"q-text\"\n{ask}"),
            "must start with `selfcheck-`",
        ),
        (
            format!("{header}{question}{ask}[[outcome]]\nid = \"n\"\nkind = \"no-need\"\nurgency = \"low\"\nwhen = {{ question = \"q\", above = 3 }}\nreason = \"selfcheck-n\"\n"),
            "compares question `q` of kind yes-no",
        ),
        (
            format!("{header}{question}{ask}[[outcome]]\nid = \"n\"\nkind = \"no-need\"\nurgency = \"low\"\nwhen = {{ question = \"q\", is = \"yes\", answered = true }}\nreason = \"selfcheck-n\"\n"),
            "exactly one of `is`, `in`",
        ),
        (
            format!("{header}{question}{ask}[[outcome]]\nid = \"n\"\nkind = \"no-need\"\nurgency = \"soon\"\nwhen = {{ question = \"q\", is = \"yes\" }}\nreason = \"selfcheck-n\"\n"),
            "soon",
        ),
    ];
    for (text, expected) in cases {
        let error = Rules::parse(&text).expect_err(&text).to_string();
        assert!(error.contains(expected), "{text}\n  error: {error}");
    }
    let fine = format!("{header}{question}{ask}");
    assert!(Rules::parse(&fine).is_ok());
}

/// The Dutch texts stay at language level B1, like the information pages.
#[test]
fn dutch_texts_are_b1() {
    let plain: Vec<String> = SHIPPED_DUTCH
        .lines()
        .filter_map(|line| line.split_once(" = "))
        .map(|(_, text)| crate::domain::readability::without_placeables(text))
        .collect();
    let r = crate::domain::readability::measure(plain.iter().map(String::as_str));
    assert!(r.is_b1(), "{r:?}");
}
