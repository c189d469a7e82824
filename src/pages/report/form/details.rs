//! One change: its fields and its files.

use super::{
    continue_button, erase_form, fields, hidden, return_field, size_text, step_href, step_top,
    DetailsView, FILE_FIELD,
};
use crate::components::error_summary::ErrorMessage;
use crate::components::form_token::form_token;
use crate::i18n::I18n;
use crate::pages::report::field::{self, summary_items};
use leptos::prelude::*;

pub(super) fn details(i18n: &I18n, v: DetailsView) -> impl IntoView {
    let kind = v.kind;
    let specs = kind.fields();
    let mut items = summary_items(i18n, specs, &v.errors);
    for (target, _) in items.iter_mut() {
        if target == "main" {
            *target = format!("f-{FILE_FIELD}");
        }
    }
    let top = step_top(i18n, i18n.t(kind.label_id()), v.back, Some((3, 4)), items);
    let action = step_href(i18n, &format!("details/{}", kind.id()));
    let file_error = v.errors.iter().find(|e| e.field == FILE_FIELD).map(|e| {
        view! {
            <ErrorMessage
                id="e-file"
                prefix=i18n.t("report-error-label")
                text=field::error_text(i18n, e)
            />
        }
    });
    let file_class = if file_error.is_some() {
        "form-group form-group--error"
    } else {
        "form-group"
    };
    let file_described = if file_error.is_some() {
        "h-file e-file"
    } else {
        "h-file"
    };
    let files = (!v.files.is_empty()).then(|| {
        let rows = v
            .files
            .iter()
            .map(|f| {
                let remove = step_href(i18n, &format!("details/{}/remove-file", kind.id()));
                let label = i18n.t_with("report-file-remove", &[("name", f.name.clone().into())]);
                view! {
                    <li class="file-list__item">
                        <span>{f.name.clone()} " (" {size_text(i18n, f.size)} ")"</span>
                        <form method="post" action=remove class="inline-form">
                            {form_token(v.csrf.clone())}
                            {hidden("file-id", f.id.clone())}
                            <button type="submit" class="button button--link" aria-label=label>
                                {i18n.t("report-file-remove-short")}
                            </button>
                        </form>
                    </li>
                }
            })
            .collect_view();
        view! {
            <h2>{i18n.t("report-files-heading")}</h2>
            <ul class="file-list">{rows}</ul>
        }
    });
    view! {
        {top}
        <p class="lead">{i18n.t("report-details-intro")}</p>
        <form method="post" action=action enctype="multipart/form-data" novalidate>
            {form_token(v.csrf.clone())}
            {return_field(v.return_to_check)}
            {fields(i18n, specs, &v.values, &v.errors)}
            <div class=file_class>
                <label class="label" for="f-file">{i18n.t("report-file-label")}</label>
                <p class="hint" id="h-file">{i18n.t("report-file-hint")}</p>
                {file_error}
                <input
                    class="file-input"
                    type="file"
                    id="f-file"
                    name=FILE_FIELD
                    multiple
                    accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png"
                    aria-describedby=file_described
                />
            </div>
            {continue_button(i18n)}
        </form>
        {files}
        {erase_form(i18n, v.csrf)}
    }
}
