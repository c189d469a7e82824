//! The draft as a whole, and the way the self-check's outcomes pre-select changes.

use super::*;
use crate::domain::selfcheck::{OutcomeKind, Rules, SHIPPED_RULES};
use time::macros::date;

const TODAY: Date = date!(2026 - 03 - 10);

/// Every `report-*` outcome of the shipped self-check and the change it pre-selects.
const REPORT_OUTCOMES: [(&str, ChangeKind); 66] = [
    ("report-job-started", ChangeKind::Work),
    ("report-monthly-income", ChangeKind::IncomeThisMonth),
    ("report-job-stopped", ChangeKind::Work),
    ("report-hours-changed", ChangeKind::Work),
    ("report-side-jobs", ChangeKind::Work),
    ("report-self-employed", ChangeKind::Work),
    ("report-internship", ChangeKind::Work),
    ("report-volunteering", ChangeKind::Work),
    ("report-paid-care", ChangeKind::IncomeThisMonth),
    ("report-benefit", ChangeKind::IncomeThisMonth),
    ("report-aow", ChangeKind::IncomeThisMonth),
    ("report-alimony", ChangeKind::IncomeThisMonth),
    ("report-household-income", ChangeKind::IncomeThisMonth),
    ("report-tax-refund", ChangeKind::IncomeThisMonth),
    ("report-deposit", ChangeKind::IncomeThisMonth),
    ("report-partner-moves-in", ChangeKind::MovesIn),
    ("report-moves-in-27-plus", ChangeKind::MovesIn),
    ("report-moves-in-under-27", ChangeKind::MovesIn),
    ("report-moves-out", ChangeKind::MovesOut),
    ("report-living-together", ChangeKind::MovesIn),
    ("report-separation", ChangeKind::MovesOut),
    ("report-birth", ChangeKind::MovesIn),
    ("report-death", ChangeKind::Household),
    ("report-child-turns-age", ChangeKind::Household),
    ("report-housemate-turns-27", ChangeKind::Household),
    ("report-moving-house", ChangeKind::Household),
    ("report-rent-change", ChangeKind::Household),
    ("report-lodger", ChangeKind::Household),
    ("report-vehicle", ChangeKind::Vehicle),
    ("report-vehicle-use", ChangeKind::Assets),
    ("report-savings", ChangeKind::Assets),
    ("report-property", ChangeKind::Assets),
    ("report-valuables", ChangeKind::Assets),
    ("report-sold", ChangeKind::Assets),
    ("report-gifts-over-limit", ChangeKind::GiftOrInheritance),
    ("report-bills-paid", ChangeKind::GiftOrInheritance),
    ("report-inheritance", ChangeKind::GiftOrInheritance),
    ("report-prize", ChangeKind::IncomeThisMonth),
    ("report-compensation", ChangeKind::IncomeThisMonth),
    ("report-pension-buyout", ChangeKind::IncomeThisMonth),
    ("report-trip-within-limit", ChangeKind::Travel),
    ("report-trip-reaches-limit", ChangeKind::Travel),
    ("report-trip-over-limit", ChangeKind::Travel),
    ("report-stay-elsewhere", ChangeKind::Stay),
    ("report-detention", ChangeKind::Justice),
    ("report-institution-stay", ChangeKind::Stay),
    ("report-community-service", ChangeKind::Justice),
    ("report-education", ChangeKind::Education),
    ("report-housemate-student-finance", ChangeKind::Education),
    ("report-bank-account", ChangeKind::BankAccount),
    ("report-contact-details", ChangeKind::Details),
    ("report-carer-access", ChangeKind::Details),
    ("report-guardian", ChangeKind::Details),
    // Issue 12: new situations.
    ("report-selling-online", ChangeKind::IncomeThisMonth),
    ("report-partner-aow", ChangeKind::IncomeThisMonth),
    ("report-partner-stays", ChangeKind::Household),
    ("report-guest", ChangeKind::Household),
    // Issue 18: moving in together for care, and moving abroad.
    ("report-care-household", ChangeKind::Household),
    ("report-emigration", ChangeKind::Household),
    (
        "report-gifts-over-limit-next-year",
        ChangeKind::GiftOrInheritance,
    ),
    ("report-moving-away", ChangeKind::Household),
    ("report-vehicle-sold", ChangeKind::Vehicle),
    ("report-loan", ChangeKind::Assets),
    ("report-residence-permit", ChangeKind::Details),
    // Kostendelersnorm outcomes under the names of the 2023 law (27), so the table
    // holds both until the rule file is renamed.
    ("report-moves-in-27-plus", ChangeKind::MovesIn),
    ("report-moves-in-under-27", ChangeKind::MovesIn),
];

/// Report outcomes that truly are "something else": none today. An outcome may only be
/// added here when no kind of change fits what it asks.
const TRULY_OTHER: &[&str] = &[];

#[test]
fn every_report_outcome_preselects_a_change() {
    for (id, kind) in REPORT_OUTCOMES {
        assert_eq!(change_kind_for_outcome(id), Some(kind), "{id}");
    }
    // The table covers every report outcome of the shipped self-check.
    let rules = Rules::parse(SHIPPED_RULES).unwrap();
    let table: Vec<&str> = REPORT_OUTCOMES.iter().map(|(id, _)| *id).collect();
    for outcome in rules.outcomes() {
        if outcome.kind == OutcomeKind::Report {
            assert!(outcome.id.starts_with("report-"), "{}", outcome.id);
            assert!(
                table.contains(&outcome.id.as_str()),
                "{} is not in the table",
                outcome.id
            );
        }
    }
    // Outcomes that ask nothing to be reported pre-select nothing.
    for outcome in rules.outcomes() {
        if outcome.kind != OutcomeKind::Report {
            assert_eq!(change_kind_for_outcome(&outcome.id), None, "{}", outcome.id);
        }
    }
    // A report outcome added later still lands somewhere.
    assert_eq!(
        change_kind_for_outcome("report-something-new"),
        Some(ChangeKind::Other)
    );
    assert_eq!(change_kind_for_outcome("reportage"), None);
}

/// Table-driven over the rule file: every report outcome the self-check can show
/// pre-selects a kind with questions that fit it, not "something else" (issue 12:
/// a child turning an age, a hospital stay, a sold car, education and a taakstraf used
/// to fall there).
#[test]
fn no_report_outcome_of_the_rule_file_falls_to_something_else() {
    let rules = Rules::parse(SHIPPED_RULES).unwrap();
    let mut to_other = Vec::new();
    for outcome in rules.outcomes() {
        if outcome.kind != OutcomeKind::Report {
            continue;
        }
        let kind = change_kind_for_outcome(&outcome.id);
        assert!(kind.is_some(), "{} pre-selects nothing", outcome.id);
        if kind == Some(ChangeKind::Other) && !TRULY_OTHER.contains(&outcome.id.as_str()) {
            to_other.push(outcome.id.clone());
        }
    }
    assert!(
        to_other.is_empty(),
        "these report outcomes fall to \"something else\": {to_other:?}"
    );
    for (id, kind) in [
        ("report-child-turns-age", ChangeKind::Household),
        ("report-institution-stay", ChangeKind::Stay),
        ("report-vehicle-sold", ChangeKind::Vehicle),
        ("report-education", ChangeKind::Education),
        ("report-community-service", ChangeKind::Justice),
    ] {
        assert_eq!(change_kind_for_outcome(id), Some(kind), "{id}");
    }
}

#[test]
fn preselected_kinds_come_once_in_the_notice_order() {
    let outcomes = [
        "report-trip-within-limit",
        "no-need-gifts-under-limit",
        "report-monthly-income",
        "report-job-started",
        "report-hours-changed",
        "ask-us-other",
        "report-death",
    ];
    assert_eq!(
        preselected_kinds(outcomes),
        [
            ChangeKind::Work,
            ChangeKind::Travel,
            ChangeKind::IncomeThisMonth,
            ChangeKind::Household
        ]
    );
    let draft = NoticeDraft::from_selfcheck(outcomes);
    assert_eq!(
        draft.selected().collect::<Vec<_>>(),
        preselected_kinds(outcomes)
    );
    assert!(preselected_kinds([]).is_empty());
}

fn identity() -> Identity {
    let pairs = [
        ("name", "Fatima El Amrani"),
        ("bsn", "123456782"),
        ("date-of-birth", "1985-06-01"),
        ("partner", "no"),
    ];
    Identity::Typed(PersonDetails::from_fields(&pairs, TODAY).unwrap())
}

fn travel(from: &str, to: &str) -> Change {
    let pairs = [("country", "Turkije"), ("from", from), ("to", to)];
    Change::from_fields(ChangeKind::Travel, &pairs, TODAY).unwrap()
}

fn work() -> Change {
    let pairs = [
        ("event", "started"),
        ("employer", "Thuiszorg Noord"),
        ("hours", "16"),
        ("date", "2026-04-01"),
    ];
    Change::from_fields(ChangeKind::Work, &pairs, TODAY).unwrap()
}

fn pdf(id: &str, change: ChangeKind) -> AttachmentMeta {
    let upload = check_upload("loonstrook.pdf", b"%PDF-1.7 ...").unwrap();
    AttachmentMeta::new(id, change, upload)
}

#[test]
fn a_new_draft_misses_every_step() {
    assert_eq!(
        NoticeDraft::new().ready_to_submit(TODAY),
        Err(vec![
            Missing::Identity,
            Missing::Changes,
            Missing::Declaration
        ])
    );
}

#[test]
fn a_draft_is_ready_when_every_step_is_done() {
    let mut draft = NoticeDraft::new();
    draft.set_identity(identity());
    draft.select([ChangeKind::Travel, ChangeKind::Work]);
    assert_eq!(
        draft.ready_to_submit(TODAY),
        Err(vec![
            Missing::Details(ChangeKind::Work),
            Missing::Details(ChangeKind::Travel),
            Missing::Declaration
        ])
    );
    draft.set_details(work()).unwrap();
    draft
        .set_details(travel("2026-07-01", "2026-07-22"))
        .unwrap();
    draft.add_attachment(pdf("a1", ChangeKind::Work)).unwrap();
    draft.accept_declaration();
    assert_eq!(draft.ready_to_submit(TODAY), Ok(()));
    assert_eq!(draft.details(ChangeKind::Work), Some(&work()));
    assert_eq!(draft.identity().unwrap().name(), "Fatima El Amrani");
}

#[test]
fn any_change_after_the_declaration_asks_for_it_again() {
    type Edit = fn(&mut NoticeDraft);
    let edits: [(&str, Edit); 5] = [
        ("identity", |d| d.set_identity(identity())),
        ("selection", |d| d.select([ChangeKind::Work])),
        ("details", |d| d.set_details(work()).unwrap()),
        ("attachment added", |d| {
            d.add_attachment(pdf("a2", ChangeKind::Work)).unwrap()
        }),
        ("attachment removed", |d| {
            d.remove_attachment("a1").unwrap();
        }),
    ];
    for (what, edit) in edits {
        let mut draft = NoticeDraft::new();
        draft.set_identity(identity());
        draft.select([ChangeKind::Work]);
        draft.set_details(work()).unwrap();
        draft.add_attachment(pdf("a1", ChangeKind::Work)).unwrap();
        draft.accept_declaration();
        assert!(draft.declaration_accepted());
        edit(&mut draft);
        assert!(!draft.declaration_accepted(), "{what}");
        assert_eq!(
            draft.ready_to_submit(TODAY),
            Err(vec![Missing::Declaration]),
            "{what}"
        );
    }
}

#[test]
fn deselecting_a_change_drops_its_details_and_files() {
    let mut draft = NoticeDraft::new();
    draft.select([ChangeKind::Work, ChangeKind::Travel]);
    draft.set_details(work()).unwrap();
    draft
        .set_details(travel("2026-07-01", "2026-07-22"))
        .unwrap();
    draft.add_attachment(pdf("w", ChangeKind::Work)).unwrap();
    draft.add_attachment(pdf("t", ChangeKind::Travel)).unwrap();
    draft.select([ChangeKind::Travel, ChangeKind::Other]);
    assert_eq!(
        draft.selected().collect::<Vec<_>>(),
        [ChangeKind::Travel, ChangeKind::Other]
    );
    assert_eq!(draft.details(ChangeKind::Work), None);
    assert!(draft.details(ChangeKind::Travel).is_some());
    assert_eq!(draft.details(ChangeKind::Other), None);
    let ids: Vec<&str> = draft.attachments().iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["t"]);
}

#[test]
fn details_and_files_need_a_chosen_change() {
    let mut draft = NoticeDraft::new();
    draft.select([ChangeKind::Travel]);
    assert_eq!(draft.set_details(work()), Err(Problem::NotSelected));
    assert_eq!(
        draft.add_attachment(pdf("x", ChangeKind::Work)),
        Err(Problem::NotSelected)
    );
    assert!(draft.attachments().is_empty());
}

#[test]
fn at_most_five_files_per_change() {
    let mut draft = NoticeDraft::new();
    draft.select([ChangeKind::Work, ChangeKind::Travel]);
    for i in 0..MAX_FILES_PER_CHANGE {
        draft
            .add_attachment(pdf(&format!("w{i}"), ChangeKind::Work))
            .unwrap();
    }
    assert_eq!(
        draft.add_attachment(pdf("w-too-many", ChangeKind::Work)),
        Err(Problem::TooManyFiles)
    );
    // Another change has its own five.
    draft.add_attachment(pdf("t0", ChangeKind::Travel)).unwrap();
    assert_eq!(draft.attachments_for(ChangeKind::Work).count(), 5);
    assert_eq!(
        draft.remove_attachment("w3").map(|a| a.id),
        Some("w3".into())
    );
    assert_eq!(draft.remove_attachment("w3"), None);
    draft.add_attachment(pdf("w5", ChangeKind::Work)).unwrap();
}

#[test]
fn details_that_went_out_of_date_are_named() {
    let mut draft = NoticeDraft::new();
    draft.set_identity(identity());
    draft.select([ChangeKind::Travel]);
    draft
        .set_details(travel("2026-03-11", "2026-03-20"))
        .unwrap();
    draft.accept_declaration();
    assert_eq!(draft.ready_to_submit(TODAY), Ok(()));
    // The draft left lying for more than a year: the departure is too far back now.
    let later = date!(2027 - 03 - 12);
    assert_eq!(
        draft.ready_to_submit(later),
        Err(vec![Missing::Outdated {
            kind: ChangeKind::Travel,
            errors: vec![FieldError::new("from", Problem::TooFarBack)],
        }])
    );
}

#[test]
fn missing_steps_have_messages() {
    let all = [
        Missing::Identity,
        Missing::Changes,
        Missing::Details(ChangeKind::Work),
        Missing::Outdated {
            kind: ChangeKind::Work,
            errors: Vec::new(),
        },
        Missing::Declaration,
    ];
    let ids: Vec<&str> = all.iter().map(Missing::message_id).collect();
    assert_eq!(ids, Missing::MESSAGE_IDS);
}

#[test]
fn a_logged_draft_shows_no_personal_data() {
    let mut draft = NoticeDraft::new();
    draft.set_identity(identity());
    draft.select([ChangeKind::Work]);
    draft.set_details(work()).unwrap();
    draft.add_attachment(pdf("a1", ChangeKind::Work)).unwrap();
    let shown = format!("{draft:?}");
    for secret in ["Fatima", "123456782", "1985", "Thuiszorg", "loonstrook"] {
        assert!(!shown.contains(secret), "{secret} in {shown}");
    }
    assert!(shown.contains("Work"), "{shown}");
}

#[test]
fn problems_have_messages_and_numbers() {
    for problem in Problem::ALL {
        assert!(problem.message_id().starts_with("notice-error-"));
    }
    assert_eq!(Problem::TooLong { max: 100 }.args(), [("max", 100)]);
    assert_eq!(Problem::FileTooLarge.args(), [("max-mb", 10)]);
    assert_eq!(Problem::TooManyFiles.args(), [("max", 5)]);
    assert_eq!(
        FieldError::new("bsn", Problem::BsnCheck).message_id(),
        "notice-error-bsn-check"
    );
}
