//! Server-rendered building blocks shared by the pages.

pub mod contact;
pub mod digid;
pub mod error_summary;
pub mod form_token;
pub mod page_title;
pub mod rich_text;
pub mod textarea;
