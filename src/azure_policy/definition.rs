//! Policy definitions and policy sets read from the JSON Azure publishes, and their parameters
//! resolved for one assignment.
//!
//! Accepted shapes: a definition resource (`{"name", "type": "Microsoft.Authorization/
//! policyDefinitions", "properties": {...}}`, as in Azure/azure-policy and the Azure Landing Zones
//! library), its `properties` alone, a bare `policyRule` (`{"if", "then"}`), and a policy set
//! (`properties.policyDefinitions`), whose members name definitions read beside it.

use serde_json::{Map, Value as Json};

use super::expression::{self, Scope, Value, lookup};
use super::{Failure, Reason};

/// A policy definition.
#[derive(Debug, Clone, PartialEq)]
pub struct Definition {
    /// Its name (a GUID for built-ins, `Deny-...` in the Landing Zones library), or the file's.
    pub name: String,
    /// What Azure shows (`displayName`), else the name.
    pub display_name: String,
    /// Its parameters, in declaration order.
    pub parameters: Vec<Parameter>,
    /// The `if` block.
    pub rule_if: Json,
    /// The `then.effect`, a template (often `[parameters('effect')]`).
    pub effect: Json,
    /// `then.details` (Modify's operations).
    pub details: Json,
}

/// A declared parameter.
#[derive(Debug, Clone, PartialEq)]
pub struct Parameter {
    /// Its name.
    pub name: String,
    /// Its `type` (`String`, `Array`, `Integer`, `Boolean`, `Object`, `Float`, `DateTime`).
    pub kind: String,
    /// Its `defaultValue`.
    pub default: Option<Json>,
    /// Its `allowedValues`.
    pub allowed: Option<Vec<Json>>,
}

/// A policy's effect, read without regard to case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    /// Refuses the request: an error.
    Deny,
    /// Logs the request as non-compliant: a warning.
    Audit,
    /// Changes the request (`details.operations`).
    Modify,
    /// Adds fields to the request.
    Append,
    /// Another effect that acts after deployment (`AuditIfNotExists`, `DeployIfNotExists`,
    /// `DenyAction`, `Manual`): amlint does not judge it before deployment.
    AfterDeployment,
    /// Switched off.
    Disabled,
}

impl Effect {
    fn parse(text: &str) -> Option<Effect> {
        Some(match text.to_ascii_lowercase().as_str() {
            "deny" => Effect::Deny,
            "audit" => Effect::Audit,
            "modify" => Effect::Modify,
            "append" => Effect::Append,
            "auditifnotexists" | "deployifnotexists" | "denyaction" | "manual" => {
                Effect::AfterDeployment
            }
            "disabled" => Effect::Disabled,
            _ => return None,
        })
    }
}

/// What is wrong with a definition or its assignment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DefinitionError {
    /// Not JSON, or not a shape above.
    NotADefinition,
    /// A parameter with neither a value nor a default.
    MissingParameter(String),
    /// A value outside the parameter's `allowedValues`, or of another type.
    InvalidParameter(String),
    /// A value given for a parameter no definition declares.
    UnknownParameter(String),
    /// A policy set names a definition not given.
    MissingDefinition(String),
    /// The effect is no effect Azure knows.
    InvalidEffect(String),
}

impl Definition {
    /// The definitions a JSON text holds: one, or a policy set's members resolved against
    /// `library` (definitions read before, matched by name or by the last segment of their ID).
    pub fn read(
        text: &str,
        fallback_name: &str,
        library: &[&Definition],
    ) -> Result<Vec<Definition>, DefinitionError> {
        let json: Json = serde_json::from_str(text).map_err(|_| DefinitionError::NotADefinition)?;
        let Json::Object(root) = &json else {
            return Err(DefinitionError::NotADefinition);
        };
        let name = root
            .get("name")
            .and_then(Json::as_str)
            .unwrap_or(fallback_name)
            .to_owned();
        let properties = match root.get("properties") {
            Some(Json::Object(p)) => p,
            _ => root,
        };
        if let Some(members) = properties.get("policyDefinitions") {
            return set_members(members, library);
        }
        let (rule, parameters) = match properties.get("policyRule") {
            Some(Json::Object(rule)) => (rule, properties.get("parameters")),
            _ if root.contains_key("if") => (root, None),
            _ => return Err(DefinitionError::NotADefinition),
        };
        let (Some(rule_if), Some(Json::Object(then))) = (rule.get("if"), rule.get("then")) else {
            return Err(DefinitionError::NotADefinition);
        };
        Ok(vec![Definition {
            display_name: properties
                .get("displayName")
                .and_then(Json::as_str)
                .unwrap_or(&name)
                .to_owned(),
            name,
            parameters: read_parameters(parameters)?,
            rule_if: rule_if.clone(),
            effect: then
                .get("effect")
                .cloned()
                .ok_or(DefinitionError::NotADefinition)?,
            details: then.get("details").cloned().unwrap_or(Json::Null),
        }])
    }

    /// The parameter values of an assignment: `given` (by name, without regard to case) over the
    /// defaults, each checked against its type and `allowedValues`; then the effect.
    pub fn resolve(&self, given: &Map<String, Json>) -> Result<Resolved, DefinitionError> {
        let mut values = Map::new();
        for parameter in &self.parameters {
            let value = lookup(given, &parameter.name)
                .or(parameter.default.as_ref())
                .ok_or_else(|| DefinitionError::MissingParameter(parameter.name.clone()))?;
            if !parameter.admits(value) {
                return Err(DefinitionError::InvalidParameter(parameter.name.clone()));
            }
            values.insert(parameter.name.clone(), value.clone());
        }
        let effect = match expression::evaluate_json(&self.effect, &Parameters(&values)) {
            Ok(Value::Known(Json::String(effect))) => Effect::parse(&effect),
            _ => None,
        }
        .ok_or_else(|| DefinitionError::InvalidEffect(effect_text(&self.effect)))?;
        Ok(Resolved { values, effect })
    }

    /// Whether this definition declares a parameter of that name.
    #[must_use]
    pub fn declares(&self, name: &str) -> bool {
        self.parameters
            .iter()
            .any(|p| p.name.eq_ignore_ascii_case(name))
    }
}

/// An assignment's parameter values and the effect they give.
#[derive(Debug, Clone, PartialEq)]
pub struct Resolved {
    /// Every parameter's value.
    pub values: Map<String, Json>,
    /// The effect.
    pub effect: Effect,
}

impl Parameter {
    fn admits(&self, value: &Json) -> bool {
        let typed = match self.kind.to_ascii_lowercase().as_str() {
            "string" | "datetime" => value.is_string(),
            "array" => value.is_array(),
            "integer" => value.is_i64() || value.is_u64(),
            "float" => value.is_number(),
            "boolean" => value.is_boolean(),
            "object" => value.is_object(),
            _ => true,
        };
        typed
            && self.allowed.as_ref().is_none_or(|allowed| {
                allowed.iter().any(|a| match (a, value) {
                    (Json::String(x), Json::String(y)) => x.eq_ignore_ascii_case(y),
                    _ => a == value,
                })
            })
    }
}

fn effect_text(effect: &Json) -> String {
    effect
        .as_str()
        .map_or_else(|| effect.to_string(), str::to_owned)
}

fn read_parameters(parameters: Option<&Json>) -> Result<Vec<Parameter>, DefinitionError> {
    let Some(parameters) = parameters else {
        return Ok(Vec::new());
    };
    let Json::Object(parameters) = parameters else {
        return Err(DefinitionError::NotADefinition);
    };
    parameters
        .iter()
        .map(|(name, declared)| {
            let Json::Object(declared) = declared else {
                return Err(DefinitionError::NotADefinition);
            };
            Ok(Parameter {
                name: name.clone(),
                kind: declared
                    .get("type")
                    .and_then(Json::as_str)
                    .unwrap_or("String")
                    .to_owned(),
                default: declared.get("defaultValue").cloned(),
                allowed: declared
                    .get("allowedValues")
                    .and_then(Json::as_array)
                    .cloned(),
            })
        })
        .collect()
}

/// A policy set's members, each a definition from `library` with the parameter values the set
/// passes it turned into its defaults (a set's own parameters stay for the assignment to give).
fn set_members(
    members: &Json,
    library: &[&Definition],
) -> Result<Vec<Definition>, DefinitionError> {
    let Json::Array(members) = members else {
        return Err(DefinitionError::NotADefinition);
    };
    let mut out = Vec::new();
    for member in members {
        let id = member
            .get("policyDefinitionId")
            .and_then(Json::as_str)
            .ok_or(DefinitionError::NotADefinition)?;
        let name = id.rsplit('/').next().unwrap_or(id);
        let mut definition = library
            .iter()
            .find(|d| d.name.eq_ignore_ascii_case(name))
            .map(|d| (*d).clone())
            .ok_or_else(|| DefinitionError::MissingDefinition(name.to_owned()))?;
        if let Some(Json::Object(passed)) = member.get("parameters") {
            for (parameter, value) in passed {
                let Some(declared) = definition
                    .parameters
                    .iter_mut()
                    .find(|p| p.name.eq_ignore_ascii_case(parameter))
                else {
                    return Err(DefinitionError::UnknownParameter(parameter.clone()));
                };
                // A value that names the set's own parameter stays a template for the assignment;
                // a literal becomes the member's default.
                if let Some(literal) = value.get("value").filter(|v| !is_template(v)) {
                    declared.default = Some(literal.clone());
                }
            }
        }
        out.push(definition);
    }
    Ok(out)
}

fn is_template(json: &Json) -> bool {
    json.as_str()
        .is_some_and(|s| s.starts_with('[') && !s.starts_with("[["))
}

struct Parameters<'a>(&'a Map<String, Json>);

impl Scope for Parameters<'_> {
    fn parameter(&self, name: &str) -> Option<Value> {
        lookup(self.0, name).cloned().map(Value::Known)
    }
    fn field(&self, name: &str) -> Result<Value, Failure> {
        Err(Failure::new(Reason::WrongType, name))
    }
    fn current(&self, _: Option<&str>) -> Option<Value> {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const SCALE: &str = r#"{"name": "Deny-Scale", "properties": {"displayName": "Scale",
        "parameters": {"effect": {"type": "String", "defaultValue": "Deny",
            "allowedValues": ["Audit", "Disabled", "Deny"]},
            "maxNodeCount": {"type": "Integer", "defaultValue": 10}},
        "policyRule": {"if": {"field": "type", "equals": "x"},
            "then": {"effect": "[parameters('effect')]"}}}}"#;

    #[test]
    fn a_definition_resolves_its_parameters_and_effect() {
        let definitions = Definition::read(SCALE, "file", &[]).unwrap_or_default();
        let [definition] = definitions.as_slice() else {
            panic!("one definition");
        };
        assert_eq!(definition.display_name, "Scale");
        let resolved = definition.resolve(&Map::new());
        assert_eq!(resolved.as_ref().map(|r| r.effect), Ok(Effect::Deny));
        let mut given = Map::new();
        given.insert("EFFECT".into(), json!("audit"));
        given.insert("maxNodeCount".into(), json!(4));
        let resolved = definition.resolve(&given);
        assert_eq!(resolved.as_ref().map(|r| r.effect), Ok(Effect::Audit));
        given.insert("effect".into(), json!("Modify"));
        assert!(definition.resolve(&given).is_err(), "Modify is not allowed");
        given.insert("effect".into(), json!("Deny"));
        given.insert("maxNodeCount".into(), json!("ten"));
        assert_eq!(
            definition.resolve(&given),
            Err(DefinitionError::InvalidParameter("maxNodeCount".into()))
        );
    }

    #[test]
    fn a_set_passes_values_to_its_members() {
        let library = Definition::read(SCALE, "file", &[]).unwrap_or_default();
        let set = r#"{"properties": {"policyDefinitions": [{"policyDefinitionId":
            "/providers/Microsoft.Management/managementGroups/x/providers/Microsoft.Authorization/policyDefinitions/Deny-Scale",
            "parameters": {"maxNodeCount": {"value": 2}, "effect": {"value": "[parameters('effect')]"}}}]}}"#;
        let library: Vec<&Definition> = library.iter().collect();
        let members = Definition::read(set, "set", &library).unwrap_or_default();
        assert_eq!(members.len(), 1);
        assert_eq!(members[0].parameters[1].default, Some(json!(2)));
        let missing =
            r#"{"properties": {"policyDefinitions": [{"policyDefinitionId": "/x/nothing"}]}}"#;
        assert_eq!(
            Definition::read(missing, "set", &library),
            Err(DefinitionError::MissingDefinition("nothing".into()))
        );
    }

    #[test]
    fn other_json_is_no_definition() {
        for text in [
            "",
            "[]",
            "{}",
            r#"{"properties": 1}"#,
            r#"{"if": {}}"#,
            "\u{0}",
        ] {
            assert!(Definition::read(text, "f", &[]).is_err(), "{text:?}");
        }
    }
}
