//! What amlint knows beyond the spec it checks: the computes it would update (earlier specs, or the
//! workspace's computes as `az ml compute list` shows them) and the VM sizes a region offers (`az ml
//! compute list-sizes`). Callers hand over the text or data of those files; this module reads it
//! strictly (an unexpected file is an error naming what is wrong, never an empty context) and the
//! rules in `rules/deployed.rs` and the size rules consult it. No IO.

mod policies;
mod sizes;

pub use policies::Assigned;
pub use sizes::{RegionSize, Sizes};

use crate::Locale;
use crate::kind::Kind;
use crate::messages::phrase;
use crate::text::eq_ignoring_case;
use crate::yaml::{self, Limits};

/// A kind of context file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContextFile {
    /// An earlier spec of the compute (`--previous`).
    Previous,
    /// The workspace's computes (`az ml compute list -o json`, `--existing`).
    Existing,
    /// A region's VM sizes (`az ml compute list-sizes -o json`, `--sizes`).
    Sizes,
    /// Azure Policy definitions or a policy set assigned where the compute is created (`--policy`).
    Policy,
}

impl ContextFile {
    /// The flag that takes such a file.
    #[must_use]
    pub fn flag(self) -> &'static str {
        match self {
            ContextFile::Previous => "--previous",
            ContextFile::Existing => "--existing",
            ContextFile::Sizes => "--sizes",
            ContextFile::Policy => "--policy",
        }
    }
}

/// A compute as it stands before this change.
#[derive(Debug, Clone, PartialEq)]
pub struct Deployed {
    /// Its name.
    pub name: String,
    /// Its `type` as written (`*** Unsupported Compute Type ***` is how `az ml compute list`
    /// shows the studio's other computes).
    pub type_name: String,
    /// Its kind, where amlint knows the `type`.
    pub kind: Option<Kind>,
    /// Where amlint learnt of it.
    pub source: Source,
    /// Its fields, as data.
    pub value: serde_json::Value,
}

/// Where a [`Deployed`] compute was read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A spec given as the previous state (`--previous`, `amlint diff`), by its label.
    Previous(String),
    /// The workspace's list of computes (`--existing`).
    Existing,
}

/// Everything a check may compare a spec with. Empty by default: then every rule behaves as
/// without context (the built-in VM size table, no update checks).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Context {
    previous: Vec<Deployed>,
    existing: Vec<Deployed>,
    sizes: Option<Sizes>,
    /// `amlint diff`: the one previous spec is the earlier state of whatever the new spec names.
    paired: bool,
    /// The secrets of the specs and computes read: a finding that quotes an earlier value must
    /// hide them as it hides the checked spec's own.
    secrets: Vec<String>,
    /// The policies assigned where the compute is created, and the values of their parameters.
    policies: Vec<Assigned>,
    policy_parameters: serde_json::Map<String, serde_json::Value>,
}

/// A context file that cannot be used: where, and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContextError {
    /// 1-based; 0 when the problem has no line.
    pub line: usize,
    /// 1-based, in characters; 0 when the problem has no column.
    pub column: usize,
    /// What is wrong, in words a user can act on.
    pub message: String,
}

impl std::fmt::Display for ContextError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.line > 0 {
            write!(f, "{}:{}: ", self.line, self.column)?;
        }
        f.write_str(&self.message)
    }
}

impl std::error::Error for ContextError {}

impl ContextError {
    pub(crate) fn new(locale: Locale, id: &str, args: &[(&'static str, &str)]) -> ContextError {
        ContextError {
            line: 0,
            column: 0,
            message: phrase(locale, id, args),
        }
    }

    /// The same problem, said of item `index` of a list.
    pub(crate) fn in_item(self, index: usize, locale: Locale) -> ContextError {
        ContextError::new(
            locale,
            "context.item",
            &[("index", &index.to_string()), ("problem", &self.message)],
        )
    }

    /// Placed at byte `offset` of `text` (lines counted by `\n`, columns in characters).
    pub(crate) fn at(mut self, text: &str, offset: usize) -> ContextError {
        let before = text.get(..offset).unwrap_or(text);
        let line_start = before.rfind('\n').map_or(0, |at| at + 1);
        self.line = before.matches('\n').count() + 1;
        self.column = before.get(line_start..).unwrap_or("").chars().count() + 1;
        self
    }
}

impl Context {
    /// An empty context.
    #[must_use]
    pub fn new() -> Context {
        Context::default()
    }

    /// Whether nothing was given.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.previous.is_empty()
            && self.existing.is_empty()
            && self.sizes.is_none()
            && self.policies.is_empty()
    }

    /// Pairs every spec with the one previous spec, whatever their names (`amlint diff`): a
    /// changed name is then a change like any other.
    #[must_use]
    pub fn paired(mut self) -> Context {
        self.paired = true;
        self
    }

    /// Adds the specs of a YAML or JSON text (every document of it) as the previous state of the
    /// computes they name. `label` names the file in findings. Returns how many were added.
    ///
    /// # Errors
    /// When the text cannot be read as `az ml` reads it, or a document is not a spec with a
    /// `name` and a `type` amlint knows.
    pub fn add_previous_text(
        &mut self,
        label: &str,
        text: &str,
        locale: Locale,
    ) -> Result<usize, ContextError> {
        let strings = yaml::Strings::new();
        let parsed = yaml::parse(text, &strings, Limits::default());
        if let Some(issue) = parsed.issues.iter().find(|i| i.kind.is_fatal()) {
            return Err(
                ContextError::new(locale, "context.previous.unreadable", &[])
                    .at(text, issue.span.start as usize),
            );
        }
        // Every secret of the file, also those in values the reader dropped.
        let found = crate::secrets::find(
            text,
            &parsed.documents,
            &parsed.shadowed,
            &parsed.comments,
            &[],
        );
        self.secrets.extend(found.values);
        let mut added = 0;
        for root in parsed.documents.iter().flatten() {
            let value = root.to_json();
            self.add_previous(label, value, locale)
                .map_err(|e| e.at(text, root.span.start as usize))?;
            added += 1;
        }
        if added == 0 {
            return Err(ContextError::new(locale, "context.previous.empty", &[]));
        }
        Ok(added)
    }

    /// Adds one spec, as data, as the previous state of the compute it names.
    ///
    /// # Errors
    /// When it is not a mapping with a string `name` and a `type` amlint knows.
    pub fn add_previous(
        &mut self,
        label: &str,
        value: serde_json::Value,
        locale: Locale,
    ) -> Result<(), ContextError> {
        let (name, type_name) = identity(&value, locale, "context.previous")?;
        let kind = Kind::from_type(&type_name).ok_or_else(|| {
            ContextError::new(
                locale,
                "context.previous.unknown_type",
                &[("type", &type_name)],
            )
        })?;
        self.remember_secrets(&value, Some(kind));
        self.previous.push(Deployed {
            name,
            type_name,
            kind: Some(kind),
            source: Source::Previous(label.to_owned()),
            value,
        });
        Ok(())
    }

    /// Reads the output of `az ml compute list -o json`: the computes of one workspace.
    ///
    /// # Errors
    /// When the text is not JSON, not a list, or an item has no string `name` and `type`.
    pub fn set_existing_text(&mut self, text: &str, locale: Locale) -> Result<usize, ContextError> {
        let value = json(text, locale)?;
        self.set_existing(value, locale)
    }

    /// [`Context::set_existing_text`] on data already read.
    ///
    /// # Errors
    /// As [`Context::set_existing_text`].
    pub fn set_existing(
        &mut self,
        value: serde_json::Value,
        locale: Locale,
    ) -> Result<usize, ContextError> {
        let serde_json::Value::Array(items) = value else {
            return Err(ContextError::new(locale, "context.existing.not_list", &[]));
        };
        let mut existing = Vec::with_capacity(items.len());
        for (index, item) in items.into_iter().enumerate() {
            let (name, type_name) = identity(&item, locale, "context.existing")
                .map_err(|e| e.in_item(index, locale))?;
            self.remember_secrets(&item, Kind::from_type(&type_name));
            existing.push(Deployed {
                kind: Kind::from_type(&type_name),
                name,
                type_name,
                source: Source::Existing,
                value: item,
            });
        }
        let count = existing.len();
        self.existing = existing;
        Ok(count)
    }

    /// Reads the output of `az ml compute list-sizes --location REGION -o json`.
    ///
    /// # Errors
    /// When the text is not JSON, not a non-empty list of sizes, or a size lacks its name or
    /// vCPU count, or holds a value of the wrong type.
    pub fn set_sizes_text(&mut self, text: &str, locale: Locale) -> Result<usize, ContextError> {
        let value = json(text, locale)?;
        self.set_sizes(value, locale)
    }

    /// [`Context::set_sizes_text`] on data already read.
    ///
    /// # Errors
    /// As [`Context::set_sizes_text`].
    pub fn set_sizes(
        &mut self,
        value: serde_json::Value,
        locale: Locale,
    ) -> Result<usize, ContextError> {
        let sizes = Sizes::read(value, locale)?;
        let count = sizes.len();
        self.sizes = Some(sizes);
        Ok(count)
    }

    /// Adds a context file of the given kind: `label` names it in findings.
    ///
    /// # Errors
    /// As the function for that kind of file.
    pub fn add(
        &mut self,
        file: ContextFile,
        label: &str,
        text: &str,
        locale: Locale,
    ) -> Result<usize, ContextError> {
        match file {
            ContextFile::Previous => self.add_previous_text(label, text, locale),
            ContextFile::Existing => self.set_existing_text(text, locale),
            ContextFile::Sizes => self.set_sizes_text(text, locale),
            ContextFile::Policy => self.add_policy_text(label, text, locale),
        }
    }

    /// The secret values of the specs and computes read, which no finding may show.
    #[must_use]
    pub fn secrets(&self) -> &[String] {
        &self.secrets
    }

    /// Keeps the secrets of a spec or compute given as data.
    fn remember_secrets(&mut self, value: &serde_json::Value, kind: Option<Kind>) {
        let found = crate::secrets::of_tree(&yaml::Node::from_json(value), kind, &[]);
        self.secrets.extend(found.values);
        self.secrets.sort_unstable();
        self.secrets.dedup();
    }

    /// The region's sizes, when given.
    #[must_use]
    pub fn sizes(&self) -> Option<&Sizes> {
        self.sizes.as_ref()
    }

    /// The earlier state of the compute named `name`: the previous spec of that name (or, for
    /// `amlint diff`, the one previous spec), else the workspace's compute of that name.
    pub(crate) fn before(&self, name: Option<&str>) -> Option<&Deployed> {
        if self.paired {
            return self.previous.first();
        }
        let name = name?;
        self.previous
            .iter()
            .find(|d| eq_ignoring_case(&d.name, name))
            .or_else(|| self.existing(name))
    }

    /// The workspace's compute named `name` (compute names are compared ignoring case, as
    /// Azure resource names are).
    pub(crate) fn existing(&self, name: &str) -> Option<&Deployed> {
        self.existing
            .iter()
            .find(|d| eq_ignoring_case(&d.name, name))
    }
}

/// JSON text as data, read by amlint's own reader (JSON is YAML in flow style; the browser module
/// then carries no second parser). The error names line and column.
fn json(text: &str, locale: Locale) -> Result<serde_json::Value, ContextError> {
    let strings = yaml::Strings::new();
    let parsed = yaml::parse(text, &strings, Limits::default());
    if let Some(issue) = parsed.issues.iter().find(|i| i.kind.is_fatal()) {
        let error = match &issue.kind {
            yaml::IssueKind::Syntax(detail) => {
                ContextError::new(locale, "context.not_json", &[("detail", detail)])
            }
            _ => ContextError::new(locale, "context.unreadable", &[]),
        };
        return Err(error.at(text, issue.span.start as usize));
    }
    match parsed.documents.first() {
        Some(Some(root)) => Ok(root.to_json()),
        _ => Err(ContextError::new(locale, "context.unreadable", &[])),
    }
}

/// A compute's `name` and `type`, both strings.
fn identity(
    value: &serde_json::Value,
    locale: Locale,
    what: &str,
) -> Result<(String, String), ContextError> {
    let object = value
        .as_object()
        .ok_or_else(|| ContextError::new(locale, &format!("{what}.not_mapping"), &[]))?;
    let text = |key: &'static str| match object.get(key) {
        Some(serde_json::Value::String(text)) => Ok(text.clone()),
        Some(_) => Err(ContextError::new(
            locale,
            "context.not_string",
            &[("key", key)],
        )),
        None => Err(ContextError::new(
            locale,
            "context.missing",
            &[("key", key)],
        )),
    };
    Ok((text("name")?, text("type")?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn previous_specs_are_read_strictly() {
        let mut context = Context::new();
        let added = context
            .add_previous_text("old.yml", "name: gpu\ntype: amlcompute\n", Locale::En)
            .unwrap();
        assert_eq!(added, 1);
        assert_eq!(
            context.before(Some("GPU")).map(|d| d.kind),
            Some(Some(Kind::AmlCompute))
        );
        for (text, expected) in [
            ("name: [unclosed\n", "context.previous.unreadable"),
            ("", "context.previous.empty"),
            ("- a\n", "context.previous.not_mapping"),
            ("type: amlcompute\n", "context.missing"),
            ("name: x\ntype: teapot\n", "context.previous.unknown_type"),
        ] {
            let error = Context::new()
                .add_previous_text("old.yml", text, Locale::En)
                .unwrap_err();
            let expected = phrase(Locale::En, expected, &[("key", "name"), ("type", "teapot")]);
            assert_eq!(error.message, expected, "{text:?}");
        }
    }

    #[test]
    fn the_workspace_list_is_read_strictly() {
        let mut context = Context::new();
        let text = r#"[{"name": "cpu", "type": "amlcompute", "size": "STANDARD_DS3_V2"},
                       {"name": "aks1", "type": "*** Unsupported Compute Type ***"}]"#;
        assert_eq!(context.set_existing_text(text, Locale::En), Ok(2));
        assert_eq!(context.existing("AKS1").map(|d| d.kind), Some(None));
        assert_eq!(
            context.before(Some("cpu")).map(|d| &d.source),
            Some(&Source::Existing)
        );
        let error = Context::new()
            .set_existing_text(r#"{"name": "cpu"}"#, Locale::En)
            .unwrap_err();
        assert_eq!(
            error.message,
            phrase(Locale::En, "context.existing.not_list", &[])
        );
        let error = Context::new()
            .set_existing_text(r#"[{"name": "cpu", "type": 3}]"#, Locale::En)
            .unwrap_err();
        assert!(error.message.contains("type"), "{error}");
        let error = Context::new()
            .set_existing_text("[{\"name\": ", Locale::En)
            .unwrap_err();
        assert_eq!(error.line, 1);
    }
}
