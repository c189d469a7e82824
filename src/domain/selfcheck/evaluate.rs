//! From answers to outcomes: run the calculators, test every outcome's `when`, compute
//! deadlines as real dates, and sort the result so the most urgent comes first.

use super::answers::{AnswerValue, Answers};
use super::calculators::{compute, ArgValue, Results, Tense};
use super::conditions::{Condition, Context};
use super::dates::{add_days, statement_deadline};
use super::rules::{DeadlineRule, OutcomeKind, OutcomeRule, OutcomeTexts, Rules, Urgency};
use super::Policy;
use crate::config::Figure;
use std::collections::{BTreeMap, BTreeSet};
use time::Date;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evaluation {
    /// Sorted by urgency, then deadline (none last), then the order in the rule file.
    pub outcomes: Vec<Outcome>,
    /// Whether every question that applies was answered. When not, the outcomes are
    /// those of the answers so far.
    pub complete: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub id: String,
    pub kind: OutcomeKind,
    /// From the rule file, but `High` once the deadline has passed.
    pub urgency: Urgency,
    /// The last day to report.
    pub deadline: Option<Date>,
    /// The deadline lies before today: "report now".
    pub deadline_passed: bool,
    pub texts: OutcomeTexts,
    /// The information page section that explains it (`<page>#<section>`).
    pub section: Option<String>,
    /// Values for the texts: `deadline`, and those of the calculators the outcome uses.
    pub args: BTreeMap<String, ArgValue>,
}

/// Evaluates the answers. `today` decides which deadlines have passed and which
/// birthdays and gifts are near; it is a parameter so results are reproducible.
pub fn evaluate(rules: &Rules, answers: &Answers, policy: &Policy, today: Date) -> Evaluation {
    let (apply, kept) = rules.applicable(answers);
    let complete = apply.iter().all(|q| kept.get(&q.id).is_some());
    let results: Results = rules
        .calculators()
        .iter()
        .filter_map(|c| Some((c.id.clone(), compute(&c.kind, &kept, policy, today)?)))
        .collect();
    let cx = Context {
        answers: &kept,
        results: &results,
        policy: Some((policy, today)),
    };
    let mut found: Vec<(usize, Outcome)> = rules
        .outcomes()
        .iter()
        .enumerate()
        .filter(|(_, rule)| rule.when.as_ref().is_some_and(|when| when.holds(&cx)))
        .map(|(i, rule)| (i, build(rule, &cx, policy, today)))
        .collect();
    if found.is_empty() {
        found.push((usize::MAX, build(rules.fallback(), &cx, policy, today)));
    }
    found.sort_by_key(|(index, o)| (o.urgency, o.deadline.is_none(), o.deadline, *index));
    Evaluation {
        outcomes: found.into_iter().map(|(_, o)| o).collect(),
        complete,
    }
}

fn build(rule: &OutcomeRule, cx: &Context<'_>, policy: &Policy, today: Date) -> Outcome {
    let deadline = rule.deadline.as_ref().and_then(|d| deadline(d, cx, policy));
    let deadline_passed = deadline.is_some_and(|d| d < today);
    let mut args = BTreeMap::new();
    for calculator in used_calculators(rule) {
        if let Some(result) = cx.results.get(calculator) {
            for fact in result.facts() {
                for (name, value) in &fact.args {
                    args.insert((*name).to_owned(), value.clone());
                }
            }
        }
    }
    if let Some(date) = deadline {
        args.insert("deadline".into(), ArgValue::Date(date));
    }
    // Today counts as the future: "you start today".
    let tense = match rule.deadline.as_ref().and_then(|d| event_date(d, cx)) {
        Some(date) if date < today => Tense::Past,
        _ => Tense::Future,
    };
    args.insert("when".into(), ArgValue::Tense(tense));
    Outcome {
        id: rule.id.clone(),
        kind: rule.kind,
        urgency: if deadline_passed {
            Urgency::High
        } else {
            rule.urgency
        },
        deadline,
        deadline_passed,
        texts: rule.texts.clone(),
        section: rule.section.clone(),
        args,
    }
}

fn used_calculators(rule: &OutcomeRule) -> BTreeSet<&str> {
    let mut used = BTreeSet::new();
    if let Some(when) = &rule.when {
        when.walk(&mut |c| {
            if let Condition::Fact { calculator, .. } = c {
                used.insert(calculator.as_str());
            }
        });
    }
    if let Some(DeadlineRule::Fact { calculator, .. }) = &rule.deadline {
        used.insert(calculator.as_str());
    }
    used
}

/// The date a deadline counts from: a date answer, or the start of a period.
fn anchor(answers: &Answers, question: &str) -> Option<Date> {
    match answers.get(question)? {
        AnswerValue::Date(date) => Some(*date),
        AnswerValue::Period { from, .. } => Some(*from),
        _ => None,
    }
}

/// The day the outcome is about: the date its deadline counts from.
fn event_date(rule: &DeadlineRule, cx: &Context<'_>) -> Option<Date> {
    match rule {
        DeadlineRule::After { question, .. } | DeadlineRule::Before { question, .. } => {
            anchor(cx.answers, question)
        }
        DeadlineRule::Fact {
            calculator, fact, ..
        } => cx.results.get(calculator)?.fact(fact)?.date,
        DeadlineRule::Statement { after } => anchor(cx.answers, after),
    }
}

/// The figures a deadline counts with are those in force on the day it counts from.
fn deadline(rule: &DeadlineRule, cx: &Context<'_>, policy: &Policy) -> Option<Date> {
    let from = event_date(rule, cx)?;
    let days = |limit: super::Limit| limit.value(policy, from) as i64;
    Some(match rule {
        DeadlineRule::After { days: n, .. } | DeadlineRule::Fact { days: n, .. } => {
            add_days(from, days(*n))
        }
        DeadlineRule::Before { days: n, .. } => add_days(from, -days(*n)),
        DeadlineRule::Statement { .. } => {
            statement_deadline(from, policy.number(Figure::StatementDay, from))
        }
    })
}
