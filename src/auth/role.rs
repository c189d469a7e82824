//! What a member of staff may do.

use std::fmt;

/// A staff role. Editors edit texts, case workers handle notices, admins manage
/// accounts — and may do everything the others may.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    Editor,
    Caseworker,
    Admin,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Editor, Role::Caseworker, Role::Admin];

    /// The code stored in the database and sent in forms.
    pub fn code(self) -> &'static str {
        match self {
            Role::Editor => "editor",
            Role::Caseworker => "caseworker",
            Role::Admin => "admin",
        }
    }

    pub fn from_code(code: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.code() == code)
    }

    /// Whether someone with this role may do what `needed` may.
    pub fn allows(self, needed: Role) -> bool {
        self == Role::Admin || self == needed
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn admins_may_do_everything_others_only_their_own_work() {
        use Role::*;
        let cases = [
            (Admin, Admin, true),
            (Admin, Editor, true),
            (Admin, Caseworker, true),
            (Editor, Editor, true),
            (Editor, Caseworker, false),
            (Editor, Admin, false),
            (Caseworker, Caseworker, true),
            (Caseworker, Editor, false),
            (Caseworker, Admin, false),
        ];
        for (role, needed, allowed) in cases {
            assert_eq!(role.allows(needed), allowed, "{role} for {needed}");
        }
    }

    #[test]
    fn codes_round_trip() {
        for role in Role::ALL {
            assert_eq!(Role::from_code(role.code()), Some(role));
        }
        assert_eq!(Role::from_code("Admin"), None);
        assert_eq!(Role::from_code(""), None);
    }
}
