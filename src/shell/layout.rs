use super::LanguageSwitcher;
use crate::components::contact::ContactDetails;
use crate::components::digid::DigidNotice;
use crate::i18n::{use_i18n, I18n};
use leptos::prelude::*;

/// Skip link, header, main and footer around every page.
#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <a class="skip-link" href="#main">{i18n.t("skip-link")}</a>
        <header class="site-header">
            <div class="wrap site-header__inner">
                <a class="brand" href=i18n.href("")>
                    <span class="brand__municipality">{i18n.t("footer-operator")}</span>
                    <span class="brand__name">{i18n.t("site-name")}</span>
                </a>
                <LanguageSwitcher />
            </div>
        </header>
        <main id="main" class="wrap" tabindex="-1">
            <DigidNotice />
            {children()}
        </main>
        <Footer i18n />
    }
}

#[component]
fn Footer(i18n: I18n) -> impl IntoView {
    view! {
        <footer class="site-footer">
            <div class="wrap site-footer__inner">
                <ContactDetails heading_id="footer-contact" />
                <section aria-labelledby="footer-about">
                    <h2 id="footer-about">{i18n.t("footer-about-heading")}</h2>
                    <ul class="plain-list">
                        <li>
                            <a href=i18n.href("/accessibility")>
                                {i18n.t("footer-accessibility-link")}
                            </a>
                        </li>
                        <li>
                            <a href=i18n.href("/glossary")>{i18n.t("footer-glossary-link")}</a>
                        </li>
                        <li>{i18n.t("footer-privacy-note")}</li>
                        <li>{i18n.t("footer-operator")}</li>
                    </ul>
                </section>
            </div>
        </footer>
    }
}
