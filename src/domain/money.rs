//! Amounts in euro, written the way each language writes them.

/// How one language writes a whole amount of euro.
struct EuroStyle {
    /// Thousands separator.
    group: &'static str,
    /// Numbers shorter than this are not grouped (Polish writes 1200, but 12 000).
    min_grouped_digits: usize,
    /// Whether the sign comes before the number, and the space between them.
    sign_first: bool,
    space: &'static str,
}

const NBSP: &str = "\u{a0}";

fn style(lang: &str) -> EuroStyle {
    match lang {
        "en" => EuroStyle {
            group: ",",
            min_grouped_digits: 4,
            sign_first: true,
            space: "",
        },
        // Arabic-speaking residents in the Netherlands mostly read Western digits;
        // the text runs right to left, the amount stays one isolated unit.
        "ar" => EuroStyle {
            group: ",",
            min_grouped_digits: 4,
            sign_first: true,
            space: "",
        },
        "tr" => EuroStyle {
            group: ".",
            min_grouped_digits: 4,
            sign_first: true,
            space: "",
        },
        "pl" => EuroStyle {
            group: NBSP,
            min_grouped_digits: 5,
            sign_first: false,
            space: NBSP,
        },
        "uk" => EuroStyle {
            group: NBSP,
            min_grouped_digits: 4,
            sign_first: false,
            space: NBSP,
        },
        // Dutch, and any language without its own rule.
        _ => EuroStyle {
            group: ".",
            min_grouped_digits: 4,
            sign_first: true,
            space: NBSP,
        },
    }
}

/// A whole number of euro, e.g. `€ 1.200` in Dutch or `€1,200` in English.
pub fn format_euro(amount: u64, lang: &str) -> String {
    let style = style(lang);
    let digits = amount.to_string();
    let number = if digits.len() < style.min_grouped_digits {
        digits
    } else {
        let mut out = String::new();
        for (i, ch) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push_str(style.group);
            }
            out.push(ch);
        }
        out
    };
    if style.sign_first {
        format!("€{}{number}", style.space)
    } else {
        format!("{number}{}€", style.space)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn euro_per_language() {
        let cases = [
            (1200, "nl", "€\u{a0}1.200"),
            (1800, "nl", "€\u{a0}1.800"),
            (950, "nl", "€\u{a0}950"),
            (1234567, "nl", "€\u{a0}1.234.567"),
            (1200, "en", "€1,200"),
            (1200, "ar", "€1,200"),
            (1200, "tr", "€1.200"),
            (1200, "pl", "1200\u{a0}€"),
            (12000, "pl", "12\u{a0}000\u{a0}€"),
            (1200, "uk", "1\u{a0}200\u{a0}€"),
            (0, "en", "€0"),
            (1200, "fy", "€\u{a0}1.200"),
        ];
        for (amount, lang, expected) in cases {
            assert_eq!(format_euro(amount, lang), expected, "{amount} in {lang}");
        }
    }
}
