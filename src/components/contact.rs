use crate::config::{Figure, Settings};
use crate::i18n::use_i18n;
use leptos::prelude::*;
use std::sync::Arc;

/// Phone, e-mail, address and opening hours from the municipality settings. A plain
/// block, not a landmark: it appears in the footer of every page and again on the
/// help page, and two landmarks with one name confuse screen-reader navigation.
#[component]
pub fn ContactDetails(heading_id: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    let settings = expect_context::<Arc<Settings>>();
    let m = &settings.municipality;
    let hours = m
        .opening_hours
        .iter()
        .map(|h| {
            let days = if h.from == h.to {
                i18n.t(h.from.message_id())
            } else {
                i18n.t_with(
                    "weekday-range",
                    &[
                        ("from", i18n.t(h.from.message_id()).into()),
                        ("to", i18n.t(h.to.message_id()).into()),
                    ],
                )
            };
            let line = i18n.t_with(
                "opening-hours-line",
                &[
                    ("days", days.into()),
                    ("opens", h.opens.as_str().into()),
                    ("closes", h.closes.as_str().into()),
                ],
            );
            view! { <li>{line}</li> }
        })
        .collect_view();
    let tel = format!(
        "tel:{}",
        settings.figures.text(Figure::Phone).replace(' ', "")
    );
    let mail = format!("mailto:{}", settings.figures.text(Figure::Email));
    let hours_id = format!("{heading_id}-hours");
    view! {
        <div class="contact">
            <h2 id=heading_id>{i18n.t("footer-contact-heading")}</h2>
            <ul class="plain-list">
                <li>
                    <a href=tel>{i18n.t("footer-phone")}</a>
                </li>
                <li>
                    <a href=mail>{i18n.t("footer-email")}</a>
                </li>
                <li>{i18n.t("footer-address")}</li>
            </ul>
            <h3 id=hours_id.clone()>{i18n.t("footer-hours-heading")}</h3>
            <ul class="plain-list" aria-labelledby=hours_id>{hours}</ul>
        </div>
    }
}
