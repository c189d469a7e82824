//! Islands: the only components that run in the browser. Each receives its texts as
//! props from the server-rendered page, so a text published by staff reaches the
//! browser the same way as every other text — never from a copy compiled into the
//! WebAssembly.

pub mod print_button;
pub mod selfcheck_steps;
// The residents' WebAssembly has no staff code: the staff bundle and the server have it.
#[cfg(any(feature = "ssr", feature = "staff-bundle"))]
pub mod text_helper;
