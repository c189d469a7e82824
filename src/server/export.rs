//! Change notices as documents: the staff export (CSV and JSON) and the JSON document
//! the portal forwards to the case system. Pure functions over opened notices; who may
//! ask for them, and the audit, are decided elsewhere.
//!
//! Times are RFC 3339 in Dutch time (`2027-01-15T09:30:00+01:00`): unambiguous for a
//! program, readable for a person.

use crate::domain::calendar::timestamp;
use crate::store::notices::{Attachment, Notice};
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use serde_json::{json, Map, Value};

/// A notice for the JSON export: everything staff see on its page, attachments
/// without their bytes.
pub fn notice_json(notice: &Notice) -> Value {
    let s = &notice.summary;
    json!({
        "reference": s.reference,
        "status": s.status.code(),
        "submitted_at": timestamp(s.submitted_at),
        "updated_at": timestamp(s.updated_at),
        "handled_at": s.handled_at.map(timestamp),
        "lang": s.lang,
        "change_kinds": s.change_kinds,
        "identity_method": s.verification.method(),
        "identity_level": s.verification.level(),
        "content": notice.content,
        "attachments": notice.attachments.iter().map(|a| json!({
            "id": a.id,
            "content_type": a.content_type,
            "size": a.size,
            "name": a.original_name,
        })).collect::<Vec<_>>(),
        "history": notice.events.iter().map(|e| json!({
            "at": timestamp(e.at),
            "actor_account_id": e.actor_account_id,
            "status": e.status.code(),
            "note": e.note,
        })).collect::<Vec<_>>(),
    })
}

/// The JSON export of `notices`, made at `now`.
pub fn export_json(notices: &[Notice], now: i64) -> Value {
    json!({
        "exported_at": timestamp(now),
        "count": notices.len(),
        "notices": notices.iter().map(notice_json).collect::<Vec<_>>(),
    })
}

/// What the portal sends to the case system: the notice as the resident sent it, with
/// its files (base64).
pub fn forward_json(notice: &Notice, attachments: &[Attachment]) -> Value {
    let s = &notice.summary;
    json!({
        "reference": s.reference,
        "submitted_at": timestamp(s.submitted_at),
        "lang": s.lang,
        "change_kinds": s.change_kinds,
        "identity_method": s.verification.method(),
        "identity_level": s.verification.level(),
        "content": notice.content,
        "attachments": attachments.iter().map(|a| json!({
            "content_type": a.info.content_type,
            "size": a.info.size,
            "name": a.info.original_name,
            "data_base64": STANDARD.encode(&a.bytes),
        })).collect::<Vec<_>>(),
    })
}

/// The fixed columns of the CSV export; the resident's answers follow, one column per
/// path in the content (`identity.name`, `changes.1.fields.employer`, …).
const CSV_COLUMNS: [&str; 10] = [
    "reference",
    "status",
    "submitted_at",
    "updated_at",
    "handled_at",
    "lang",
    "change_kinds",
    "identity_method",
    "identity_level",
    "attachments",
];

/// The CSV export (RFC 4180, CRLF line ends, UTF-8 with a byte order mark so that
/// spreadsheet programs read the accents right). Every cell is guarded against formula
/// injection.
pub fn export_csv(notices: &[Notice]) -> String {
    let rows: Vec<Vec<(String, String)>> = notices
        .iter()
        .map(|n| {
            let mut cells = Vec::new();
            flatten("", &n.content, &mut cells);
            cells
        })
        .collect();
    // Every content path of every notice, in the order they first appear.
    let mut paths: Vec<&str> = Vec::new();
    for cells in &rows {
        for (path, _) in cells {
            if !paths.contains(&path.as_str()) {
                paths.push(path);
            }
        }
    }
    let mut out = String::from("\u{feff}");
    let header: Vec<&str> = CSV_COLUMNS.iter().copied().chain(paths.clone()).collect();
    push_row(&mut out, header.iter().copied());
    for (notice, cells) in notices.iter().zip(&rows) {
        let s = &notice.summary;
        let fixed = [
            s.reference.clone(),
            s.status.code().to_owned(),
            timestamp(s.submitted_at),
            timestamp(s.updated_at),
            s.handled_at.map(timestamp).unwrap_or_default(),
            s.lang.clone(),
            s.change_kinds.join(" "),
            s.verification.method().to_owned(),
            s.verification.level().unwrap_or_default().to_owned(),
            s.attachment_count.to_string(),
        ];
        let content = paths.iter().map(|path| {
            cells
                .iter()
                .find(|(p, _)| p == path)
                .map_or("", |(_, v)| v.as_str())
        });
        push_row(&mut out, fixed.iter().map(String::as_str).chain(content));
    }
    out
}

fn push_row<'a>(out: &mut String, cells: impl Iterator<Item = &'a str>) {
    let mut first = true;
    for cell in cells {
        if !first {
            out.push(',');
        }
        first = false;
        out.push_str(&csv_cell(cell));
    }
    out.push_str("\r\n");
}

/// One CSV cell: a text that a spreadsheet would run as a formula (starting with `=`,
/// `+`, `-`, `@`, a tab or a carriage return) gets a leading `'`; a cell with a comma,
/// quote or line break is quoted, its quotes doubled.
pub fn csv_cell(text: &str) -> String {
    let guarded = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if guarded.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

/// The leaves of a JSON value as (dotted path, text) pairs; array items count from 1.
fn flatten(prefix: &str, value: &Value, out: &mut Vec<(String, String)>) {
    let join = |key: &str| {
        if prefix.is_empty() {
            key.to_owned()
        } else {
            format!("{prefix}.{key}")
        }
    };
    match value {
        Value::Object(map) => flatten_object(map, &join, out),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                flatten(&join(&(i + 1).to_string()), item, out);
            }
        }
        Value::Null => out.push((prefix.to_owned(), String::new())),
        Value::String(text) => out.push((prefix.to_owned(), text.clone())),
        other => out.push((prefix.to_owned(), other.to_string())),
    }
}

fn flatten_object(
    map: &Map<String, Value>,
    join: &dyn Fn(&str) -> String,
    out: &mut Vec<(String, String)>,
) {
    for (key, value) in map {
        flatten(&join(key), value, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_quoted_and_guarded() {
        let cases = [
            ("plain", "plain"),
            ("", ""),
            ("a,b", "\"a,b\""),
            ("say \"hi\"", "\"say \"\"hi\"\"\""),
            ("two\nlines", "\"two\nlines\""),
            ("=SUM(A1:A9)", "'=SUM(A1:A9)"),
            ("+31 6 1234", "'+31 6 1234"),
            ("-5", "'-5"),
            ("@cmd", "'@cmd"),
            ("\tx", "'\tx"),
            ("\rx", "\"'\rx\""),
            (
                "=HYPERLINK(\"x\",\"y\")",
                "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"",
            ),
            ("a=b", "a=b"),
        ];
        for (text, expected) in cases {
            assert_eq!(csv_cell(text), expected, "{text:?}");
        }
    }

    #[test]
    fn content_flattens_to_dotted_paths() {
        let content = json!({
            "identity": { "name": "A", "bsn": "123456782" },
            "changes": [{ "kind": "work", "fields": { "hours": 20 } }],
            "lang": "nl",
            "none": null,
        });
        let mut cells = Vec::new();
        flatten("", &content, &mut cells);
        let cells: Vec<(&str, &str)> = cells
            .iter()
            .map(|(p, v)| (p.as_str(), v.as_str()))
            .collect();
        assert_eq!(
            cells,
            [
                ("changes.1.fields.hours", "20"),
                ("changes.1.kind", "work"),
                ("identity.bsn", "123456782"),
                ("identity.name", "A"),
                ("lang", "nl"),
                ("none", ""),
            ]
        );
    }
}
