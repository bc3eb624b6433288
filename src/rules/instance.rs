//! Compute-instance extras: schedules, idle shutdown, custom applications, assigned users
//! (AML6xx).

use crate::messages::{Arg, Join};
use std::collections::HashMap;

use super::Scope;
use crate::fix::{Applicability, Change, Fix};
use crate::kind::Kind;
use crate::rule::{Enforcement, declare_rules, dutch};
use crate::yaml::{Node, Value, pointer_push};

const CI: &[Kind] = &[Kind::ComputeInstance];

declare_rules! {
    /// More than four start/stop schedules. "You can create a total of four schedules per compute
    /// instance."
    ///
    /// Sources: reference §2, §9.1 (DOC-ci).
    pub(crate) static TOO_MANY_SCHEDULES = {
        code: "AML601", name: "too-many-schedules", severity: crate::Severity::Error, kinds: CI,
        enforcement: Enforcement::Schema(&["maxItems"]),
        invalid: "name: ci-dev\ntype: computeinstance\nschedules:\n  compute_start_stop:\n    - {action: start, trigger: {type: cron, expression: \"0 8 * * 1\"}}\n    - {action: stop, trigger: {type: cron, expression: \"0 18 * * 1\"}}\n    - {action: start, trigger: {type: cron, expression: \"0 8 * * 2\"}}\n    - {action: stop, trigger: {type: cron, expression: \"0 18 * * 2\"}}\n    - {action: stop, trigger: {type: cron, expression: \"0 22 * * *\"}}\n",
        valid: "name: ci-dev\ntype: computeinstance\nschedules:\n  compute_start_stop:\n    - {action: start, trigger: {type: cron, expression: \"0 8 * * 1-5\"}}\n    - {action: stop, trigger: {type: cron, expression: \"0 18 * * 1-5\"}}\n",
        message: "{count} start/stop schedules; a compute instance allows at most 4",
        dutch: dutch! {
            docs: "Meer dan vier start-/stopplanningen. \"You can create a total of four schedules per compute instance.\"\n\n\
                  Bronnen: naslag §2, §9.1 (artikel over reken-exemplaren).",
            message: "{count} start-/stopplanningen; een reken-exemplaar staat er ten hoogste 4 toe",
        },
    }

    /// A cron expression Azure cannot run. Schedules take five fields — minute (0–59), hour
    /// (0–23), day of month (1–31), month (1–12 or JAN–DEC), day of week (0–6 or SUN–SAT,
    /// Sunday is 0) — each `*`, a value, a range `a-b`, a list `a,b`, or a step `*/n`.
    ///
    /// Sources: reference §9.1 (REST "NCronTab format", DOC-ci five-field cron).
    pub(crate) static CRON_EXPRESSION_INVALID = {
        code: "AML602", name: "cron-expression-invalid", severity: crate::Severity::Error, kinds: CI,
        enforcement: Enforcement::Semantic,
        invalid: "name: ci-dev\ntype: computeinstance\nschedules:\n  compute_start_stop:\n    - action: stop\n      trigger:\n        type: cron\n        expression: \"0 25 * * *\"\n",
        valid: "name: ci-dev\ntype: computeinstance\nschedules:\n  compute_start_stop:\n    - action: stop\n      trigger:\n        type: cron\n        expression: \"0 23 * * *\"\n",
        message: "cron expression `{expression}`: {problem}",
        dutch: dutch! {
            docs: "Een cron-expressie die Azure niet kan uitvoeren. Planningen hebben vijf velden — minuut (0–59), uur (0–23), dag van de maand (1–31), maand (1–12 of JAN–DEC), dag van de week (0–6 of SUN–SAT, zondag is 0) — elk `*`, een waarde, een bereik `a-b`, een lijst `a,b` of een stap `*/n`.\n\n\
                  Bronnen: naslag §9.1 (REST \"NCronTab format\", artikel over reken-exemplaren: cron met vijf velden).",
            message: "cron-expressie `{expression}`: {problem}",
        },
    }

    /// A recurrence `schedule` without both `hours` and `minutes`. The REST API requires both
    /// (`ComputeRecurrenceSchedule`), and so does `az ml`: its schema marks them optional, but the
    /// object it builds from them needs both, so the file fails before anything is sent
    /// (`RecurrencePattern.__init__() missing 1 required keyword-only argument: 'minutes'`).
    ///
    /// Sources: reference §9.1; azure-ai-ml 1.35.2 `load_compute`, observed (the reference's
    /// "optional in the SDK" describes the schema, not the object).
    pub(crate) static RECURRENCE_SCHEDULE_INCOMPLETE = {
        code: "AML603", name: "recurrence-schedule-incomplete", severity: crate::Severity::Error, kinds: CI,
        enforcement: Enforcement::Semantic,
        invalid: "name: ci-dev\ntype: computeinstance\nschedules:\n  compute_start_stop:\n    - action: stop\n      trigger:\n        type: recurrence\n        frequency: day\n        interval: 1\n        schedule:\n          hours: [18]\n",
        valid: "name: ci-dev\ntype: computeinstance\nschedules:\n  compute_start_stop:\n    - action: stop\n      trigger:\n        type: recurrence\n        frequency: day\n        interval: 1\n        schedule:\n          hours: [18]\n          minutes: [30]\n",
        message: "the recurrence schedule lacks {missing}; az ml and Azure require both hours and minutes",
        dutch: dutch! {
            docs: "Een terugkerende `schedule` zonder zowel `hours` als `minutes`. De REST API vereist beide (`ComputeRecurrenceSchedule`), en `az ml` ook: het schema markeert ze als optioneel, maar het object dat ervan wordt gebouwd, heeft beide nodig, dus het bestand faalt voordat er iets wordt verzonden (`RecurrencePattern.__init__() missing 1 required keyword-only argument: 'minutes'`).\n\n\
                  Bronnen: naslag §9.1; azure-ai-ml 1.35.2 `load_compute`, waargenomen (\"optional in the SDK\" in de naslag beschrijft het schema, niet het object).",
            message: "in de terugkerende planning ontbreekt {missing}; az ml en Azure vereisen zowel uren als minuten",
        },
    }

    /// A schedule's `start_time` is not in the form `yyyy-MM-ddTHH:mm:ss`.
    ///
    /// Sources: reference §9.1 (REST `startTime`).
    pub(crate) static START_TIME_FORMAT = {
        code: "AML604", name: "start-time-format", severity: crate::Severity::Error, kinds: CI,
        enforcement: Enforcement::Schema(&["pattern"]),
        invalid: "name: ci-dev\ntype: computeinstance\nschedules:\n  compute_start_stop:\n    - action: stop\n      trigger:\n        type: cron\n        expression: \"0 18 * * *\"\n        start_time: \"10/03/2024 18:00\"\n",
        valid: "name: ci-dev\ntype: computeinstance\nschedules:\n  compute_start_stop:\n    - action: stop\n      trigger:\n        type: cron\n        expression: \"0 18 * * *\"\n        start_time: \"2024-03-10T18:00:00\"\n",
        message: "`start_time` `{value}` is not in the form yyyy-MM-ddTHH:mm:ss",
        dutch: dutch! {
            docs: "De `start_time` van een planning heeft niet de vorm `yyyy-MM-ddTHH:mm:ss`.\n\n\
                  Bronnen: naslag §9.1 (REST `startTime`).",
            message: "`start_time` `{value}` heeft niet de vorm yyyy-MM-ddTHH:mm:ss",
        },
    }

    /// Two custom applications with one name. "Value of application_name must be unique across all
    /// custom applications" — raised only when the request is sent.
    ///
    /// Sources: reference §9.3 (SDK `_to_rest_object`).
    pub(crate) static DUPLICATE_APPLICATION_NAME = {
        code: "AML605", name: "duplicate-application-name", severity: crate::Severity::Error, kinds: CI,
        enforcement: Enforcement::Semantic,
        invalid: "name: ci-dev\ntype: computeinstance\ncustom_applications:\n  - name: rstudio\n    image: {reference: ghcr.io/rocker-org/rstudio:4}\n    endpoints: [{target: 8787, published: 8787}]\n  - name: rstudio\n    image: {reference: ghcr.io/rocker-org/rstudio:4}\n    endpoints: [{target: 8787, published: 8788}]\n",
        valid: "name: ci-dev\ntype: computeinstance\ncustom_applications:\n  - name: rstudio\n    image: {reference: ghcr.io/rocker-org/rstudio:4}\n    endpoints: [{target: 8787, published: 8787}]\n  - name: rstudio-next\n    image: {reference: ghcr.io/rocker-org/rstudio:4}\n    endpoints: [{target: 8787, published: 8788}]\n",
        message: "custom application name `{name}` is used twice; names must be unique",
        dutch: dutch! {
            docs: "Twee aangepaste toepassingen met één naam. \"Value of application_name must be unique across all custom applications\" — pas gemeld wanneer de aanvraag wordt verzonden.\n\n\
                  Bronnen: naslag §9.3 (SDK `_to_rest_object`).",
            message: "de naam van de aangepaste toepassing `{name}` wordt twee keer gebruikt; namen moeten uniek zijn",
        },
    }

    /// Two custom application endpoints publish the same port. "Value of published_port must be
    /// unique across all custom applications."
    ///
    /// Sources: reference §9.3 (SDK `_to_rest_object`), §14 item 7.
    pub(crate) static DUPLICATE_PUBLISHED_PORT = {
        code: "AML606", name: "duplicate-published-port", severity: crate::Severity::Error, kinds: CI,
        enforcement: Enforcement::Semantic,
        invalid: "name: ci-dev\ntype: computeinstance\ncustom_applications:\n  - name: rstudio\n    image: {reference: ghcr.io/rocker-org/rstudio:4}\n    endpoints: [{target: 8787, published: 8787}]\n  - name: shiny\n    image: {reference: ghcr.io/rocker-org/shiny:4}\n    endpoints: [{target: 3838, published: 8787}]\n",
        valid: "name: ci-dev\ntype: computeinstance\ncustom_applications:\n  - name: rstudio\n    image: {reference: ghcr.io/rocker-org/rstudio:4}\n    endpoints: [{target: 8787, published: 8787}]\n  - name: shiny\n    image: {reference: ghcr.io/rocker-org/shiny:4}\n    endpoints: [{target: 3838, published: 8788}]\n",
        message: "published port {port} is already used by `{other}`; published ports must be unique",
        dutch: dutch! {
            docs: "Twee eindpunten van aangepaste toepassingen publiceren dezelfde poort. \"Value of published_port must be unique across all custom applications.\"\n\n\
                  Bronnen: naslag §9.3 (SDK `_to_rest_object`), §14 punt 7.",
            message: "gepubliceerde poort {port} wordt al gebruikt door `{other}`; gepubliceerde poorten moeten uniek zijn",
        },
    }

    /// An instance without public IP (private link) publishes a custom application port outside
    /// 8704–8993. Private-link workspaces only reach published ports in that range.
    ///
    /// Sources: reference §9.3 (DOC-inc private-link-ports), §14 item 7.
    pub(crate) static PUBLISHED_PORT_OUTSIDE_PRIVATE_LINK_RANGE = {
        code: "AML607", name: "published-port-outside-private-link-range", severity: crate::Severity::Info, kinds: CI,
        enforcement: Enforcement::Semantic,
        invalid: "name: ci-private\ntype: computeinstance\nenable_node_public_ip: false\nnetwork_settings: {vnet_name: ml-vnet, subnet: training}\ncustom_applications:\n  - name: rstudio\n    image: {reference: ghcr.io/rocker-org/rstudio:4}\n    endpoints: [{target: 8787, published: 8080}]\n",
        valid: "name: ci-private\ntype: computeinstance\nenable_node_public_ip: false\nnetwork_settings: {vnet_name: ml-vnet, subnet: training}\ncustom_applications:\n  - name: rstudio\n    image: {reference: ghcr.io/rocker-org/rstudio:4}\n    endpoints: [{target: 8787, published: 8890}]\n",
        message: "published port {port} is outside 8704-8993, the range reachable in a private link workspace",
        dutch: dutch! {
            docs: "Een reken-exemplaar zonder openbaar IP-adres (Private Link) publiceert een poort van een aangepaste toepassing buiten 8704–8993. Werkruimten met Private Link bereiken gepubliceerde poorten alleen in dat bereik.\n\n\
                  Bronnen: naslag §9.3 (documentatiefragment private-link-ports), §14 punt 7.",
            message: "gepubliceerde poort {port} ligt buiten 8704-8993, het bereik dat in een werkruimte met Private Link bereikbaar is",
        },
    }

    /// Both `idle_time_before_shutdown_minutes` and the deprecated `idle_time_before_shutdown`.
    /// The minutes field wins; the other is ignored.
    ///
    /// Unless the minutes are `0`, which azure-ai-ml reads as unset
    /// (`if self.idle_time_before_shutdown_minutes:`): then the ISO field is sent, and the minutes
    /// field is the one that changes nothing.
    ///
    /// Sources: reference §2 (SDK test: "if both given, minutes wins"; `_to_rest_object`).
    pub(crate) static IDLE_SHUTDOWN_SET_TWICE = {
        code: "AML608", name: "idle-shutdown-set-twice", severity: crate::Severity::Warning, kinds: CI,
        enforcement: Enforcement::Semantic,
        invalid: "name: ci-dev\ntype: computeinstance\nidle_time_before_shutdown: PT60M\nidle_time_before_shutdown_minutes: 30\n",
        valid: "name: ci-dev\ntype: computeinstance\nidle_time_before_shutdown_minutes: 30\n",
        fix: Some(crate::fix::Applicability::Safe),
        message: "both `idle_time_before_shutdown` and `idle_time_before_shutdown_minutes` are set; the minutes field wins",
        variants: &[
            ("zero", "both idle shutdown fields are set, but az ml reads `idle_time_before_shutdown_minutes: 0` as unset and sends `idle_time_before_shutdown`; remove the minutes field, or set it to the minutes you want"),
        ],
        dutch: dutch! {
            docs: "Zowel `idle_time_before_shutdown_minutes` als het afgeschafte `idle_time_before_shutdown`. Het veld met minuten wint; het andere wordt genegeerd.\n\n\
                  Tenzij het aantal minuten `0` is: azure-ai-ml leest dat als niet ingesteld (`if self.idle_time_before_shutdown_minutes:`), verstuurt dan het ISO-veld, en het minutenveld verandert niets.\n\n\
                  Bronnen: naslag §2 (test van de SDK: \"if both given, minutes wins\"; `_to_rest_object`).",
            message: "zowel `idle_time_before_shutdown` als `idle_time_before_shutdown_minutes` is ingesteld; het veld met minuten wint",
            variants: &[
                ("zero", "beide velden voor afsluiten bij inactiviteit zijn ingesteld, maar az ml leest `idle_time_before_shutdown_minutes: 0` als niet ingesteld en verstuurt `idle_time_before_shutdown`; verwijder het minutenveld, of stel het in op het gewenste aantal minuten"),
            ],
        },
    }

    /// The deprecated `idle_time_before_shutdown` is not an ISO 8601 duration (`PT30M`, `PT2H`,
    /// `P1D`), or lies outside 15 minutes to 3 days.
    ///
    /// Sources: reference §2 (REST `IdleShutdownSetting` "Minimum is 15 min, maximum is 3 days",
    /// DOC-ci).
    pub(crate) static IDLE_SHUTDOWN_DURATION_INVALID = {
        code: "AML609", name: "idle-shutdown-duration-invalid", severity: crate::Severity::Error, kinds: CI,
        enforcement: Enforcement::Semantic,
        invalid: "name: ci-dev\ntype: computeinstance\nidle_time_before_shutdown: 30 minutes\n",
        valid: "name: ci-dev\ntype: computeinstance\nidle_time_before_shutdown: PT30M\n",
        message: "`idle_time_before_shutdown` is `{value}`, not an ISO 8601 duration such as PT30M",
        variants: &[
            ("range", "`idle_time_before_shutdown` is {minutes} minutes; it must be between 15 minutes and 3 days"),
        ],
        dutch: dutch! {
            docs: "Het afgeschafte `idle_time_before_shutdown` is geen ISO 8601-duur (`PT30M`, `PT2H`, `P1D`), of ligt buiten 15 minuten tot 3 dagen.\n\n\
                  Bronnen: naslag §2 (REST `IdleShutdownSetting` \"Minimum is 15 min, maximum is 3 days\", artikel over reken-exemplaren).",
            message: "`idle_time_before_shutdown` is `{value}`, geen ISO 8601-duur zoals PT30M",
            variants: &[
                ("range", "`idle_time_before_shutdown` is {minutes} minuten; het moet tussen 15 minuten en 3 dagen liggen"),
            ],
        },
    }

    /// No idle shutdown is configured, so an idle instance runs (and bills) until stopped by hand.
    /// Azure Policy and PSRule (`Azure.ML.ComputeIdleShutdown`) check for it.
    ///
    /// Sources: reference §2, §9.1 (PSRule).
    pub(crate) static IDLE_SHUTDOWN_MISSING = {
        code: "AML610", name: "idle-shutdown-missing", severity: crate::Severity::Info, kinds: CI,
        enforcement: Enforcement::Semantic,
        invalid: "name: ci-dev\ntype: computeinstance\nsize: Standard_DS3_v2\n",
        valid: "name: ci-dev\ntype: computeinstance\nsize: Standard_DS3_v2\nidle_time_before_shutdown_minutes: 60\n",
        message: "no idle shutdown: an idle instance keeps running and billing; set `idle_time_before_shutdown_minutes`",
        variants: &[
            ("zero", "`idle_time_before_shutdown_minutes: 0` reads as unset: az ml sends no idle shutdown, and an idle instance keeps running and billing; set 15 minutes or more"),
        ],
        dutch: dutch! {
            docs: "Er is geen afsluiten bij inactiviteit ingesteld, dus een inactief reken-exemplaar blijft actief (en gefactureerd) tot het met de hand wordt gestopt. Azure Policy en PSRule (`Azure.ML.ComputeIdleShutdown`) controleren hierop.\n\n\
                  Bronnen: naslag §2, §9.1 (PSRule).",
            message: "geen afsluiten bij inactiviteit: een inactief reken-exemplaar blijft actief en gefactureerd; stel `idle_time_before_shutdown_minutes` in",
            variants: &[
                ("zero", "`idle_time_before_shutdown_minutes: 0` telt als niet ingesteld: az ml verstuurt geen afsluiten bij inactiviteit, en een inactief reken-exemplaar blijft actief en gefactureerd; stel 15 minuten of meer in"),
            ],
        },
    }

    /// `create_on_behalf_of` needs both `user_tenant_id` and `user_object_id`, each a GUID.
    ///
    /// Sources: reference §2 (REST `AssignedUser` requires `objectId` and `tenantId`; TF IsUUID).
    pub(crate) static ON_BEHALF_OF_INCOMPLETE = {
        code: "AML611", name: "on-behalf-of-incomplete", severity: crate::Severity::Error, kinds: CI,
        enforcement: Enforcement::Schema(&["required", "pattern"]),
        invalid: "name: ci-for-ana\ntype: computeinstance\ncreate_on_behalf_of:\n  user_object_id: ana@contoso.com\n",
        valid: "name: ci-for-ana\ntype: computeinstance\ncreate_on_behalf_of:\n  user_tenant_id: 72f988bf-86f1-41af-91ab-2d7cd011db47\n  user_object_id: 6c1e2a4b-1d2e-4f5a-9b8c-7d6e5f4a3b2c\n",
        message: "`create_on_behalf_of` needs `{field}`",
        variants: &[
            ("guid", "`create_on_behalf_of.{field}` is `{value}`, not a GUID"),
        ],
        dutch: dutch! {
            docs: "`create_on_behalf_of` vereist zowel `user_tenant_id` als `user_object_id`, elk een GUID.\n\n\
                  Bronnen: naslag §2 (REST `AssignedUser` vereist `objectId` en `tenantId`; TF IsUUID).",
            message: "`create_on_behalf_of` vereist `{field}`",
            variants: &[
                ("guid", "`create_on_behalf_of.{field}` is `{value}`, geen GUID"),
            ],
        },
    }

    /// An instance created for another user with a setup script or custom application: single
    /// sign-on is disabled at creation, and the creator cannot turn it on for them.
    ///
    /// Sources: reference §2 (DOC-ci, create-on-behalf-of and SSO rows).
    pub(crate) static SSO_DISABLED_FOR_ASSIGNED_USER = {
        code: "AML612", name: "sso-disabled-for-assigned-user", severity: crate::Severity::Info, kinds: CI,
        enforcement: Enforcement::Semantic,
        invalid: "name: ci-for-ana\ntype: computeinstance\ncreate_on_behalf_of:\n  user_tenant_id: 72f988bf-86f1-41af-91ab-2d7cd011db47\n  user_object_id: 6c1e2a4b-1d2e-4f5a-9b8c-7d6e5f4a3b2c\nsetup_scripts:\n  creation_script: {path: setup/install.sh}\n",
        valid: "name: ci-for-ana\ntype: computeinstance\ncreate_on_behalf_of:\n  user_tenant_id: 72f988bf-86f1-41af-91ab-2d7cd011db47\n  user_object_id: 6c1e2a4b-1d2e-4f5a-9b8c-7d6e5f4a3b2c\n",
        message: "single sign-on is disabled at creation for an instance created for another user with setup scripts or custom applications",
        dutch: dutch! {
            docs: "Een reken-exemplaar dat voor een andere gebruiker wordt gemaakt met een installatiescript of aangepaste toepassing: eenmalige aanmelding wordt bij het maken uitgeschakeld, en de maker kan die niet voor de gebruiker inschakelen.\n\n\
                  Bronnen: naslag §2 (artikel over reken-exemplaren, rijen over maken namens een ander en SSO).",
            message: "eenmalige aanmelding wordt bij het maken uitgeschakeld voor een reken-exemplaar dat voor een andere gebruiker wordt gemaakt met installatiescripts of aangepaste toepassingen",
        },
    }

    /// A custom application without `image.reference`: there is nothing to run, and `az ml` fails
    /// before anything is sent (`CustomApplications.__init__() missing 1 required keyword-only
    /// argument: 'image'`, or `'reference'` when `image` has none).
    ///
    /// Sources: reference §9.3 (REST `CustomService.image`); azure-ai-ml 1.35.2 `load_compute`,
    /// observed.
    pub(crate) static APPLICATION_IMAGE_MISSING = {
        code: "AML613", name: "application-image-missing", severity: crate::Severity::Error, kinds: CI,
        enforcement: Enforcement::Semantic,
        invalid: "name: ci-dev\ntype: computeinstance\ncustom_applications:\n  - name: rstudio\n    endpoints: [{target: 8787, published: 8787}]\n",
        valid: "name: ci-dev\ntype: computeinstance\ncustom_applications:\n  - name: rstudio\n    image: {reference: ghcr.io/rocker-org/rstudio:4}\n    endpoints: [{target: 8787, published: 8787}]\n",
        message: "this custom application has no `image.reference`; az ml fails without one, and there would be nothing to run",
        dutch: dutch! {
            docs: "Een aangepaste toepassing zonder `image.reference`: er is niets om uit te voeren, en `az ml` faalt voordat er iets wordt verzonden (`CustomApplications.__init__() missing 1 required keyword-only argument: 'image'`, of `'reference'` wanneer `image` er geen heeft).\n\n\
                  Bronnen: naslag §9.3 (REST `CustomService.image`); azure-ai-ml 1.35.2 `load_compute`, waargenomen.",
            message: "deze aangepaste toepassing heeft geen `image.reference`; az ml faalt zonder, en er zou niets zijn om uit te voeren",
        },
    }

    /// A schedule's `time_zone` that is not a Windows time zone name. Azure wants names such as
    /// `UTC`, `W. Europe Standard Time` or `Pacific Standard Time`; IANA names
    /// (`Europe/Amsterdam`) and offsets (`+01:00`) are not understood.
    ///
    /// Sources: reference §9.1 (REST `timeZone`: "should follow Windows time zone format").
    pub(crate) static TIME_ZONE_NOT_WINDOWS = {
        code: "AML614", name: "time-zone-not-windows", severity: crate::Severity::Warning, kinds: CI,
        enforcement: Enforcement::Semantic,
        invalid: "name: ci-dev\ntype: computeinstance\nschedules:\n  compute_start_stop:\n    - action: stop\n      trigger:\n        type: cron\n        expression: \"0 18 * * *\"\n        time_zone: Europe/Amsterdam\n",
        valid: "name: ci-dev\ntype: computeinstance\nschedules:\n  compute_start_stop:\n    - action: stop\n      trigger:\n        type: cron\n        expression: \"0 18 * * *\"\n        time_zone: W. Europe Standard Time\n",
        message: "`time_zone` `{value}` is not a Windows time zone name such as `W. Europe Standard Time` or `UTC`",
        dutch: dutch! {
            docs: "De `time_zone` van een planning is geen Windows-tijdzonenaam. Azure wil namen zoals `UTC`, `W. Europe Standard Time` of `Pacific Standard Time`; IANA-namen (`Europe/Amsterdam`) en verschuivingen (`+01:00`) worden niet begrepen.\n\n\
                  Bronnen: naslag §9.1 (REST `timeZone`: \"should follow Windows time zone format\").",
            message: "`time_zone` `{value}` is geen Windows-tijdzonenaam zoals `W. Europe Standard Time` of `UTC`",
        },
    }
}

pub(crate) fn check(ctx: &mut Scope<'_>) {
    check_schedules(ctx);
    check_idle_shutdown(ctx);
    check_applications(ctx);
    check_on_behalf_of(ctx);
}

fn check_schedules(ctx: &mut Scope<'_>) {
    let path = ["schedules", "compute_start_stop"];
    let Some(list) = ctx.get(&path) else {
        return;
    };
    let Some(items) = list.as_seq() else { return };
    if items.len() > 4 {
        let span = items.get(4).map_or(list.span, |n| n.span);
        let diagnostic = ctx.at_path(&TOO_MANY_SCHEDULES, &path, span);
        ctx.emit(diagnostic.arg("count", items.len()));
    }
    for (i, item) in items.iter().enumerate() {
        if let Some(trigger) = item.get("trigger") {
            let base = pointer_push(&super::pointer(&path), &i.to_string());
            check_trigger(ctx, trigger, &pointer_push(&base, "trigger"));
        }
    }
}

/// One schedule's trigger, at `at`: its cron expression or recurrence, time zone and start.
fn check_trigger(ctx: &mut Scope<'_>, trigger: &Node<'_>, at: &str) {
    let text = |key: &str| trigger.get(key).and_then(|n| Some((n.as_str()?, n)));
    let kind = text("type").map(|(kind, _)| kind.to_ascii_lowercase());
    if kind.as_deref() == Some("cron")
        && let Some((expression, node)) = text("expression")
        && let Err(problem) = check_cron(expression)
    {
        let pointer = pointer_push(at, "expression");
        let diagnostic = ctx
            .at(&CRON_EXPRESSION_INVALID, pointer, node.span)
            .arg("expression", expression)
            .arg("problem", problem);
        ctx.emit(diagnostic);
    }
    if kind.as_deref() == Some("recurrence")
        && let Some(schedule) = trigger.get("schedule").filter(|s| s.as_map().is_some())
    {
        let missing: Vec<&str> = ["hours", "minutes"]
            .into_iter()
            .filter(|k| schedule.get(k).is_none())
            .collect();
        if !missing.is_empty() {
            let span = trigger
                .entry("schedule")
                .map_or(schedule.span, |e| e.key.span);
            let pointer = pointer_push(at, "schedule");
            let diagnostic = ctx
                .at(&RECURRENCE_SCHEDULE_INCOMPLETE, pointer, span)
                .arg("missing", Arg::codes(missing, Join::And));
            ctx.emit(diagnostic);
        }
    }
    if let Some((zone, node)) = text("time_zone") {
        let iana = zone.contains('/');
        let offset = zone.trim_start().starts_with(['+', '-']) || zone.contains(':');
        if iana || offset {
            let pointer = pointer_push(at, "time_zone");
            ctx.emit(
                ctx.at(&TIME_ZONE_NOT_WINDOWS, pointer, node.span)
                    .arg("value", zone),
            );
        }
    }
    if let Some((start, node)) = text("start_time")
        && !is_start_time(start)
    {
        let pointer = pointer_push(at, "start_time");
        ctx.emit(
            ctx.at(&START_TIME_FORMAT, pointer, node.span)
                .arg("value", start),
        );
    }
}

const MONTHS: [&str; 12] = [
    "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC",
];
const DAYS: [&str; 7] = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

/// Checks a five-field cron expression; the error says which field is wrong, as a phrase of the
/// catalog.
pub(crate) fn check_cron(expression: &str) -> Result<(), Arg> {
    let fields: Vec<&str> = expression.split_whitespace().collect();
    if fields.len() != 5 {
        return Err(Arg::phrase("cron.field_count", "count", fields.len()));
    }
    let specs: [(&str, u32, u32, &[&str]); 5] = [
        ("cron.minute", 0, 59, &[]),
        ("cron.hour", 0, 23, &[]),
        ("cron.day_of_month", 1, 31, &[]),
        ("cron.month", 1, 12, &MONTHS),
        ("cron.day_of_week", 0, 6, &DAYS),
    ];
    for (field, (what, lo, hi, names)) in fields.iter().zip(specs) {
        let value = |text: &str| -> Option<u32> {
            if let Some(at) = names.iter().position(|n| n.eq_ignore_ascii_case(text)) {
                // Month names count from 1, day names from 0.
                return u32::try_from(at).ok().map(|i| i + lo);
            }
            text.parse::<u32>().ok().filter(|v| (lo..=hi).contains(v))
        };
        for part in field.split(',') {
            let (range, step) = match part.split_once('/') {
                Some((range, step)) => (range, Some(step)),
                None => (part, None),
            };
            let range_ok = range == "*"
                || match range.split_once('-') {
                    Some((a, b)) => matches!((value(a), value(b)), (Some(a), Some(b)) if a <= b),
                    None => value(range).is_some(),
                };
            let step_ok =
                step.is_none_or(|s| s.parse::<u32>().is_ok_and(|s| s >= 1 && s <= hi.max(1)));
            if !range_ok || !step_ok {
                return Err(Arg::Phrase(
                    "cron.field",
                    vec![
                        ("part", Arg::from(part)),
                        ("field", Arg::Word(what)),
                        ("min", Arg::from(lo)),
                        ("max", Arg::from(hi)),
                    ],
                ));
            }
        }
    }
    Ok(())
}

fn is_start_time(value: &str) -> bool {
    let b = value.as_bytes();
    let digits = |range: std::ops::Range<usize>| {
        b.get(range)
            .is_some_and(|s| s.iter().all(u8::is_ascii_digit))
    };
    let number = |range: std::ops::Range<usize>| {
        value
            .get(range)
            .and_then(|s| s.parse::<u32>().ok())
            .unwrap_or(99)
    };
    b.len() == 19
        && digits(0..4)
        && b[4] == b'-'
        && digits(5..7)
        && b[7] == b'-'
        && digits(8..10)
        && b[10] == b'T'
        && digits(11..13)
        && b[13] == b':'
        && digits(14..16)
        && b[16] == b':'
        && digits(17..19)
        && (1..=12).contains(&number(5..7))
        && (1..=31).contains(&number(8..10))
        && number(11..13) < 24
        && number(14..16) < 60
        && number(17..19) < 60
}

/// Minutes in an ISO 8601 duration such as `PT1H30M` or `P1D`; `None` if it is not one.
pub(crate) fn iso_duration_minutes(text: &str) -> Option<f64> {
    let rest = text.trim().strip_prefix(['P', 'p'])?;
    let (date, time) = match rest.split_once(['T', 't']) {
        Some((d, t)) => (d, Some(t)),
        None => (rest, None),
    };
    let mut total = 0.0;
    let mut any = false;
    let mut take = |part: &str, units: &[(char, f64)]| -> Option<()> {
        let mut number = String::new();
        for c in part.chars() {
            if c.is_ascii_digit() || c == '.' {
                number.push(c);
            } else {
                let factor = units.iter().find(|(u, _)| u.eq_ignore_ascii_case(&c))?.1;
                total += number.parse::<f64>().ok()? * factor;
                number.clear();
                any = true;
            }
        }
        number.is_empty().then_some(())
    };
    take(date, &[('W', 7.0 * 1440.0), ('D', 1440.0)])?;
    if let Some(time) = time {
        if time.is_empty() {
            return None;
        }
        take(time, &[('H', 60.0), ('M', 1.0), ('S', 1.0 / 60.0)])?;
    }
    any.then_some(total)
}

fn check_idle_shutdown(ctx: &mut Scope<'_>) {
    let minutes = ctx.get(&["idle_time_before_shutdown_minutes"]);
    let iso = ctx.str(&["idle_time_before_shutdown"]);
    // `if self.idle_time_before_shutdown_minutes:` — a 0 is unset for az ml: the ISO field (or
    // nothing) is sent.
    let zero = minutes.is_some_and(|m| m.as_int() == Some(0));
    if let (Some(minutes), Some((_, iso_node))) = (minutes, iso) {
        // The field az ml ignores goes: the deprecated one, unless the minutes are 0 (unset to
        // az ml, which then sends the ISO field). Removing it changes nothing az ml sends.
        let (ignored, node, variant) = if zero {
            (
                "idle_time_before_shutdown_minutes",
                minutes,
                Some("AML608.zero"),
            )
        } else {
            ("idle_time_before_shutdown", iso_node, None)
        };
        let key = ctx.key_span(&[ignored]);
        let pointer = format!("/{ignored}");
        let remove = Fix::new(
            Applicability::Safe,
            Change::Remove {
                pointer: Some(pointer.clone()),
                span: crate::span::Span {
                    start: key.start,
                    end: node.span.end.max(key.end),
                },
            },
        );
        let mut finding = ctx
            .at(&IDLE_SHUTDOWN_SET_TWICE, pointer, node.span)
            .with_fix(remove);
        if let Some(variant) = variant {
            finding = finding.variant(variant);
        }
        ctx.emit(finding);
    }
    if let Some((text, node)) = iso {
        match iso_duration_minutes(text) {
            Some(m) if (15.0..=4320.0).contains(&m) => {}
            Some(m) => ctx.emit(
                ctx.at(
                    &IDLE_SHUTDOWN_DURATION_INVALID,
                    "/idle_time_before_shutdown",
                    node.span,
                )
                .variant("AML609.range")
                .arg("value", text)
                .arg("minutes", crate::yaml::number_text(m)),
            ),
            None => ctx.emit(
                ctx.at(
                    &IDLE_SHUTDOWN_DURATION_INVALID,
                    "/idle_time_before_shutdown",
                    node.span,
                )
                .arg("value", text),
            ),
        }
    }
    if ctx.get(&["idle_time_before_shutdown"]).is_none() {
        if zero {
            let span = minutes.map_or_else(|| ctx.key_span(&["type"]), |m| m.span);
            ctx.emit(
                ctx.at(
                    &IDLE_SHUTDOWN_MISSING,
                    "/idle_time_before_shutdown_minutes",
                    span,
                )
                .variant("AML610.zero"),
            );
        } else if minutes.is_none() {
            ctx.emit(ctx.at(&IDLE_SHUTDOWN_MISSING, "", ctx.key_span(&["type"])));
        }
    }
}

fn check_applications(ctx: &mut Scope<'_>) {
    let Some(apps) = ctx.get(&["custom_applications"]).and_then(Node::as_seq) else {
        return;
    };
    let private = ctx.bool(&["enable_node_public_ip"]) == Some(false);
    let mut names: HashMap<String, ()> = HashMap::new();
    let mut ports: HashMap<i64, String> = HashMap::new();
    for (i, app) in apps.iter().enumerate() {
        let base = pointer_push("/custom_applications", &i.to_string());
        if let Some(name) = app.get("name").and_then(|n| Some((n.as_str()?, n)))
            && names.insert(name.0.to_owned(), ()).is_some()
        {
            ctx.emit(
                ctx.at(
                    &DUPLICATE_APPLICATION_NAME,
                    pointer_push(&base, "name"),
                    name.1.span,
                )
                .arg("name", name.0),
            );
        }
        if app.as_map().is_some() && app.get_path(&["image", "reference"]).is_none() {
            let span = app.entry("name").map_or(app.span, |e| e.key.span);
            ctx.emit(ctx.at(&APPLICATION_IMAGE_MISSING, base.clone(), span));
        }
        let Some(endpoints) = app.get("endpoints").and_then(Node::as_seq) else {
            continue;
        };
        for (j, endpoint) in endpoints.iter().enumerate() {
            let Some(node) = endpoint.get("published") else {
                continue;
            };
            let Some(port) = node
                .as_int()
                .filter(|_| !matches!(node.value, Value::Bool(_)))
            else {
                continue;
            };
            let here = pointer_push(&pointer_push(&base, "endpoints"), &j.to_string());
            let here = pointer_push(&here, "published");
            if let Some(first) = ports.get(&port) {
                let diagnostic = ctx
                    .at(&DUPLICATE_PUBLISHED_PORT, here.clone(), node.span)
                    .arg("port", port)
                    .arg("other", first);
                ctx.emit(diagnostic);
            } else {
                let owner = app
                    .get("name")
                    .and_then(Node::as_str)
                    .unwrap_or("another application")
                    .to_owned();
                ports.insert(port, owner);
            }
            if private && !(8704..=8993).contains(&port) {
                ctx.emit(
                    ctx.at(&PUBLISHED_PORT_OUTSIDE_PRIVATE_LINK_RANGE, here, node.span)
                        .arg("port", port),
                );
            }
        }
    }
}

/// A GUID in its usual 8-4-4-4-12 hex form.
pub(crate) fn is_guid(text: &str) -> bool {
    let groups: Vec<&str> = text.split('-').collect();
    groups.len() == 5
        && groups
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(g, n)| g.len() == n && g.chars().all(|c| c.is_ascii_hexdigit()))
}

fn check_on_behalf_of(ctx: &mut Scope<'_>) {
    let Some(obo) = ctx
        .get(&["create_on_behalf_of"])
        .filter(|n| n.as_map().is_some())
    else {
        return;
    };
    let span = ctx.key_span(&["create_on_behalf_of"]);
    for key in ["user_tenant_id", "user_object_id"] {
        match obo.get(key) {
            None => ctx.emit(
                ctx.at(&ON_BEHALF_OF_INCOMPLETE, "/create_on_behalf_of", span)
                    .arg("field", Arg::code(key)),
            ),
            Some(node) => {
                if let Some(text) = node.as_str().filter(|t| !is_guid(t)) {
                    ctx.emit(
                        ctx.at(
                            &ON_BEHALF_OF_INCOMPLETE,
                            pointer_push("/create_on_behalf_of", key),
                            node.span,
                        )
                        .variant("AML611.guid")
                        .arg("field", Arg::code(key))
                        .arg("value", text),
                    );
                }
            }
        }
    }
    if ctx.get(&["setup_scripts"]).is_some() || ctx.get(&["custom_applications"]).is_some() {
        ctx.emit(ctx.at(
            &SSO_DISABLED_FOR_ASSIGNED_USER,
            "/create_on_behalf_of",
            span,
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cron_accepts_ranges_lists_steps_and_names() {
        assert!(check_cron("0 18 * * *").is_ok());
        assert!(check_cron("*/15 8-18 1,15 JAN-MAR MON-FRI").is_ok());
        assert!(check_cron("0 25 * * *").is_err());
        assert!(check_cron("0 18 * *").is_err());
        assert!(check_cron("0 18 * * 7").is_err());
        assert!(check_cron("0 18-8 * * *").is_err());
    }

    #[test]
    fn iso_durations_read_as_minutes() {
        assert_eq!(iso_duration_minutes("PT30M"), Some(30.0));
        assert_eq!(iso_duration_minutes("PT1H30M"), Some(90.0));
        assert_eq!(iso_duration_minutes("P3D"), Some(4320.0));
        assert_eq!(iso_duration_minutes("PT"), None);
        assert_eq!(iso_duration_minutes("30 minutes"), None);
    }
}
