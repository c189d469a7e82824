//! How long the self-check's domain code takes: reading the rule file (once, at
//! start-up), reading a full set of answers from a query string, finding the next
//! question, and evaluating the answers. Run with `cargo bench --bench selfcheck`.

use criterion::{criterion_group, criterion_main, Criterion};
use meldwijzer::domain::selfcheck::{evaluate, Answers, Policy, Rules};
use std::hint::black_box;
use time::macros::date;

const RULES: &str = include_str!("../content/selfcheck.toml");

/// A resident with a new job, monthly gifts over the limit, a trip abroad and food-bank
/// parcels: five outcomes, three calculators.
const ANSWERS: &[(&str, &str)] = &[
    ("life-areas", "work"),
    ("life-areas", "gifts"),
    ("life-areas", "travel"),
    ("work-change", "job-started"),
    ("work-date", "2026-03-16"),
    ("gift-kind", "regular"),
    ("gift-kind", "food-bank"),
    ("gift-monthly-amount", "200"),
    ("gift-monthly-since", "2026-01-01"),
    ("travel-kind", "abroad"),
    ("trip-dates.from", "2026-03-20"),
    ("trip-dates.to", "2026-03-27"),
    ("abroad-earlier-days", "0"),
    ("trip-reason", "holiday"),
];

/// The figures of the settings file that ships with the portal.
fn policy() -> Policy {
    let settings = include_str!("../config/steenwijkerland.toml");
    Policy::from(&meldwijzer::config::Settings::parse(settings).unwrap())
}

fn bench(c: &mut Criterion) {
    let today = date!(2026 - 03 - 10);
    let rules = Rules::parse(RULES).unwrap();
    let answers = Answers::from_pairs(&rules, ANSWERS.iter().copied(), today).unwrap();
    let policy = policy();
    assert_eq!(evaluate(&rules, &answers, &policy, today).outcomes.len(), 5);

    c.bench_function("parse and check the rule file", |b| {
        b.iter(|| Rules::parse(black_box(RULES)).unwrap())
    });
    c.bench_function("read 14 answers from query pairs", |b| {
        b.iter(|| Answers::from_pairs(&rules, black_box(ANSWERS).iter().copied(), today).unwrap())
    });
    c.bench_function("next question and progress", |b| {
        b.iter(|| {
            (
                rules.next_question(black_box(&answers)).is_none(),
                rules.progress(black_box(&answers)),
            )
        })
    });
    c.bench_function("evaluate a full answer set", |b| {
        b.iter(|| evaluate(&rules, black_box(&answers), &policy, today))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
