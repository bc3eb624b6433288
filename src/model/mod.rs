//! The fields each compute kind accepts, as data: names, types, enums, ranges, required and
//! read-only flags, defaults and descriptions. The shape rules (`rules/shape.rs`) walk specs
//! against these tables, and the JSON Schemas are generated from the same tables, so the two
//! cannot disagree. Field inventories follow `sdk-fields/` (what CLI v2 accepts) and reference
//! §2–§9; no rule logic lives here.

pub(crate) mod aks;
pub(crate) mod attached;
pub(crate) mod cluster;
pub(crate) mod common;
pub mod iac;
pub(crate) mod instance;
pub(crate) mod kubernetes;
pub mod layout;
pub(crate) mod synapse_spark;
pub(crate) mod virtual_machine;

/// One field of a mapping.
#[derive(Debug)]
pub struct Field {
    pub name: &'static str,
    pub ty: Ty,
    pub required: bool,
    /// Server-managed: `az ml` drops it silently before validation.
    pub read_only: bool,
    /// A password, token or private key: never echoed, and its presence in a file is a risk.
    pub secret: bool,
    /// Azure's documented default.
    pub default: Option<DefaultValue>,
    /// `0` counts as unset: azure-ai-ml tests the value for truth (`if self.x:`), so a 0 sends
    /// what a left-out field sends, and no range applies to it.
    pub zero_means_unset: bool,
    /// What `az ml` sends when the spec leaves the field out: azure-ai-ml fills it in before the
    /// request (`_to_rest_object`), which may differ from the documented default. `None` where
    /// nothing is sent and the service decides.
    pub sent: Option<DefaultValue>,
    /// What may change once the compute exists; `None` is the enclosing field's (at the top
    /// level: [`Mutability::Resubmit`]).
    pub mutability: Option<Mutability>,
    pub title: &'static str,
    pub description: &'static str,
}

/// A field's documented default value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DefaultValue {
    Bool(bool),
    Int(i64),
    Str(&'static str),
}

/// Whether a field may change once the compute exists (reference §0 "Update", and each field's
/// mutability in §2–§8).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mutability {
    /// `az ml compute update` changes it (`tags`, node counts, scale-down time, identity).
    Updatable,
    /// It can change, but not through `az ml compute update`: only by submitting the whole spec
    /// again, another command (`enable-sso`) or the studio.
    Resubmit,
    /// Fixed when the compute is created ("cannot be changed after creation").
    CreateOnly,
}

/// The type of a field's value and its per-value constraints.
#[derive(Debug)]
pub enum Ty {
    Str,
    Int {
        min: Option<i64>,
        max: Option<i64>,
    },
    Bool,
    Enum(&'static EnumSpec),
    /// A mapping from strings to strings (`tags`).
    StrMap,
    /// A free-form mapping passed through to Azure.
    AnyMap,
    Object(&'static [Field]),
    List(&'static Ty),
    /// A mapping whose `tag` field selects its fields (a schedule's `trigger`).
    Tagged {
        tag: &'static str,
        variants: &'static [(&'static str, &'static [Field])],
    },
}

/// Allowed values of an enum field. `az ml` compares them after lower-casing (and, for identity
/// types, after turning camelCase into snake_case), so spelling matters but case does not.
#[derive(Debug)]
pub struct EnumSpec {
    pub values: &'static [&'static str],
    /// Other accepted spellings (compared lower-cased) and the value each stands for.
    pub aliases: &'static [(&'static str, &'static str)],
}

impl EnumSpec {
    /// The canonical value `input` stands for, if it is accepted.
    #[must_use]
    pub fn canonical(&self, input: &str) -> Option<&'static str> {
        let input = crate::text::trim(input);
        // Most values are written canonically: an exact match first, cheaper than ignoring case.
        if let Some(exact) = self.values.iter().copied().find(|v| *v == input) {
            return Some(exact);
        }
        let same = |candidate: &str| crate::text::eq_ignoring_case(candidate, input);
        self.values.iter().copied().find(|v| same(v)).or_else(|| {
            self.aliases
                .iter()
                .find(|(alias, _)| same(alias))
                .map(|(_, v)| *v)
        })
    }
}

impl Field {
    #[must_use]
    pub const fn new(name: &'static str, ty: Ty) -> Field {
        Field {
            name,
            ty,
            required: false,
            read_only: false,
            secret: false,
            default: None,
            sent: None,
            zero_means_unset: false,
            mutability: None,
            title: "",
            description: "",
        }
    }

    #[must_use]
    pub const fn required(mut self) -> Field {
        self.required = true;
        self
    }

    #[must_use]
    pub const fn read_only(mut self) -> Field {
        self.read_only = true;
        self
    }

    #[must_use]
    pub const fn secret(mut self) -> Field {
        self.secret = true;
        self
    }

    /// `az ml compute update` can change it.
    #[must_use]
    pub const fn updatable(mut self) -> Field {
        self.mutability = Some(Mutability::Updatable);
        self
    }

    /// Fixed when the compute is created.
    #[must_use]
    pub const fn create_only(mut self) -> Field {
        self.mutability = Some(Mutability::CreateOnly);
        self
    }

    #[must_use]
    pub const fn default(mut self, value: DefaultValue) -> Field {
        self.default = Some(value);
        self
    }

    /// `0` counts as unset ([`Field::zero_means_unset`]).
    #[must_use]
    pub const fn zero_means_unset(mut self) -> Field {
        self.zero_means_unset = true;
        self
    }

    /// What azure-ai-ml sends when the spec leaves the field out (reference §3: the entity's
    /// constructor and `_to_rest_object`).
    #[must_use]
    pub const fn sent_when_left_out(mut self, value: DefaultValue) -> Field {
        self.sent = Some(value);
        self
    }

    #[must_use]
    pub const fn doc(mut self, title: &'static str, description: &'static str) -> Field {
        self.title = title;
        self.description = description;
        self
    }
}

/// Finds a field by name.
#[must_use]
pub fn find<'a>(fields: &'a [Field], name: &str) -> Option<&'a Field> {
    fields.get(position(fields, name)?)
}

/// Where the field named `name` is in `fields`.
#[must_use]
pub fn position(fields: &[Field], name: &str) -> Option<usize> {
    fields
        .iter()
        .position(|f| crate::text::same_key(f.name, name))
}

/// Whether the value at a field of this name is a secret wherever it appears, also in files that
/// do not parse: used to keep secrets out of code frames.
#[must_use]
pub fn is_secret_key(key: &str) -> bool {
    // One pass over the key, comparing in place and ignoring ASCII case only where a word can
    // start: this runs for every key of every file.
    let key = key.as_bytes();
    let at = |i: usize, word: &str| {
        key.get(i..i + word.len())
            .is_some_and(|part| part.eq_ignore_ascii_case(word.as_bytes()))
    };
    key.eq_ignore_ascii_case(b"key")
        || key
            .iter()
            .enumerate()
            .any(|(i, b)| match b.to_ascii_lowercase() {
                b'p' => at(i, "password") || at(i, "private_key") || at(i, "privatekey"),
                b't' => at(i, "token"),
                b's' => at(i, "secret"),
                b'c' => at(i, "connection_string") || at(i, "connectionstring"),
                _ => false,
            })
}

/// Whether a key names a secret, or looks as if it was meant to: a misspelt or abbreviated
/// password, a credential of any kind. Runs for every key a form sends on every change: no
/// allocation, and the edit distance only for words of a near length.
#[must_use]
pub fn is_secret_like_key(key: &str) -> bool {
    if is_secret_key(key) {
        return true;
    }
    // The key's letters and digits, lower-cased, in a buffer on the stack (a longer key is
    // judged by its first 64).
    let mut buffer = [0_u8; 64];
    let mut len = 0;
    for b in key
        .bytes()
        .filter(u8::is_ascii_alphanumeric)
        .take(buffer.len())
    {
        // Digits written for letters read as the letters: `p4ssw0rd`, `s3cret`, `t0ken`.
        buffer[len] = match b.to_ascii_lowercase() {
            b'4' => b'a',
            b'3' => b'e',
            b'0' => b'o',
            b'5' => b's',
            b'1' => b'i',
            other => other,
        };
        len += 1;
    }
    let squashed = &buffer[..len];
    const WORDS: &[&[u8]] = &[
        b"pass",
        b"pwd",
        b"pswd",
        b"pword",
        b"secret",
        b"token",
        b"credential",
        b"apikey",
        b"accesskey",
        b"accountkey",
        b"sharedkey",
        b"sastoken",
        b"sasurl",
        b"saskey",
        b"signature",
        b"privkey",
        // Azure's and other services' keys by their names (a public key, `ssh_key_value`, is
        // none of them).
        b"storagekey",
        b"primarykey",
        b"secondarykey",
        b"masterkey",
        b"functionkey",
        b"hostkey",
        b"encryptionkey",
        b"subscriptionkey",
        b"signingkey",
        b"authorization",
        b"connstr",
        b"webhook",
        b"sessionid",
        b"cookie",
    ];
    // The first byte compared before the rest: most windows differ there, and a slice
    // comparison is a call.
    if WORDS.iter().any(|word| {
        squashed
            .windows(word.len())
            .any(|w| w.first() == word.first() && w == *word)
    }) {
        return true;
    }
    // A word of the key one slip away from a secret word: `pasword`, `tokn`, `secert`.
    const NEAR: &[&str] = &[
        "password",
        "passwd",
        "token",
        "secret",
        "credential",
        "apikey",
    ];
    // The edit distance (which allocates) only for words of a near length; a slip may be
    // anywhere, the first letters too (`pssword`, `sceret`).
    let near = |word: &str, target: &str| {
        word.len().abs_diff(target.len()) <= 1
            && word.len() >= 4
            && (!word.is_ascii() || may_be_one_edit_apart(word.as_bytes(), target.as_bytes()))
            && strsim::osa_distance(&word.to_ascii_lowercase(), target) <= 1
    };
    // Short names only as words of their own (`admin_pw`, `db-pw`, `PW`; a `sas` (not
    // `disaster`), a personal access token `pat`, a `pin`, a one-time `otp`, a `jwt`, a `dsn`),
    // and `auth` only as the whole key: within longer words they are other words (`path`,
    // `spinner`, `auth_mode`).
    const SHORT: &[&str] = &["pw", "sas", "pat", "pin", "otp", "jwt", "dsn"];
    let secret_word = |word: &str| {
        SHORT.iter().any(|short| word.eq_ignore_ascii_case(short))
            || NEAR.iter().any(|target| near(word, target))
    };
    key.eq_ignore_ascii_case("auth")
        || any_word(key, secret_word)
        || (squashed.len().abs_diff(13) <= 2
            && squashed.first() == Some(&b'a')
            && std::str::from_utf8(squashed)
                .is_ok_and(|s| strsim::osa_distance(s, "adminpassword") <= 2))
}

/// Whether `test` holds for a word of `name`: its runs of ASCII letters and digits, split again at
/// camel-case humps (`githubPat` → `github`, `Pat`; `SASToken` → `SAS`, `Token`). One loop, no
/// iterator adapters: this is in the browser's form module, where every function costs bytes.
fn any_word(name: &str, test: impl Fn(&str) -> bool) -> bool {
    let bytes = name.as_bytes();
    let mut start = 0;
    for (at, &here) in bytes.iter().enumerate() {
        let word_char = here.is_ascii_alphanumeric();
        let hump = word_char
            && at > start
            && here.is_ascii_uppercase()
            && (!bytes[at - 1].is_ascii_uppercase()
                || bytes.get(at + 1).is_some_and(u8::is_ascii_lowercase));
        if !word_char || hump {
            if at > start && name.get(start..at).is_some_and(&test) {
                return true;
            }
            start = if word_char { at } else { at + 1 };
        }
    }
    start < bytes.len() && name.get(start..).is_some_and(&test)
}

/// False only when `word` (ASCII, any case) and `target` (lower case) are more than one edit
/// apart (an insertion, deletion, substitution or swap of neighbours): one edit leaves all but at
/// most two characters of the longer in a common prefix and suffix. Cheaper than the distance,
/// which it spares for most words.
fn may_be_one_edit_apart(word: &[u8], target: &[u8]) -> bool {
    let shorter = word.len().min(target.len());
    let prefix = word
        .iter()
        .zip(target)
        .take_while(|(a, b)| a.eq_ignore_ascii_case(b))
        .count();
    let suffix = word
        .iter()
        .rev()
        .zip(target.iter().rev())
        .take(shorter - prefix)
        .take_while(|(a, b)| a.eq_ignore_ascii_case(b))
        .count();
    prefix + suffix + 2 >= word.len().max(target.len())
}

#[cfg(test)]
mod tests {
    use super::is_secret_key;

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        /// The bound never turns away a word the edit distance would call near: words one edit
        /// (of each kind, anywhere) from the target, in any case, and words drawn at random.
        #[test]
        fn the_one_edit_bound_never_hides_a_near_word(
            target in "[a-d]{3,9}",
            edit in 0_usize..5,
            at in 0_usize..10,
            letter in "[a-dA-D]",
            upper in proptest::bool::ANY,
            other in "[a-dA-D]{2,10}",
        ) {
            let mut word: Vec<char> = target.chars().collect();
            let at = at % word.len();
            let letter = letter.chars().next().unwrap_or('a');
            match edit {
                0 => word.insert(at, letter),
                1 => { word.remove(at); }
                2 => word[at] = letter,
                3 if at + 1 < word.len() => word.swap(at, at + 1),
                _ => {}
            }
            let word: String = word.into_iter().collect();
            let word = if upper { word.to_ascii_uppercase() } else { word };
            for word in [word, other] {
                if strsim::osa_distance(&word.to_ascii_lowercase(), &target) <= 1 {
                    proptest::prop_assert!(
                        super::may_be_one_edit_apart(word.as_bytes(), target.as_bytes()),
                        "{} {}", word, target
                    );
                }
            }
        }
    }

    #[test]
    fn the_one_edit_bound_turns_away_far_words() {
        assert!(!super::may_be_one_edit_apart(b"public", b"secret"));
        assert!(super::may_be_one_edit_apart(b"Secert", b"secret"));
        assert!(super::may_be_one_edit_apart(b"pasword", b"password"));
    }

    #[test]
    fn secret_keys_are_found_in_any_case_and_anywhere_in_the_key() {
        for key in [
            "admin_password",
            "adminPassword",
            "SAS_TOKEN",
            "ssh_private_key_file",
            "key",
            "KEY",
            "ConnectionString",
        ] {
            assert!(is_secret_key(key), "{key}");
        }
        for key in ["keys", "monkey", "name", "", "passwor", "toke"] {
            assert!(!is_secret_key(key), "{key}");
        }
    }

    // Native only: proptest is a native dev-dependency.
    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn is_the_lowercased_key_containing_a_secret_word(key in "(pass|word|PassWord|TOKEN|tok|en|_|key|Key|private|_key|connection|string|String|secret|x|é){0,5}") {
            let lower = key.to_ascii_lowercase();
            let words = ["password", "token", "secret", "private_key", "privatekey", "connection_string", "connectionstring"];
            let expected = words.iter().any(|w| lower.contains(w)) || lower == "key";
            proptest::prop_assert_eq!(is_secret_key(&key), expected);
        }
    }
}
