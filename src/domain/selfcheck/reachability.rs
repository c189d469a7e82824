//! Refuses a rule file with a question that can never be asked or an outcome that no
//! answers can reach. Conditions are expanded into "or of ands" of simple facts about
//! answers; a branch is possible when it holds no contradiction, counting that an
//! answer to a question needs that question's own `ask_if`, and a calculator fact
//! needs the calculator's inputs. Comparisons of amounts are taken as always possible.

use super::conditions::Condition;
use super::rules::{invalid, QuestionKind, Rules, RulesError};
use std::collections::BTreeSet;

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Atom {
    Value(String, String),
    Answered(String),
    Compare(String, String),
    Fact(String, String),
}

impl Atom {
    fn question(&self) -> Option<&str> {
        match self {
            Atom::Value(q, _) | Atom::Answered(q) | Atom::Compare(q, _) => Some(q),
            Atom::Fact(..) => None,
        }
    }
}

type Literal = (Atom, bool);
type Branches = Vec<Vec<Literal>>;

/// More branches than this are not searched; such a condition is taken as possible.
const MAX_BRANCHES: usize = 4096;

pub(super) fn check(rules: &Rules) -> Result<(), RulesError> {
    for question in rules.questions() {
        if let Some(condition) = &question.ask_if {
            if !possible(rules, condition) {
                return Err(invalid(
                    format!("question `{}`", question.id),
                    "can never be asked: its `ask_if` can never hold",
                ));
            }
        }
    }
    for outcome in rules.outcomes() {
        if let Some(condition) = &outcome.when {
            if !possible(rules, condition) {
                return Err(invalid(
                    format!("outcome `{}`", outcome.id),
                    "no answers can reach it: its `when` can never hold",
                ));
            }
        }
    }
    Ok(())
}

fn possible(rules: &Rules, condition: &Condition) -> bool {
    let Some(branches) = branches(condition, false) else {
        return true;
    };
    branches
        .into_iter()
        .any(|branch| branch_possible(rules, branch, BTreeSet::new()))
}

/// The condition (negated when `negate`) as an "or" of "and"s of literals; `None` when
/// there would be too many branches.
fn branches(condition: &Condition, negate: bool) -> Option<Branches> {
    let lit = |atom: Atom| Some(vec![vec![(atom, !negate)]]);
    match condition {
        Condition::All(list) if !negate => product(list, false),
        Condition::All(list) => union(list, true),
        Condition::Any(list) if !negate => union(list, false),
        Condition::Any(list) => product(list, true),
        Condition::Not(inner) => branches(inner, !negate),
        Condition::AnswerIn { question, values } => {
            let each: Vec<Condition> = values
                .iter()
                .map(|v| Condition::AnswerIn {
                    question: question.clone(),
                    values: vec![v.clone()],
                })
                .collect();
            if each.len() > 1 {
                branches(&Condition::Any(each), negate)
            } else {
                lit(Atom::Value(question.clone(), values[0].clone()))
            }
        }
        Condition::Answered { question } => lit(Atom::Answered(question.clone())),
        Condition::Above { question, limit } => {
            lit(Atom::Compare(question.clone(), format!("{limit:?}")))
        }
        Condition::AtMost { question, limit } => {
            // "at most" is "answered and not above".
            let rewritten = Condition::All(vec![
                Condition::Answered {
                    question: question.clone(),
                },
                Condition::Not(Box::new(Condition::Above {
                    question: question.clone(),
                    limit: *limit,
                })),
            ]);
            branches(&rewritten, negate)
        }
        Condition::Fact { calculator, facts } => {
            let each: Vec<Condition> = facts
                .iter()
                .map(|f| Condition::Fact {
                    calculator: calculator.clone(),
                    facts: vec![f.clone()],
                })
                .collect();
            if each.len() > 1 {
                branches(&Condition::Any(each), negate)
            } else {
                lit(Atom::Fact(calculator.clone(), facts[0].clone()))
            }
        }
    }
}

fn union(list: &[Condition], negate: bool) -> Option<Branches> {
    let mut out = Vec::new();
    for c in list {
        out.extend(branches(c, negate)?);
        if out.len() > MAX_BRANCHES {
            return None;
        }
    }
    Some(out)
}

fn product(list: &[Condition], negate: bool) -> Option<Branches> {
    let mut out: Branches = vec![Vec::new()];
    for c in list {
        let next = branches(c, negate)?;
        if out.len() * next.len() > MAX_BRANCHES {
            return None;
        }
        out = out
            .iter()
            .flat_map(|a| {
                next.iter().map(move |b| {
                    let mut joined = a.clone();
                    joined.extend(b.iter().cloned());
                    joined
                })
            })
            .collect();
    }
    Some(out)
}

/// What must also hold for a positive literal: the question's `ask_if`, or that the
/// calculator's inputs are answered. `key` marks it as already added.
fn requirement(rules: &Rules, atom: &Atom) -> (String, Option<Condition>) {
    if let Some(q) = atom.question() {
        let ask_if = rules.question(q).and_then(|q| q.ask_if.clone());
        return (format!("q:{q}"), ask_if);
    }
    let Atom::Fact(calculator, _) = atom else {
        unreachable!("every atom is about a question or a calculator")
    };
    let groups = rules
        .calculator(calculator)
        .map(|c| c.kind.required())
        .unwrap_or_default();
    let condition = Condition::Any(
        groups
            .into_iter()
            .map(|group| {
                Condition::All(
                    group
                        .into_iter()
                        .map(|q| Condition::Answered {
                            question: q.to_owned(),
                        })
                        .collect(),
                )
            })
            .collect(),
    );
    (format!("c:{calculator}"), Some(condition))
}

fn branch_possible(rules: &Rules, branch: Vec<Literal>, mut added: BTreeSet<String>) -> bool {
    if contradicts(rules, &branch) {
        return false;
    }
    for (atom, positive) in &branch {
        if !positive {
            continue;
        }
        let (key, needed) = requirement(rules, atom);
        if !added.insert(key) {
            continue;
        }
        let Some(needed) = needed else { continue };
        let Some(options) = branches(&needed, false) else {
            return true;
        };
        return options.into_iter().any(|extra| {
            let mut joined = branch.clone();
            joined.extend(extra);
            branch_possible(rules, joined, added.clone())
        });
    }
    true
}

fn contradicts(rules: &Rules, branch: &[Literal]) -> bool {
    let has = |atom: &Atom, positive: bool| branch.iter().any(|(a, p)| a == atom && *p == positive);
    for (atom, positive) in branch {
        if has(atom, !positive) {
            return true;
        }
        if !positive {
            continue;
        }
        match atom {
            Atom::Value(q, v) => {
                let single = rules.question(q).is_some_and(|q| q.kind.is_single_choice());
                let other = branch
                    .iter()
                    .any(|(a, p)| *p && matches!(a, Atom::Value(q2, v2) if q2 == q && v2 != v));
                if single && other {
                    return true;
                }
            }
            Atom::Fact(c, f) => {
                let exclusive = rules
                    .calculator(c)
                    .map(|c| c.kind.exclusive())
                    .unwrap_or_default();
                let other = branch.iter().any(|(a, p)| {
                    *p && matches!(a, Atom::Fact(c2, f2)
                        if c2 == c && f2 != f
                            && exclusive.contains(&f.as_str())
                            && exclusive.contains(&f2.as_str()))
                });
                if other {
                    return true;
                }
            }
            _ => {}
        }
        if let Some(q) = atom.question() {
            if has(&Atom::Answered(q.to_owned()), false) || every_option_excluded(rules, q, branch)
            {
                return true;
            }
        }
    }
    false
}

/// An answered choice question has at least one option chosen.
fn every_option_excluded(rules: &Rules, question: &str, branch: &[Literal]) -> bool {
    let Some(q) = rules.question(question) else {
        return false;
    };
    let options: Vec<&str> = match &q.kind {
        QuestionKind::YesNo => vec!["yes", "no"],
        kind => kind.choices().iter().map(|c| c.id.as_str()).collect(),
    };
    !options.is_empty()
        && options.iter().all(|o| {
            branch
                .iter()
                .any(|(a, p)| !p && *a == Atom::Value(question.to_owned(), (*o).to_owned()))
        })
}
