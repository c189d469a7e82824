//! A word-level difference between two versions of a text, for the side-by-side view
//! of a text's history: what was removed from the old version and what was added in
//! the new one. Longest common subsequence over words (texts are short).

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    Same,
    Removed,
    Added,
}

/// A run of words (with the white space after them) that changed the same way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub change: Change,
    pub text: String,
}

/// The old text's pieces (`Same` or `Removed`) and the new text's (`Same` or `Added`).
pub fn side_by_side(old: &str, new: &str) -> (Vec<Piece>, Vec<Piece>) {
    let a = tokens(old);
    let b = tokens(new);
    let key = |t: &str| t.trim_end().to_owned();
    // lcs[i][j]: the length of the longest common subsequence of a[i..] and b[j..].
    let mut lcs = vec![vec![0u32; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if key(a[i]) == key(b[j]) {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut left, mut right) = (Vec::new(), Vec::new());
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && key(a[i]) == key(b[j]) {
            push(&mut left, Change::Same, a[i]);
            push(&mut right, Change::Same, b[j]);
            i += 1;
            j += 1;
        } else if j < b.len() && (i == a.len() || lcs[i][j + 1] >= lcs[i + 1][j]) {
            push(&mut right, Change::Added, b[j]);
            j += 1;
        } else {
            push(&mut left, Change::Removed, a[i]);
            i += 1;
        }
    }
    (left, right)
}

/// Words with their trailing white space.
fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut in_space = false;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            in_space = true;
        } else if in_space {
            out.push(&text[start..i]);
            start = i;
            in_space = false;
        }
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

fn push(pieces: &mut Vec<Piece>, change: Change, text: &str) {
    match pieces.last_mut() {
        Some(last) if last.change == change => last.text.push_str(text),
        _ => pieces.push(Piece {
            change,
            text: text.to_owned(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(pieces: &[Piece]) -> String {
        pieces
            .iter()
            .map(|p| match p.change {
                Change::Same => p.text.clone(),
                Change::Removed => format!("[-{}]", p.text),
                Change::Added => format!("[+{}]", p.text),
            })
            .collect()
    }

    #[test]
    fn marks_removed_and_added_words() {
        let cases = [
            ("a b c", "a b c", "a b c", "a b c"),
            ("a b c", "a x c", "a [-b ]c", "a [+x ]c"),
            (
                "Geef het door.",
                "Geef het snel door.",
                "Geef het door.",
                "Geef het [+snel ]door.",
            ),
            ("", "Nieuw", "", "[+Nieuw]"),
            ("Oud", "", "[-Oud]", ""),
        ];
        for (old, new, left, right) in cases {
            let (l, r) = side_by_side(old, new);
            assert_eq!(
                (show(&l), show(&r)),
                (left.into(), right.into()),
                "{old} → {new}"
            );
        }
    }
}
