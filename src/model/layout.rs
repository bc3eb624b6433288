//! How a form lays a kind's fields out (issue #31): the section each top-level field is shown in,
//! in the order a user thinks about a compute, and the widget a field's meaning asks for where its
//! type and flags do not say — declared once, by field name (a name means the same in every kind),
//! beside the field tables rather than in them: those tables are in the npm package's form module,
//! whose size is budgeted, and only the UI schemas (the full module) read these. No logic.

use super::{Field, Ty};

/// A field shown only while a sibling field holds one of some values.
#[derive(Debug)]
pub struct ShownWhen {
    /// The sibling's name.
    pub sibling: &'static str,
    /// The values that show the field.
    pub values: &'static [&'static str],
}

/// The sections a form shows a compute's top-level fields in, in the order a user thinks about
/// a compute (the studio's: name, size, scale, then access, network, identity, schedules); the
/// advanced ones folded away (issue #31).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Basics,
    Size,
    Scale,
    Access,
    Network,
    Identity,
    Schedules,
    Advanced,
}

impl Section {
    /// Every section, in the order a form shows them.
    pub const ALL: &'static [Section] = &[
        Section::Basics,
        Section::Size,
        Section::Scale,
        Section::Access,
        Section::Network,
        Section::Identity,
        Section::Schedules,
        Section::Advanced,
    ];

    /// Its id, which also names its title in the message catalog (`ui.section.{id}`).
    #[must_use]
    pub fn id(self) -> &'static str {
        match self {
            Section::Basics => "basics",
            Section::Size => "size",
            Section::Scale => "scale",
            Section::Access => "access",
            Section::Network => "network",
            Section::Identity => "identity",
            Section::Schedules => "schedules",
            Section::Advanced => "advanced",
        }
    }

    /// Folded away until the user opens it, as the studio's advanced settings are.
    #[must_use]
    pub fn advanced(self) -> bool {
        !matches!(self, Section::Basics | Section::Size | Section::Scale)
    }
}

/// How a form draws a field, by what the field means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Widget {
    /// A secret: masked, never echoed.
    Password,
    /// Several lines: keys, certificates, scripts.
    Textarea,
    /// A duration in the unit the field takes.
    Duration(DurationUnit),
    Checkbox,
    /// Set by Azure (or fixed by the form's kind): not drawn.
    Hidden,
    /// A VM size, chosen from the sizes the kind accepts (npm `sizes()`).
    SizePicker,
}

/// The unit a duration field takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DurationUnit {
    Seconds,
    Minutes,
    /// An ISO 8601 duration such as `PT30M`.
    Iso8601,
}

impl Widget {
    /// The name form libraries know it by (`ui:widget`), and the unit of a duration.
    #[must_use]
    pub fn name(self) -> (&'static str, Option<&'static str>) {
        match self {
            Widget::Password => ("password", None),
            Widget::Textarea => ("textarea", None),
            Widget::Duration(unit) => (
                "duration",
                Some(match unit {
                    DurationUnit::Seconds => "seconds",
                    DurationUnit::Minutes => "minutes",
                    DurationUnit::Iso8601 => "iso8601",
                }),
            ),
            Widget::Checkbox => ("checkbox", None),
            Widget::Hidden => ("hidden", None),
            Widget::SizePicker => ("sizePicker", None),
        }
    }
}

/// Top-level fields by name: their section and, where type and flags do not say, their widget.
/// A field not listed is in [`Section::Advanced`], unless it is required ([`Section::Basics`]).
const TOP: &[(&str, Section, Option<Widget>)] = &[
    // A form is for one kind, which it sets; `$schema` is for editors.
    ("$schema", Section::Advanced, Some(Widget::Hidden)),
    ("type", Section::Basics, Some(Widget::Hidden)),
    ("name", Section::Basics, None),
    ("description", Section::Basics, None),
    ("location", Section::Basics, None),
    ("address", Section::Basics, None),
    ("workspace_url", Section::Basics, None),
    ("data_lake_store_account_name", Section::Basics, None),
    ("namespace", Section::Basics, None),
    ("size", Section::Size, Some(Widget::SizePicker)),
    ("tier", Section::Size, None),
    ("cluster_purpose", Section::Size, None),
    ("min_instances", Section::Scale, None),
    ("max_instances", Section::Scale, None),
    (
        "idle_time_before_scale_down",
        Section::Scale,
        Some(Widget::Duration(DurationUnit::Seconds)),
    ),
    ("agent_count", Section::Scale, None),
    ("ssh_public_access_enabled", Section::Access, None),
    ("ssh_settings", Section::Access, None),
    ("create_on_behalf_of", Section::Access, None),
    ("enable_sso", Section::Access, None),
    ("enable_root_access", Section::Access, None),
    ("access_token", Section::Access, None),
    ("network_settings", Section::Network, None),
    ("enable_node_public_ip", Section::Network, None),
    ("load_balancer_type", Section::Network, None),
    ("load_balancer_subnet", Section::Network, None),
    ("ssl", Section::Network, None),
    ("identity", Section::Identity, None),
    (
        "idle_time_before_shutdown_minutes",
        Section::Schedules,
        Some(Widget::Duration(DurationUnit::Minutes)),
    ),
    (
        "idle_time_before_shutdown",
        Section::Schedules,
        Some(Widget::Duration(DurationUnit::Iso8601)),
    ),
    ("schedules", Section::Schedules, None),
    // Synapse Spark pools: Azure sets what is inside from the pool.
    ("scale_settings", Section::Advanced, Some(Widget::Hidden)),
    (
        "auto_pause_settings",
        Section::Advanced,
        Some(Widget::Hidden),
    ),
];

/// Fields below the top level, by name: the widget their meaning asks for.
const NESTED: &[(&str, Widget)] = &[
    ("ssh_key_value", Widget::Textarea),
    ("cert", Widget::Textarea),
    ("command", Widget::Textarea),
    // A PEM private key: a secret (masked) of several lines, whose line breaks a password input
    // would drop.
    ("key", Widget::Textarea),
];

/// Fields below the top level that matter only while a sibling holds some values.
const SHOWN_WHEN: &[(&str, ShownWhen)] = &[(
    "user_assigned_identities",
    ShownWhen {
        sibling: "type",
        values: &["user_assigned", "system_assigned,user_assigned"],
    },
)];

/// The section a form shows a top-level field in.
#[must_use]
pub fn section(field: &Field) -> Section {
    match TOP.iter().find(|(name, ..)| *name == field.name) {
        Some((_, section, _)) => *section,
        None if field.required => Section::Basics,
        None => Section::Advanced,
    }
}

/// How a form draws a field (`top`: at the top level): hidden when Azure sets it, masked when it
/// is a secret, as its meaning asks, a checkbox for a boolean; `None`: by its schema.
#[must_use]
pub fn widget(field: &Field, top: bool) -> Option<Widget> {
    if field.read_only {
        return Some(Widget::Hidden);
    }
    if field.secret {
        return Some(Widget::Password);
    }
    declared(field, top).or(match field.ty {
        Ty::Bool => Some(Widget::Checkbox),
        _ => None,
    })
}

/// Whether a field holds several lines (a key, a certificate, a script), secret or not: a masked
/// secret of several lines needs an input that keeps its line breaks.
#[must_use]
pub fn multiline(field: &Field, top: bool) -> bool {
    declared(field, top) == Some(Widget::Textarea)
}

fn declared(field: &Field, top: bool) -> Option<Widget> {
    if top {
        TOP.iter()
            .find(|(name, ..)| *name == field.name)
            .and_then(|(.., widget)| *widget)
    } else {
        NESTED
            .iter()
            .find(|(name, _)| *name == field.name)
            .map(|(_, widget)| *widget)
    }
}

/// The condition a nested field is shown on, if any.
#[must_use]
pub fn shown_when(field: &Field) -> Option<&'static ShownWhen> {
    SHOWN_WHEN
        .iter()
        .find(|(name, _)| *name == field.name)
        .map(|(_, condition)| condition)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kind::Kind;

    fn nested(fields: &'static [Field], out: &mut Vec<&'static Field>) {
        for field in fields {
            match &field.ty {
                Ty::Object(inner) | Ty::List(Ty::Object(inner)) => {
                    out.extend(inner.iter());
                    nested(inner, out);
                }
                _ => {}
            }
        }
    }

    /// A name left behind by a renamed or removed field would silently stop applying.
    #[test]
    fn every_name_laid_out_is_a_field_of_some_kind() {
        let top: Vec<&Field> = Kind::ALL.iter().flat_map(|k| k.fields()).collect();
        let mut below = Vec::new();
        for kind in Kind::ALL {
            nested(kind.fields(), &mut below);
        }
        for (name, ..) in TOP {
            assert!(top.iter().any(|f| f.name == *name), "{name}");
        }
        for (name, _) in NESTED {
            assert!(below.iter().any(|f| f.name == *name), "{name}");
        }
        for (name, condition) in SHOWN_WHEN {
            assert!(below.iter().any(|f| f.name == *name), "{name}");
            assert!(below.iter().any(|f| f.name == condition.sibling), "{name}");
        }
    }

    #[test]
    fn secrets_are_masked_and_what_azure_sets_is_hidden_whatever_the_tables_say() {
        for kind in Kind::ALL {
            let mut all: Vec<&Field> = kind.fields().iter().collect();
            nested(kind.fields(), &mut all);
            for field in all {
                let drawn = widget(field, true);
                if field.read_only {
                    assert_eq!(drawn, Some(Widget::Hidden), "{}", field.name);
                } else if field.secret {
                    assert_eq!(drawn, Some(Widget::Password), "{}", field.name);
                }
            }
        }
    }
}
