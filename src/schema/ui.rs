//! The UI schemas a form library draws a kind's form with (issue #31), from the field tables: the
//! sections and widgets each field declares (`model::Section`, `model::Widget`), titles and help
//! in the form's language (the schema texts), and in an edit form the fields fixed at creation
//! read-only with the reason. Two shapes of the same layout: react-jsonschema-form's `uiSchema`
//! and a JSON Forms UI schema.

use serde_json::{Map, Value, json};

use super::{Mode, kind_description, kind_title};
use crate::kind::Kind;
use crate::messages::{self, Locale};
use crate::model::layout::{self, Section, Widget};
use crate::model::{Field, Mutability, Ty};

/// What a UI schema is made for: the form's language and whether it creates or edits a compute.
#[derive(Debug, Clone, Copy, Default)]
pub struct UiOptions {
    /// The language of titles, help and section names.
    pub locale: Locale,
    /// An edit form locks what cannot change once the compute exists.
    pub mode: Mode,
}

/// A field's title or description in `locale` (the schema texts), English where none is given.
fn text(locale: Locale, english: &'static str) -> &'static str {
    messages::schema_text(locale, english).unwrap_or(english)
}

/// A catalog text (`ui.*`) in `locale`.
fn catalog(locale: Locale, id: &str) -> String {
    messages::template(locale, id).unwrap_or(id).to_owned()
}

/// The size picker's words in `locale`, by what they label.
fn size_labels(locale: Locale) -> Map<String, Value> {
    [
        ("processor", "ui.sizes.processor"),
        ("all", "ui.sizes.all"),
        ("pick", "ui.sizes.pick"),
        ("count", "ui.sizes.count"),
        ("countPolicy", "ui.sizes.count_policy"),
        ("denied", "ui.sizes.denied"),
        ("yes", "ui.sizes.yes"),
        ("no", "ui.sizes.no"),
        ("cpu", "vm.cpu"),
        ("gpu", "vm.gpu"),
        ("search", "ui.sizes.search"),
        ("name", "ui.sizes.name"),
        ("family", "ui.sizes.family"),
        ("vcpus", "ui.sizes.vcpus"),
        ("memory", "ui.sizes.memory"),
        ("gpus", "ui.sizes.gpus"),
        ("lowPriority", "ui.sizes.low_priority"),
    ]
    .into_iter()
    .map(|(key, id)| (key.to_owned(), json!(catalog(locale, id))))
    .collect()
}

/// Whether an edit form must keep the field as it is.
fn locked(field: &Field, options: UiOptions) -> bool {
    options.mode == Mode::Update && field.mutability == Some(Mutability::CreateOnly)
}

/// The kind's top-level fields by section, in the order a form shows them, hidden ones left out.
fn sections(kind: Kind) -> Vec<(Section, Vec<&'static Field>)> {
    Section::ALL
        .iter()
        .map(|section| {
            let fields = kind
                .fields()
                .iter()
                .filter(|f| {
                    layout::section(f) == *section
                        && layout::widget(f, true) != Some(Widget::Hidden)
                })
                .collect();
            (*section, fields)
        })
        .filter(|(_, fields): &(Section, Vec<&Field>)| !fields.is_empty())
        .collect()
}

/// react-jsonschema-form's `uiSchema` for a kind's form: `ui:order` by section, the form's and
/// each field's `ui:title` and `ui:description` in `locale`, `ui:widget` (`password`, `textarea`,
/// `duration` with its unit in `ui:options`, `checkbox`, `sizePicker` with the kind; `hidden` with
/// the `hidden` field, which draws nothing, for what Azure sets), in an edit form `ui:readonly`
/// and the reason in `ui:help` for fields fixed at creation, and the sections at the root in
/// `ui:options.sections` (what `amlint/rjsf`'s object template draws).
#[must_use]
pub fn rjsf(kind: Kind, options: UiOptions) -> Value {
    let mut root = rjsf_fields(kind.fields(), options, true);
    // The size picker lists the sizes this kind accepts.
    for field in kind.fields() {
        if layout::widget(field, true) == Some(Widget::SizePicker)
            && let Some(Value::Object(ui)) = root.get_mut(field.name)
        {
            ui.insert(
                "ui:options".into(),
                json!({ "kind": kind.type_name(), "labels": size_labels(options.locale) }),
            );
        }
    }
    let layout = sections(kind);
    let mut order: Vec<Value> = layout
        .iter()
        .flat_map(|(_, fields)| fields.iter().map(|f| json!(f.name)))
        .collect();
    // Hidden fields (and any a later table adds) after the rest: RJSF asks that the order name
    // every property or end with `*`.
    order.push(json!("*"));
    let sections: Vec<Value> = layout
        .iter()
        .map(|(section, fields)| {
            json!({
                "id": section.id(),
                "title": catalog(options.locale, &format!("ui.section.{}", section.id())),
                "advanced": section.advanced(),
                "fields": fields.iter().map(|f| f.name).collect::<Vec<_>>(),
            })
        })
        .collect();
    // The form's title in its language: the schema a form renders may stay English (RJSF resets
    // its errors when the schema changes, as it would on a language switch).
    let title = kind_title(kind);
    let title = messages::schema_text(options.locale, &title).map_or(title, str::to_owned);
    root.insert("ui:title".into(), json!(title));
    let description = kind_description(kind);
    let description =
        messages::schema_text(options.locale, &description).map_or(description, str::to_owned);
    root.insert("ui:description".into(), json!(description));
    root.insert("ui:order".into(), Value::Array(order));
    root.insert("ui:options".into(), json!({ "sections": sections }));
    Value::Object(root)
}

fn rjsf_fields(fields: &'static [Field], options: UiOptions, top: bool) -> Map<String, Value> {
    let mut out = Map::new();
    for field in fields {
        out.insert(
            field.name.into(),
            Value::Object(rjsf_field(field, options, top)),
        );
    }
    out
}

fn rjsf_field(field: &'static Field, options: UiOptions, top: bool) -> Map<String, Value> {
    let mut ui = Map::new();
    let widget = layout::widget(field, top);
    if widget == Some(Widget::Hidden) {
        // `ui:widget: hidden` tells RJSF's field template to hide the field; the `hidden` field
        // (`amlint/rjsf`'s `fields`) draws nothing inside it, so no stylesheet is needed, and no
        // "Unsupported field schema" for a field typed only `readOnly`.
        ui.insert("ui:widget".into(), json!("hidden"));
        ui.insert("ui:field".into(), json!("hidden"));
        return ui;
    }
    if !field.title.is_empty() {
        ui.insert("ui:title".into(), json!(text(options.locale, field.title)));
    }
    if !field.description.is_empty() {
        // In place of the schema's description, which a form may keep in English.
        ui.insert(
            "ui:description".into(),
            json!(text(options.locale, field.description)),
        );
    }
    if top && locked(field, options) {
        ui.insert("ui:readonly".into(), json!(true));
        ui.insert(
            "ui:help".into(),
            json!(catalog(options.locale, "ui.create_only")),
        );
    }
    if let Some(widget) = widget {
        let (name, unit) = widget.name();
        ui.insert("ui:widget".into(), json!(name));
        if let Some(unit) = unit {
            ui.insert("ui:options".into(), json!({ "unit": unit }));
        }
        // A secret of several lines (a PEM key): still `password` (masked wherever the widget
        // is not amlint's), which amlint's widget draws as a masked text area.
        if widget == Widget::Password && layout::multiline(field, top) {
            ui.insert(
                "ui:options".into(),
                json!({ "multiline": true, "fileLabel": catalog(options.locale, "ui.secret.file") }),
            );
        }
    }
    match &field.ty {
        Ty::Object(inner) => {
            ui.extend(rjsf_fields(inner, options, false));
        }
        Ty::List(Ty::Object(inner)) => {
            ui.insert(
                "items".into(),
                Value::Object(rjsf_fields(inner, options, false)),
            );
        }
        _ => {}
    }
    ui
}

/// A JSON Forms UI schema for a kind's form, from the same layout: a `Categorization` with a
/// `Category` per section (the advanced ones marked `options.advanced`), a `Group` per nested
/// object with a control per field (so renderer sets without an object renderer, such as the
/// vanilla one, draw them), lists with their items' layout in `options.detail`, widgets in
/// `options` (`format: password`, `multi` for text areas, `widget`: `sizePicker`, `duration` and
/// its `unit`), and in an edit form a `DISABLE` rule on the fields fixed at creation (the reason
/// in `options.readonlyReason`). Fields Azure sets are left out.
#[must_use]
pub fn json_forms(kind: Kind, options: UiOptions) -> Value {
    let categories: Vec<Value> = sections(kind)
        .iter()
        .map(|(section, fields)| {
            let elements: Vec<Value> = fields
                .iter()
                .map(|f| {
                    let mut element = json_forms_element(f, "#", options, true);
                    if layout::widget(f, true) == Some(Widget::SizePicker)
                        && let Some(Value::Object(extra)) = element.get_mut("options")
                    {
                        extra.insert("kind".into(), json!(kind.type_name()));
                    }
                    element
                })
                .collect();
            json!({
                "type": "Category",
                "label": catalog(options.locale, &format!("ui.section.{}", section.id())),
                "options": { "section": section.id(), "advanced": section.advanced() },
                "elements": elements,
            })
        })
        .collect();
    json!({ "type": "Categorization", "elements": categories })
}

fn json_forms_elements(fields: &'static [Field], scope: &str, options: UiOptions) -> Vec<Value> {
    fields
        .iter()
        .filter(|f| layout::widget(f, false) != Some(Widget::Hidden))
        .map(|f| json_forms_element(f, scope, options, false))
        .collect()
}

fn json_forms_element(field: &'static Field, parent: &str, options: UiOptions, top: bool) -> Value {
    let scope = format!("{parent}/properties/{}", escape(field.name));
    let label = text(options.locale, field.title);
    let mut element = match &field.ty {
        Ty::Object(inner) => json!({
            "type": "Group",
            "label": label,
            "elements": json_forms_elements(inner, &scope, options),
        }),
        Ty::List(Ty::Object(inner)) => json!({
            "type": "Control",
            "scope": scope,
            "label": label,
            "options": { "detail": {
                "type": "VerticalLayout",
                "elements": json_forms_elements(inner, "#", options),
            } },
        }),
        _ => {
            let mut control = json!({ "type": "Control", "scope": scope, "label": label });
            let widget = match layout::widget(field, top) {
                Some(Widget::Password) if layout::multiline(field, top) => Some(json!({
                    "format": "password",
                    "multi": true,
                    "fileLabel": catalog(options.locale, "ui.secret.file"),
                })),
                Some(Widget::Password) => Some(json!({ "format": "password" })),
                Some(Widget::Textarea) => Some(json!({ "multi": true })),
                Some(widget @ (Widget::SizePicker | Widget::Duration(_))) => {
                    let (name, unit) = widget.name();
                    Some(match unit {
                        Some(unit) => json!({ "widget": name, "unit": unit }),
                        None => json!({ "widget": name }),
                    })
                }
                Some(Widget::Checkbox | Widget::Hidden) | None => None,
            };
            if let (Some(object), Some(widget)) = (control.as_object_mut(), widget) {
                object.insert("options".into(), widget);
            }
            control
        }
    };
    if let Some(object) = element.as_object_mut() {
        if let Some(rule) = shown_when(field, parent) {
            object.insert("rule".into(), rule);
        }
        if top && locked(field, options) {
            // A condition every form data meets: the field is always disabled.
            object.insert(
                "rule".into(),
                json!({ "effect": "DISABLE", "condition": { "scope": "#", "schema": {} } }),
            );
            let reason = catalog(options.locale, "ui.create_only");
            let extra = object.entry("options").or_insert_with(|| json!({}));
            if let Value::Object(extra) = extra {
                extra.insert("readonlyReason".into(), json!(reason));
            }
        }
    }
    element
}

/// A `SHOW` rule for a field that matters only when a sibling holds one of some values.
fn shown_when(field: &Field, parent: &str) -> Option<Value> {
    let layout::ShownWhen { sibling, values } = layout::shown_when(field)?;
    Some(json!({
        "effect": "SHOW",
        "condition": {
            "scope": format!("{parent}/properties/{}", escape(sibling)),
            "schema": { "enum": values },
        },
    }))
}

/// A property name as a JSON Pointer token (RFC 6901).
fn escape(name: &str) -> String {
    name.replace('~', "~0").replace('/', "~1")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn update() -> UiOptions {
        UiOptions {
            mode: Mode::Update,
            ..UiOptions::default()
        }
    }

    #[test]
    fn a_cluster_form_orders_fields_by_section_and_draws_them_by_meaning() {
        let ui = rjsf(Kind::AmlCompute, UiOptions::default());
        let order: Vec<&str> = ui["ui:order"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        let at = |name: &str| order.iter().position(|n| *n == name).unwrap_or(usize::MAX);
        assert!(at("name") < at("size") && at("size") < at("min_instances"));
        assert!(at("min_instances") < at("ssh_settings") && at("ssh_settings") < at("identity"));
        assert_eq!(order.last(), Some(&"*"));
        assert!(!order.contains(&"id") && !order.contains(&"type"));
        assert_eq!(ui["size"]["ui:widget"], "sizePicker");
        assert_eq!(ui["size"]["ui:options"]["kind"], "amlcompute");
        assert_eq!(
            ui["ssh_settings"]["admin_password"]["ui:widget"],
            "password"
        );
        assert_eq!(ui["ssh_settings"]["ssh_key_value"]["ui:widget"], "textarea");
        assert_eq!(ui["idle_time_before_scale_down"]["ui:widget"], "duration");
        assert_eq!(
            ui["idle_time_before_scale_down"]["ui:options"]["unit"],
            "seconds"
        );
        assert_eq!(ui["enable_node_public_ip"]["ui:widget"], "checkbox");
        for hidden in [
            &ui["id"],
            &ui["provisioning_state"],
            &ui["network_settings"]["private_ip_address"],
        ] {
            assert_eq!(hidden["ui:widget"], "hidden");
            assert_eq!(hidden["ui:field"], "hidden");
        }
        assert_eq!(ui["min_instances"]["ui:title"], "Minimum nodes");
        assert!(ui["location"].get("ui:readonly").is_none());
        assert_eq!(ui["ui:title"], "Compute cluster (amlcompute)");
        assert_eq!(
            ui["max_instances"]["ui:description"],
            "The cluster scales up to this many nodes. At least 1 and not below min_instances."
        );
        let sections = ui["ui:options"]["sections"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        let ids: Vec<&str> = sections.iter().filter_map(|s| s["id"].as_str()).collect();
        assert_eq!(
            ids,
            [
                "basics", "size", "scale", "access", "network", "identity", "advanced"
            ]
        );
        assert_eq!(sections[0]["advanced"], false);
        assert_eq!(sections[3]["advanced"], true);
    }

    #[test]
    fn a_private_key_is_masked_and_keeps_its_line_breaks_a_password_is_one_line() {
        let ui = rjsf(Kind::Aks, UiOptions::default());
        assert_eq!(ui["ssl"]["key"]["ui:widget"], "password");
        assert_eq!(ui["ssl"]["key"]["ui:options"]["multiline"], true);
        assert_eq!(
            ui["ssl"]["key"]["ui:options"]["fileLabel"],
            "Read from a file"
        );
        assert_eq!(ui["ssl"]["cert"]["ui:widget"], "textarea");
        let cluster = rjsf(Kind::AmlCompute, UiOptions::default());
        let password = &cluster["ssh_settings"]["admin_password"];
        assert_eq!(password["ui:widget"], "password");
        assert!(password.get("ui:options").is_none());
        let text = json_forms(Kind::Aks, UiOptions::default()).to_string();
        assert!(
            text.contains(r#""format":"password","multi":true"#),
            "{text}"
        );
    }

    #[test]
    fn every_drawn_field_of_every_kind_is_in_one_section_and_in_the_order() {
        for kind in Kind::ALL {
            let ui = rjsf(*kind, UiOptions::default());
            let order = ui["ui:order"].as_array().cloned().unwrap_or_default();
            let in_sections: Vec<Value> = ui["ui:options"]["sections"]
                .as_array()
                .into_iter()
                .flatten()
                .flat_map(|s| s["fields"].as_array().cloned().unwrap_or_default())
                .collect();
            for field in kind.fields() {
                let listed = order.iter().filter(|n| *n == field.name).count();
                let grouped = in_sections.iter().filter(|n| *n == field.name).count();
                let drawn = usize::from(layout::widget(field, true) != Some(Widget::Hidden));
                assert_eq!((listed, grouped), (drawn, drawn), "{kind:?} {}", field.name);
            }
        }
    }

    #[test]
    fn an_edit_form_locks_what_update_cannot_change_and_says_why() {
        let ui = rjsf(Kind::AmlCompute, update());
        let reason = catalog(Locale::En, "ui.create_only");
        for locked in [
            "name",
            "location",
            "network_settings",
            "enable_node_public_ip",
        ] {
            assert_eq!(ui[locked]["ui:readonly"], true, "{locked}");
            assert_eq!(ui[locked]["ui:help"], json!(reason), "{locked}");
        }
        for open in ["min_instances", "max_instances", "identity", "tags"] {
            assert!(ui[open].get("ui:readonly").is_none(), "{open}");
            assert!(ui[open].get("ui:help").is_none(), "{open}");
        }
        let forms = json_forms(Kind::AmlCompute, update());
        let text = forms.to_string();
        assert!(text.contains("\"effect\":\"DISABLE\""));
        assert!(
            !json_forms(Kind::AmlCompute, UiOptions::default())
                .to_string()
                .contains("DISABLE")
        );
    }

    #[test]
    fn json_forms_draws_nested_sections_as_groups_of_controls_and_leaves_out_what_azure_sets() {
        let ui = json_forms(Kind::AmlCompute, UiOptions::default());
        let text = ui.to_string();
        assert_eq!(ui["type"], "Categorization");
        for scope in [
            "#/properties/ssh_settings/properties/admin_password",
            "#/properties/network_settings/properties/subnet",
            "#/properties/identity/properties/type",
            "#/properties/size",
        ] {
            assert!(text.contains(&format!("\"{scope}\"")), "{scope}");
        }
        for hidden in [
            "private_ip_address",
            "provisioning_state",
            "#/properties/id\"",
        ] {
            assert!(!text.contains(hidden), "{hidden}");
        }
        assert!(text.contains("\"format\":\"password\""));
        assert!(text.contains("\"widget\":\"sizePicker\""));
        assert!(text.contains("\"multi\":true"));
        // User-assigned identities show only for an identity type that has them.
        assert!(text.contains("\"effect\":\"SHOW\""));
    }

    #[cfg(feature = "nl")]
    #[test]
    fn titles_help_and_sections_are_in_the_forms_language() {
        let options = UiOptions {
            locale: Locale::Nl,
            mode: Mode::Update,
        };
        let ui = rjsf(Kind::AmlCompute, options);
        assert_eq!(ui["ui:options"]["sections"][1]["title"], "VM-grootte");
        assert_eq!(
            ui["size"]["ui:options"]["labels"]["lowPriority"],
            "Lage prioriteit"
        );
        assert_ne!(ui["min_instances"]["ui:title"], "Minimum nodes");
        assert!(
            ui["name"]["ui:help"]
                .as_str()
                .unwrap_or_default()
                .starts_with("Vastgelegd")
        );
        assert_ne!(ui["ui:title"], "Compute cluster (amlcompute)");
        assert!(
            !ui["ui:description"]
                .as_str()
                .unwrap_or_default()
                .starts_with("An Azure")
        );
        let forms = json_forms(Kind::AmlCompute, options).to_string();
        assert!(forms.contains("Beheerde identiteit"));
    }
}
