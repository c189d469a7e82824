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

/// An amount in cents: whole amounts as [`format_euro`], others with two decimals in
/// the language's decimal separator (`€ 150,50`, `€150.50`).
pub fn format_euro_cents(cents: u64, lang: &str) -> String {
    let whole = format_euro(cents / 100, lang);
    if cents.is_multiple_of(100) {
        return whole;
    }
    let separator = match lang {
        "en" | "ar" => ".",
        _ => ",",
    };
    let decimals = format!("{separator}{:02}", cents % 100);
    // Put the decimals right after the number, wherever the sign is.
    match whole.rfind(|c: char| c.is_ascii_digit()) {
        Some(last_digit) => {
            let (number, sign) = whole.split_at(last_digit + 1);
            format!("{number}{decimals}{sign}")
        }
        None => whole,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cents_per_language() {
        let cases = [
            (15_050, "nl", "€\u{a0}150,50"),
            (15_000, "nl", "€\u{a0}150"),
            (180_005, "en", "€1,800.05"),
            (15_050, "ar", "€150.50"),
            (15_050, "tr", "€150,50"),
            (1_200_050, "pl", "12\u{a0}000,50\u{a0}€"),
            (120_099, "uk", "1\u{a0}200,99\u{a0}€"),
            (5, "nl", "€\u{a0}0,05"),
        ];
        for (cents, lang, expected) in cases {
            assert_eq!(
                format_euro_cents(cents, lang),
                expected,
                "{cents} in {lang}"
            );
        }
    }

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
