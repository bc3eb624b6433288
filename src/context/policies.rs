//! The Azure Policy definitions assigned where a compute is created: read from the JSON Azure
//! publishes (`azure_policy::Definition`), their parameters resolved for the assignment at once,
//! so a definition that cannot be evaluated is the run's error, not a silent pass.

use serde_json::{Map, Value as Json};

use super::{Context, ContextError};
use crate::Locale;
use crate::azure_policy::{Definition, DefinitionError, Resolved};

/// A definition as assigned: its parameter values and effect resolved.
#[derive(Debug, Clone, PartialEq)]
pub struct Assigned {
    /// The file it was read from (or the preset's name).
    pub label: String,
    /// The definition.
    pub definition: Definition,
    /// Its parameter values and effect.
    pub resolved: Resolved,
}

impl Context {
    /// The values the assignment gives the policies' parameters (`[policy.parameters]`), by name;
    /// set before the definitions are added.
    pub fn set_policy_parameters(&mut self, parameters: Map<String, Json>) {
        self.policy_parameters = parameters;
    }

    /// Adds the definitions of a JSON text: one definition, or a policy set whose members are
    /// definitions added before. Returns how many were added.
    ///
    /// # Errors
    /// When the text is no definition or set, a set names a definition not added, or a
    /// parameter has no value or one it does not allow.
    pub fn add_policy_text(
        &mut self,
        label: &str,
        text: &str,
        locale: Locale,
    ) -> Result<usize, ContextError> {
        // References, not copies: a run may name many definition files.
        let library: Vec<&Definition> = self.policies.iter().map(|a| &a.definition).collect();
        let fallback = label.rsplit(['/', '\\']).next().unwrap_or(label);
        let definitions = Definition::read(text, fallback, &library)
            .map_err(|e| policy_error(&e, fallback, locale))?;
        self.add_policy_definitions(label, definitions, locale)
    }

    /// Adds definitions already read (the simple settings of `[policy]`), resolved like the others.
    ///
    /// # Errors
    /// When a parameter has no value or one it does not allow.
    pub fn add_policy_definitions(
        &mut self,
        label: &str,
        definitions: Vec<Definition>,
        locale: Locale,
    ) -> Result<usize, ContextError> {
        let count = definitions.len();
        for definition in definitions {
            let resolved = definition
                .resolve(&self.policy_parameters)
                .map_err(|e| policy_error(&e, &definition.display_name, locale))?;
            self.policies.push(Assigned {
                label: label.to_owned(),
                definition,
                resolved,
            });
        }
        Ok(count)
    }

    /// The policies assigned, in the order added.
    #[must_use]
    pub fn policies(&self) -> &[Assigned] {
        &self.policies
    }

    /// Checks that every parameter value given names a parameter of a policy added: a misspelt
    /// name would otherwise leave the default in force unnoticed.
    ///
    /// # Errors
    /// Naming the first parameter no policy declares.
    pub fn check_policy_parameters(&self, locale: Locale) -> Result<(), ContextError> {
        match self
            .policy_parameters
            .keys()
            .find(|name| !self.policies.iter().any(|a| a.definition.declares(name)))
        {
            Some(name) => Err(policy_error(
                &DefinitionError::UnknownParameter(name.clone()),
                "",
                locale,
            )),
            None => Ok(()),
        }
    }
}

fn policy_error(error: &DefinitionError, policy: &str, locale: Locale) -> ContextError {
    let (id, detail) = match error {
        DefinitionError::NotADefinition => ("context.policy.not_definition", ""),
        DefinitionError::MissingParameter(p) => ("context.policy.missing_parameter", p.as_str()),
        DefinitionError::InvalidParameter(p) => ("context.policy.invalid_parameter", p.as_str()),
        DefinitionError::UnknownParameter(p) => ("context.policy.unknown_parameter", p.as_str()),
        DefinitionError::MissingDefinition(d) => ("context.policy.missing_definition", d.as_str()),
        DefinitionError::InvalidEffect(e) => ("context.policy.invalid_effect", e.as_str()),
    };
    ContextError::new(locale, id, &[("policy", policy), ("detail", detail)])
}

#[cfg(test)]
mod tests {
    use super::*;

    const VM_SIZE: &str = include_str!(
        "../azure_policy/vendored/alz/Deny-MachineLearning-Compute-VmSize.alz_policy_definition.json"
    );

    #[test]
    fn definitions_are_read_strictly() {
        let mut context = Context::new();
        assert_eq!(
            context.add_policy_text("a.json", VM_SIZE, Locale::En),
            Ok(1)
        );
        assert!(!context.is_empty());
        assert!(context.add_policy_text("b.json", "{}", Locale::En).is_err());
        let mut given = Map::new();
        given.insert("effect".into(), Json::from("Modify"));
        let mut strict = Context::new();
        strict.set_policy_parameters(given);
        let error = strict.add_policy_text("a.json", VM_SIZE, Locale::En);
        assert!(error.is_err_and(|e| e.message.contains("effect")));
        let mut unused = Map::new();
        unused.insert("allowedVMSizes".into(), Json::from(Vec::<Json>::new()));
        unused.insert("maxNodes".into(), Json::from(3));
        let mut typo = Context::new();
        typo.set_policy_parameters(unused);
        assert_eq!(typo.add_policy_text("a.json", VM_SIZE, Locale::En), Ok(1));
        let error = typo.check_policy_parameters(Locale::En);
        assert!(error.is_err_and(|e| e.message.contains("maxNodes")));
    }
}
