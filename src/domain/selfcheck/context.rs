use super::{Policy, Rules};
use std::sync::Arc;
use time::Date;

/// What one evaluation of the self-check needs: the rules, the municipality's figures
/// and the date they are evaluated against. The server builds it per request; the pages
/// and the JSON API read it.
#[derive(Clone, Debug)]
pub struct SelfCheckContext {
    pub rules: Arc<Rules>,
    pub policy: Policy,
    pub today: Date,
}
