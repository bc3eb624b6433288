//! Rules about the file and its YAML, before any field is looked at (AML0xx).

use super::{Findings, Scope, kind_word, suggest, type_word};
use crate::diagnostic::Diagnostic;
use crate::fix::{Applicability, Change, Fix};
use crate::kind::Kind;
use crate::messages::{Arg, Join};
use crate::rule::{Enforcement, context_only, context_only_variants, declare_rules, dutch};
use crate::span::Span;
use crate::yaml::{Issue, IssueKind, Node, Reading, Value};

const ALL: &[Kind] = Kind::ALL;

declare_rules! {
    /// The file is not valid YAML (or JSON), or uses a YAML feature `az ml` cannot load: a tag
    /// without a constructor in PyYAML's safe loader (a plain `=` or `<<` as a value is one: YAML
    /// 1.1 reads them as the `value` and `merge` tags), `!!binary` data that is not base64 of UTF-8
    /// text (az ml reads the bytes as text), a merge key (`<<`) whose value is not a
    /// mapping, a character PyYAML refuses anywhere in a file (control characters such as ESC or
    /// DEL, U+FFFE), or one it reads as a line break where YAML 1.2 readers do not (NEL, U+2028,
    /// U+2029 — pasted text brings them), or a tab outside quotes, block scalars and comments
    /// (YAML 1.2 readers take it as a space; PyYAML stops, even in tab-indented JSON). `az ml`
    /// stops at the first such problem and checks nothing else. An ARM template or REST body
    /// that is not JSON (comments allowed) is reported here too.
    ///
    /// Sources: reference §15 (PyYAML behaviour observed with azure-ai-ml 1.35.2); PyYAML 6.0.3's
    /// reader (its printable set and line breaks) and resolver, checked by loading each case.
    pub(crate) static YAML_SYNTAX_ERROR = {
        code: "AML001", name: "yaml-syntax-error", severity: crate::Severity::Error, kinds: ALL,
        enforcement: Enforcement::Semantic,
        invalid: "name: cpu-cluster\ntype: amlcompute\nmax_instances: [4\n",
        valid: "name: cpu-cluster\ntype: amlcompute\nmax_instances: 4\n",
        message: context_only!("YAML syntax error: {detail}"),
        variants: context_only_variants!(&[
            ("binary", "this `!!binary` value is not base64-encoded UTF-8 text, which az ml needs; write the text itself"),
            ("char", "az ml cannot read this file: PyYAML refuses the character U+{codepoint} anywhere in it (\"unacceptable character: special characters are not allowed\"); delete it, or write it as `\\u{codepoint}` inside double quotes"),
            ("hcl", "HCL syntax error: {detail}"),
            ("json", "JSON syntax error: {detail}"),
            ("linebreak", "PyYAML (YAML 1.1, which az ml uses) reads U+{codepoint} as a line break, YAML 1.2 tools do not: az ml fails on this line or reads a different value; delete it, or write it as `\\u{codepoint}` inside double quotes"),
            ("merge", "a merge key `<<` must refer to a mapping or a list of mappings"),
            ("plain", "a plain `{text}` is YAML 1.1's `{tag}` tag, which az ml cannot load as a value (\"could not determine a constructor for the tag 'tag:yaml.org,2002:{tag}'\"); quote it: \"{text}\""),
            ("tab", "az ml cannot read this file: PyYAML allows a tab only inside quotes, block scalars (| and >) and comments (\"found character '\\t' that cannot start any token\"); replace it with spaces"),
            ("tag", "the tag `{tag}` cannot be loaded by az ml (PyYAML's safe loader has no constructor for it)"),
            ("worded", "YAML syntax error: {detail}"),
        ]),
        dutch: dutch! {
            docs: "Het bestand is geen geldige YAML (of JSON), of gebruikt een YAML-functie die `az ml` niet kan laden: een tag zonder constructor in de veilige lader van PyYAML (een onbeschermde `=` of `<<` als waarde is er een: YAML 1.1 leest ze als de tags `value` en `merge`), `!!binary`-gegevens die geen base64 van UTF-8-tekst zijn (az ml leest de bytes als tekst), een samenvoegsleutel (`<<`) waarvan de waarde geen toewijzing is, een teken dat PyYAML nergens in een bestand accepteert (besturingstekens zoals ESC of DEL, U+FFFE), of een teken dat PyYAML als regeleinde leest en YAML 1.2-lezers niet (NEL, U+2028, U+2029 — geplakte tekst brengt ze mee), of een tab buiten aanhalingstekens, blokscalars en opmerkingen (YAML 1.2-lezers lezen die als spatie; PyYAML stopt, ook in JSON dat met tabs is ingesprongen). `az ml` stopt bij het eerste zulke probleem en controleert verder niets. Een ARM-sjabloon of REST-body die geen JSON is (opmerkingen toegestaan), wordt hier ook gemeld.\n\n\
                  Bronnen: naslag §15 (gedrag van PyYAML waargenomen met azure-ai-ml 1.35.2); de lezer van PyYAML 6.0.3 (de afdrukbare tekens en regeleinden) en de tagbepaling, elk geval gecontroleerd door het te laden.",
            message: "YAML-syntaxfout; de parser meldt: \"{detail}\"",
            variants: &[
                ("binary", "deze `!!binary`-waarde is geen base64-gecodeerde UTF-8-tekst, die az ml nodig heeft; schrijf de tekst zelf"),
                ("char", "az ml kan dit bestand niet lezen: PyYAML weigert het teken U+{codepoint} overal in het bestand (\"unacceptable character: special characters are not allowed\"); verwijder het, of schrijf het als `\\u{codepoint}` tussen dubbele aanhalingstekens"),
                ("hcl", "HCL-syntaxfout: {detail}"),
                ("json", "JSON-syntaxfout: {detail}"),
                ("linebreak", "PyYAML (YAML 1.1, dat az ml gebruikt) leest U+{codepoint} als regeleinde, YAML 1.2-hulpprogramma's niet: az ml faalt op deze regel of leest een andere waarde; verwijder het, of schrijf het als `\\u{codepoint}` tussen dubbele aanhalingstekens"),
                ("merge", "een samenvoegsleutel `<<` moet verwijzen naar een toewijzing of een lijst van toewijzingen"),
                ("plain", "een onbeschermde `{text}` is de tag `{tag}` van YAML 1.1, die az ml niet als waarde kan laden (\"could not determine a constructor for the tag 'tag:yaml.org,2002:{tag}'\"); zet de waarde tussen aanhalingstekens: \"{text}\""),
                ("tab", "az ml kan dit bestand niet lezen: PyYAML staat een tab alleen toe tussen aanhalingstekens, in blokscalars (| en >) en in opmerkingen (\"found character '\\t' that cannot start any token\"); vervang de tab door spaties"),
                ("tag", "de tag `{tag}` kan niet door az ml worden geladen (de veilige lader van PyYAML heeft er geen constructor voor)"),
                ("worded", "YAML-syntaxfout: {detail}"),
            ],
        },
    }

    /// `az ml` reads exactly one YAML document per file and fails with "expected a single
    /// document in the stream" otherwise. amlint still checks every document, so all problems are
    /// found in one run.
    ///
    /// Sources: reference §15 (observed).
    pub(crate) static MULTIPLE_DOCUMENTS = {
        code: "AML002", name: "multiple-documents", severity: crate::Severity::Error, kinds: ALL,
        enforcement: Enforcement::Semantic,
        invalid: "name: cpu-cluster\ntype: amlcompute\n---\nname: gpu-cluster\ntype: amlcompute\n",
        valid: "name: cpu-cluster\ntype: amlcompute\n",
        message: context_only!("document {index} of this file: az ml reads exactly one YAML document per file (\"expected a single document in the stream\")"),
        dutch: dutch! {
            docs: "`az ml` leest precies één YAML-document per bestand en faalt anders met \"expected a single document in the stream\". amlint controleert toch elk document, zodat alle problemen in één keer worden gevonden.\n\n\
                  Bronnen: naslag §15 (waargenomen).",
            message: "document {index} van dit bestand: az ml leest precies één YAML-document per bestand (\"expected a single document in the stream\")",
        },
    }

    /// A key appears twice in one mapping. PyYAML keeps the last value without a word, so the
    /// first one is silently lost — rarely what the author meant. In an ARM template or REST
    /// body, a key written twice in one object (names compared without case, as ARM compares
    /// them) is reported too: amlint reads the last value, and which one Azure takes is not
    /// documented. The finding names the key, never a value, so a secret written twice is not
    /// shown.
    ///
    /// Sources: reference §15 (observed: last one wins, silently); RFC 8259, section 4 (names within an
    /// object should be unique; readers differ on duplicates).
    pub(crate) static DUPLICATE_KEY = {
        code: "AML003", name: "duplicate-key", severity: crate::Severity::Warning, kinds: ALL,
        enforcement: Enforcement::Semantic,
        invalid: "name: cpu-cluster\ntype: amlcompute\nmax_instances: 4\nmax_instances: 8\n",
        valid: "name: cpu-cluster\ntype: amlcompute\nmax_instances: 8\n",
        fix: Some(crate::fix::Applicability::Unsafe),
        message: context_only!("`{key}` is written twice; az ml silently keeps only the last value"),
        variants: context_only_variants!(&[
            ("template", "`{key}` is written twice in this object (ARM compares names without case); amlint reads only the last value, and which one Azure takes is not documented: keep one"),
        ]),
        dutch: dutch! {
            docs: "Een sleutel staat twee keer in één toewijzing. PyYAML houdt zonder melding de laatste waarde, dus de eerste gaat ongemerkt verloren — zelden wat de auteur bedoelde. In een ARM-sjabloon of REST-body wordt een sleutel die twee keer in één object staat (namen vergeleken zonder op hoofdletters te letten, zoals ARM ze vergelijkt) ook gemeld: amlint leest de laatste waarde, en welke Azure neemt is niet gedocumenteerd. De bevinding noemt de sleutel, nooit een waarde, dus een geheim dat twee keer is geschreven wordt niet getoond.\n\n\
                  Bronnen: naslag §15 (waargenomen: de laatste wint, zonder melding); RFC 8259, sectie 4 (namen binnen een object horen uniek te zijn; lezers verschillen bij dubbele).",
            message: "`{key}` staat er twee keer; az ml houdt zonder melding alleen de laatste waarde",
            variants: &[
                ("template", "`{key}` staat twee keer in dit object (ARM vergelijkt namen zonder op hoofdletters te letten); amlint leest alleen de laatste waarde, en welke Azure neemt is niet gedocumenteerd: houd er één"),
            ],
        },
    }

    /// A plain value that YAML 1.1 and YAML 1.2 read differently. `az ml` uses PyYAML (YAML 1.1),
    /// where `yes`/`no`/`on`/`off` are booleans, `010` is octal 8 and `1_000` is 1000; editors,
    /// yq and JavaScript YAML libraries use YAML 1.2, where those are strings or 10. amlint reads
    /// the value as `az ml` does and asks you to write it unambiguously (`true`, `8`, or quoted).
    ///
    /// Sources: reference §15.
    pub(crate) static YAML_VERSION_AMBIGUITY = {
        code: "AML004", name: "yaml-version-ambiguity", severity: crate::Severity::Warning, kinds: ALL,
        enforcement: Enforcement::Semantic,
        invalid: "name: cpu-cluster\ntype: amlcompute\nssh_public_access_enabled: no\n",
        valid: "name: cpu-cluster\ntype: amlcompute\nssh_public_access_enabled: false\n",
        fix: Some(crate::fix::Applicability::Safe),
        message: context_only!("`{text}` is read by az ml (YAML 1.1) as {yaml11} but by YAML 1.2 tools as {yaml12}; write it unambiguously (quote text, use true/false and plain decimal numbers)"),
        variants: context_only_variants!(&[
            ("secret", "this secret value is read by az ml (YAML 1.1) differently than by YAML 1.2 tools; quote it"),
        ]),
        dutch: dutch! {
            docs: "Een onbeschermde waarde die YAML 1.1 en YAML 1.2 verschillend lezen. `az ml` gebruikt PyYAML (YAML 1.1), waarin `yes`/`no`/`on`/`off` booleaanse waarden zijn, `010` octaal 8 is en `1_000` 1000; editors, yq en YAML-bibliotheken voor JavaScript gebruiken YAML 1.2, waarin dat tekenreeksen of 10 zijn. amlint leest de waarde zoals `az ml` dat doet en vraagt u haar ondubbelzinnig te schrijven (`true`, `8`, of tussen aanhalingstekens).\n\n\
                  Bronnen: naslag §15.",
            message: "`{text}` wordt door az ml (YAML 1.1) gelezen als {yaml11}, maar door YAML 1.2-hulpprogramma's als {yaml12}; schrijf het ondubbelzinnig (tekst tussen aanhalingstekens, true/false en gewone decimale getallen)",
            variants: &[
                ("secret", "deze geheime waarde wordt door az ml (YAML 1.1) anders gelezen dan door YAML 1.2-hulpprogramma's; zet haar tussen aanhalingstekens"),
            ],
        },
    }

    /// The file is larger than amlint reads (1 MiB). Compute specs are a few kilobytes; a larger
    /// file is almost certainly not one, and refusing it keeps a run fast and bounded.
    ///
    /// Sources: amlint limit (see `docs/cli.md`, "Limits").
    pub(crate) static FILE_TOO_LARGE = {
        code: "AML005", name: "file-too-large", severity: crate::Severity::Error, kinds: ALL,
        enforcement: Enforcement::Semantic,
        invalid: "",
        valid: "name: cpu-cluster\ntype: amlcompute\n",
        message: context_only!("the file is {size} bytes; amlint reads at most {limit} bytes"),
        variants: context_only_variants!(&[
            ("stream", "the input goes on past {limit} bytes; amlint reads at most {limit} bytes"),
        ]),
        dutch: dutch! {
            docs: "Het bestand is groter dan amlint leest (1 MiB). Rekenspecificaties zijn enkele kilobytes; een groter bestand is vrijwel zeker geen specificatie, en door het te weigeren blijft een uitvoering snel en begrensd.\n\n\
                  Bronnen: limiet van amlint (zie `docs/cli.md`, \"Limits\").",
            message: "het bestand is {size} bytes; amlint leest ten hoogste {limit} bytes",
            variants: &[
                ("stream", "de invoer gaat verder dan {limit} bytes; amlint leest ten hoogste {limit} bytes"),
            ],
        },
    }

    /// The file is not text: it holds NUL bytes or is not valid UTF-8. `az ml` cannot read it as
    /// YAML.
    ///
    /// Sources: reference §15; YAML 1.1 §5.1 (character set).
    pub(crate) static NOT_TEXT = {
        code: "AML006", name: "not-text", severity: crate::Severity::Error, kinds: ALL,
        enforcement: Enforcement::Semantic,
        invalid: "name: cpu\0cluster\ntype: amlcompute\n",
        valid: "name: cpu-cluster\ntype: amlcompute\n",
        message: context_only!("the file holds a NUL byte at offset {offset}: it is binary, not YAML"),
        variants: context_only_variants!(&[
            ("utf8", "the file is not valid UTF-8 (first bad byte at offset {offset})"),
        ]),
        dutch: dutch! {
            docs: "Het bestand is geen tekst: het bevat NUL-bytes of is geen geldige UTF-8. `az ml` kan het niet als YAML lezen.\n\n\
                  Bronnen: naslag §15; YAML 1.1 §5.1 (tekenset).",
            message: "het bestand bevat een NUL-byte op positie {offset}: het is binair, geen YAML",
            variants: &[
                ("utf8", "het bestand is geen geldige UTF-8 (eerste ongeldige byte op positie {offset})"),
            ],
        },
    }

    /// The file (or a document in it) is empty or holds only comments, so there is no spec.
    ///
    /// Sources: reference §0 (`Compute._load` needs a mapping with `type`).
    pub(crate) static EMPTY_DOCUMENT = {
        code: "AML007", name: "empty-document", severity: crate::Severity::Error, kinds: ALL,
        enforcement: Enforcement::Semantic,
        invalid: "# a cluster, one day\n",
        valid: "# a cluster\nname: cpu-cluster\ntype: amlcompute\n",
        message: context_only!("no spec here: the document is empty or holds only comments"),
        dutch: dutch! {
            docs: "Het bestand (of een document erin) is leeg of bevat alleen opmerkingen, dus er is geen specificatie.\n\n\
                  Bronnen: naslag §0 (`Compute._load` heeft een toewijzing met `type` nodig).",
            message: "hier staat geen specificatie: het document is leeg of bevat alleen opmerkingen",
        },
    }

    /// The YAML nests deeper than 64 levels, expands to more than 100,000 nodes through aliases
    /// (a "billion laughs" file), or uses an alias inside the node it names. PyYAML expands aliases
    /// without a budget and `az ml` hangs on such files; amlint stops and reports.
    ///
    /// Sources: reference §15 (alias expansion observed), §16.
    pub(crate) static DOCUMENT_TOO_COMPLEX = {
        code: "AML008", name: "document-too-complex", severity: crate::Severity::Error, kinds: ALL,
        enforcement: Enforcement::Semantic,
        invalid: "name: cpu-cluster\ntype: amlcompute\ntags: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]\n",
        valid: "name: cpu-cluster\ntype: amlcompute\ntags: {team: vision}\n",
        message: context_only!("the YAML nests deeper than {limit} levels"),
        variants: context_only_variants!(&[
            ("nodes", "the YAML expands to more than {limit} nodes through aliases; az ml would hang on it"),
            ("recursive", "an alias is used inside the node its anchor names, so it can never be expanded"),
            ("template", "reading this template takes more than {limit} steps (copies, expressions, values); amlint stopped reading it"),
        ]),
        dutch: dutch! {
            docs: "De YAML is dieper genest dan 64 niveaus, groeit via aliassen tot meer dan 100.000 knooppunten (een \"billion laughs\"-bestand), of gebruikt een alias binnen het knooppunt dat hij benoemt. PyYAML vouwt aliassen zonder limiet uit en `az ml` blijft op zulke bestanden hangen; amlint stopt en meldt het.\n\n\
                  Bronnen: naslag §15 (uitvouwen van aliassen waargenomen), §16.",
            message: "de YAML is dieper genest dan {limit} niveaus",
            variants: &[
                ("nodes", "de YAML groeit via aliassen tot meer dan {limit} knooppunten; az ml zou erop blijven hangen"),
                ("recursive", "een alias wordt gebruikt binnen het knooppunt dat zijn anker benoemt, zodat hij nooit kan worden uitgevouwen"),
                ("template", "dit sjabloon lezen vraagt meer dan {limit} stappen (kopieën, expressies, waarden); amlint is gestopt met lezen"),
            ],
        },
    }

    /// A spec must be a mapping of fields (`name: ...`, `type: ...`), not a list or a single value.
    ///
    /// Sources: reference §0 (marshmallow schemas load mappings).
    pub(crate) static ROOT_NOT_MAPPING = {
        code: "AML009", name: "root-not-mapping", severity: crate::Severity::Error, kinds: ALL,
        enforcement: Enforcement::Schema(&["type"]),
        invalid: "- name: cpu-cluster\n  type: amlcompute\n",
        valid: "name: cpu-cluster\ntype: amlcompute\n",
        message: "a spec must be a mapping of fields, not {actual}",
        dutch: dutch! {
            docs: "Een specificatie moet een toewijzing van velden zijn (`name: ...`, `type: ...`), geen lijst of losse waarde.\n\n\
                  Bronnen: naslag §0 (marshmallow-schema's laden toewijzingen).",
            message: "een specificatie moet een toewijzing van velden zijn, niet {actual}",
        },
    }

    /// Every spec needs `type`, which selects the compute kind; `az ml` fails with
    /// "Unknown compute type: None" without it.
    ///
    /// Sources: reference §0 (observed).
    pub(crate) static MISSING_TYPE = {
        code: "AML010", name: "missing-type", severity: crate::Severity::Error, kinds: ALL,
        enforcement: Enforcement::Schema(&["required"]),
        invalid: "name: cpu-cluster\nmax_instances: 4\n",
        valid: "name: cpu-cluster\ntype: amlcompute\nmax_instances: 4\n",
        message: "`type` is missing, so az ml cannot tell which kind of compute this is (\"Unknown compute type: None\")",
        variants: &[
            ("not_string", "`type` must be a string, not {actual}"),
        ],
        dutch: dutch! {
            docs: "Elke specificatie heeft `type` nodig, dat het type rekenkracht kiest; zonder faalt `az ml` met \"Unknown compute type: None\".\n\n\
                  Bronnen: naslag §0 (waargenomen).",
            message: "`type` ontbreekt, dus az ml kan niet bepalen welk type rekenkracht dit is (\"Unknown compute type: None\")",
            variants: &[
                ("not_string", "`type` moet een tekenreeks zijn, niet {actual}"),
            ],
        },
    }

    /// `type` names no compute kind. The CLI v2 kinds are `computeinstance`, `amlcompute`,
    /// `kubernetes`, `virtualmachine` and `synapsespark` (case-insensitive); amlint adds `aks`,
    /// `hdinsight`, `databricks` and `datalakeanalytics` for the studio's other computes.
    ///
    /// Sources: reference §0 (`Compute._load`, observed), §4, §7.
    pub(crate) static UNKNOWN_TYPE = {
        code: "AML011", name: "unknown-type", severity: crate::Severity::Error, kinds: ALL,
        enforcement: Enforcement::Schema(&["const"]),
        invalid: "name: cpu-cluster\ntype: amlcluster\n",
        valid: "name: cpu-cluster\ntype: amlcompute\n",
        message: "unknown compute type `{value}`; expected one of: {allowed}",
        variants: &[
            ("suggest", "unknown compute type `{value}`; did you mean `{suggestion}`?"),
        ],
        dutch: dutch! {
            docs: "`type` noemt geen type rekenkracht. De typen van CLI v2 zijn `computeinstance`, `amlcompute`, `kubernetes`, `virtualmachine` en `synapsespark` (hoofdletters maken niet uit); amlint voegt `aks`, `hdinsight`, `databricks` en `datalakeanalytics` toe voor de andere rekenkracht van de studio.\n\n\
                  Bronnen: naslag §0 (`Compute._load`, waargenomen), §4, §7.",
            message: "onbekend rekentype `{value}`; verwacht een van: {allowed}",
            variants: &[
                ("suggest", "onbekend rekentype `{value}`; bedoelde u `{suggestion}`?"),
            ],
        },
    }

    /// This kind exists in the studio, REST API and ARM templates, but `az ml` v2 has no type for it
    /// ("Unknown compute type"). Create or attach it from the studio, the REST API or a template;
    /// amlint checks the fields those accept.
    ///
    /// Sources: reference §0, §4, §7.
    pub(crate) static NOT_SUBMITTABLE_WITH_CLI = {
        code: "AML012", name: "not-submittable-with-cli", severity: crate::Severity::Info,
        kinds: &[Kind::Aks, Kind::HdInsight, Kind::Databricks, Kind::DataLakeAnalytics],
        enforcement: Enforcement::Semantic,
        invalid: "name: dla-compute\ntype: datalakeanalytics\nresource_id: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.DataLakeAnalytics/accounts/dla\n",
        valid: "name: vision-k8s\ntype: kubernetes\nresource_id: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Kubernetes/connectedClusters/arc\n",
        message: "az ml v2 cannot submit a spec of this kind ({kind}); create or attach it from the studio, the REST API or an ARM template",
        dutch: dutch! {
            docs: "Dit type bestaat in de studio, de REST API en ARM-sjablonen, maar `az ml` v2 heeft er geen type voor (\"Unknown compute type\"). Maak of koppel het vanuit de studio, de REST API of een sjabloon; amlint controleert de velden die deze accepteren.\n\n\
                  Bronnen: naslag §0, §4, §7.",
            message: "az ml v2 kan een specificatie van dit type ({kind}) niet indienen; maak of koppel deze vanuit de studio, de REST API of een ARM-sjabloon",
        },
    }

    /// `$schema` points at the published schema of another compute kind, so an editor checks the
    /// file against the wrong fields.
    ///
    /// Sources: reference §12 (published schema URLs); service-errors #16.
    pub(crate) static SCHEMA_URL_MISMATCH = {
        code: "AML013", name: "schema-url-mismatch", severity: crate::Severity::Info, kinds: ALL,
        enforcement: Enforcement::Semantic,
        invalid: "$schema: https://azuremlschemas.azureedge.net/latest/computeInstance.schema.json\nname: cpu-cluster\ntype: amlcompute\n",
        valid: "$schema: https://azuremlschemas.azureedge.net/latest/amlCompute.schema.json\nname: cpu-cluster\ntype: amlcompute\n",
        message: "`$schema` is the published schema of `{schema_kind}`, but this spec has type `{kind}`",
        dutch: dutch! {
            docs: "`$schema` verwijst naar het gepubliceerde schema van een ander type rekenkracht, zodat een editor het bestand tegen de verkeerde velden controleert.\n\n\
                  Bronnen: naslag §12 (URL's van gepubliceerde schema's); servicefouten #16.",
            message: "`$schema` is het gepubliceerde schema van `{schema_kind}`, maar deze specificatie heeft type `{kind}`",
        },
    }

    /// A suppression comment (`# amlint: ignore[CODE]` or `ignore-file[CODE]`) names a rule
    /// that reports nothing where the comment applies. Left behind after a fix, it would hide the
    /// next real finding of that rule on that line without anyone noticing. Suppressions of rules
    /// that are switched off by the settings are not reported.
    ///
    /// Sources: amlint's own convention, as ruff's `RUF100` (unused `noqa`); how suppressions work
    /// is in `docs/configuration.md`.
    pub(crate) static UNUSED_SUPPRESSION = {
        code: "AML014", name: "unused-suppression", severity: crate::Severity::Warning, kinds: ALL,
        enforcement: Enforcement::Semantic,
        invalid: "name: cpu-cluster\ntype: amlcompute\nmin_instances: 0 # amlint: ignore[AML302]\nmax_instances: 4\n",
        valid: "name: cpu-cluster\ntype: amlcompute\nmin_instances: 1 # amlint: ignore[AML302] -- a warm node for demos\nmax_instances: 4\n",
        message: context_only!("`{rule}` is suppressed here, but reports nothing here; remove the suppression"),
        dutch: dutch! {
            docs: "Een onderdrukkingsopmerking (`# amlint: ignore[CODE]` of `ignore-file[CODE]`) noemt een regel die niets meldt waar de opmerking geldt. Blijft ze na een correctie staan, dan verbergt ze daar ongemerkt de volgende echte bevinding van die regel. Onderdrukkingen van regels die in de instellingen zijn uitgeschakeld, worden niet gemeld.\n\n\
                  Bronnen: eigen conventie van amlint, zoals `RUF100` van ruff (ongebruikte `noqa`); hoe onderdrukkingen werken staat in `docs/configuration.md`.",
            message: "`{rule}` wordt hier onderdrukt, maar meldt hier niets; verwijder de onderdrukking",
        },
    }

    /// A suppression comment that cannot work: it names no rule amlint has (a typo such as
    /// `AML320`), names a rule whose findings cannot be suppressed (the file could not be read as
    /// `az ml` reads it: AML001, AML005, AML006, AML008, AML016), is a file-wide `ignore-file`
    /// after the first key, or is not in the form `# amlint: ignore[CODE, ...]`.
    ///
    /// Sources: amlint's own convention; how suppressions work is in `docs/configuration.md`.
    pub(crate) static INVALID_SUPPRESSION = {
        code: "AML015", name: "invalid-suppression", severity: crate::Severity::Warning, kinds: ALL,
        enforcement: Enforcement::Semantic,
        invalid: "name: cpu-cluster\ntype: amlcompute\nmin_instances: 1 # amlint: ignore[AML320]\nmax_instances: 4\n",
        valid: "name: cpu-cluster\ntype: amlcompute\nmin_instances: 1 # amlint: ignore[AML302]\nmax_instances: 4\n",
        message: context_only!("no rule `{rule}`; this suppression has no effect"),
        variants: context_only_variants!(&[
            ("always_on", "findings of `{rule}` cannot be suppressed: the file could not be read as az ml reads it"),
            ("late", "`ignore-file` works only before the first key of the file; this one has no effect"),
            ("suggest", "no rule `{rule}`; did you mean `{suggestion}`? This suppression has no effect"),
            ("unreadable", "not a suppression amlint can read; write `# amlint: ignore[CODE, ...]` or `# amlint: ignore-file[CODE, ...]`"),
        ]),
        dutch: dutch! {
            docs: "Een onderdrukkingsopmerking die niet kan werken: ze noemt een regel die amlint niet heeft (een typfout zoals `AML320`), noemt een regel waarvan de bevindingen niet kunnen worden onderdrukt (het bestand kon niet worden gelezen zoals `az ml` het leest: AML001, AML005, AML006, AML008, AML016), is een `ignore-file` voor het hele bestand na de eerste sleutel, of heeft niet de vorm `# amlint: ignore[CODE, ...]`.\n\n\
                  Bronnen: eigen conventie van amlint; hoe onderdrukkingen werken staat in `docs/configuration.md`.",
            message: "er is geen regel `{rule}`; deze onderdrukking heeft geen effect",
            variants: &[
                ("always_on", "bevindingen van `{rule}` kunnen niet worden onderdrukt: het bestand kon niet worden gelezen zoals az ml het leest"),
                ("late", "`ignore-file` werkt alleen vóór de eerste sleutel van het bestand; deze heeft geen effect"),
                ("suggest", "er is geen regel `{rule}`; bedoelde u `{suggestion}`? Deze onderdrukking heeft geen effect"),
                ("unreadable", "geen onderdrukking die amlint kan lezen; schrijf `# amlint: ignore[CODE, ...]` of `# amlint: ignore-file[CODE, ...]`"),
            ],
        },
    }

    /// A `.bicep` file amlint could not check. amlint checks the JSON the Bicep CLI builds from
    /// it (`bicep build --stdout FILE`, the `bicep` on `PATH`), and the CLI was not there, failed
    /// (its first lines are quoted), ran longer than `AMLINT_BICEP_TIMEOUT` seconds (30 unless
    /// set), wrote more than amlint reads, or wrote something that is not a template. The file's
    /// computes were not checked, so this is an error: a run never passes a file it did not
    /// read. Install the Bicep CLI (`az bicep install` puts it in `~/.azure/bin`: add that to
    /// `PATH`), or leave `.bicep` files out (`exclude`): as the other findings of a file amlint
    /// could not read, it is never switched off, downgraded or suppressed. A `.bicep` file found
    /// in a folder is built only when it names Azure ML or uses a module.
    ///
    /// Sources: amlint's own convention, after PSRule for Azure, which expands `.bicep` files
    /// with the Bicep CLI on `PATH` and reports a file it cannot build
    /// (`Azure/PSRule.Rules.Azure` `docs/setup/setup-bicep.md`).
    pub(crate) static BICEP_NOT_BUILT = {
        code: "AML016", name: "bicep-not-built", severity: crate::Severity::Error, kinds: ALL,
        enforcement: Enforcement::Semantic,
        invalid: "",
        valid: "name: cpu-cluster\ntype: amlcompute\n",
        message: context_only!("the Bicep CLI (`bicep`) is not on PATH, so the computes of this file were not checked; install it, or leave .bicep files out"),
        variants: context_only_variants!(&[
            ("failed", "the Bicep CLI could not build this file, so its computes were not checked: {detail}"),
            ("output", "the Bicep CLI wrote no ARM template amlint reads for this file (not a template, or more than {limit} bytes), so its computes were not checked"),
            ("timeout", "the Bicep CLI ran longer than {seconds} s (AMLINT_BICEP_TIMEOUT) and was stopped, so the computes of this file were not checked"),
        ]),
        dutch: dutch! {
            docs: "Een `.bicep`-bestand dat amlint niet kon controleren. amlint controleert de JSON die de Bicep-CLI ervan bouwt (`bicep build --stdout BESTAND`, de `bicep` op `PATH`), en de CLI was er niet, faalde (de eerste regels worden aangehaald), liep langer dan `AMLINT_BICEP_TIMEOUT` seconden (30 tenzij ingesteld), schreef meer dan amlint leest, of schreef iets dat geen sjabloon is. De rekenresources van het bestand zijn niet gecontroleerd, dus dit is een fout: een uitvoering keurt nooit een bestand goed dat ze niet heeft gelezen. Installeer de Bicep-CLI (`az bicep install` zet hem in `~/.azure/bin`: voeg dat toe aan `PATH`), of laat `.bicep`-bestanden weg (`exclude`): zoals de andere meldingen over een bestand dat amlint niet kon lezen, wordt deze nooit uitgezet, verlaagd of onderdrukt. Een `.bicep`-bestand dat in een map wordt gevonden, wordt alleen gebouwd als het Azure ML noemt of een module gebruikt.\n\n\
                  Bronnen: eigen conventie van amlint, naar PSRule (de regels voor Azure), dat `.bicep`-bestanden uitvouwt met de Bicep-CLI op `PATH` en een bestand meldt dat het niet kan bouwen (`Azure/PSRule.Rules.Azure` `docs/setup/setup-bicep.md`).",
            message: "de Bicep-CLI (`bicep`) staat niet op PATH, dus de rekenresources van dit bestand zijn niet gecontroleerd; installeer hem, of laat .bicep-bestanden weg",
            variants: &[
                ("failed", "de Bicep-CLI kon dit bestand niet bouwen, dus de rekenresources ervan zijn niet gecontroleerd: {detail}"),
                ("output", "de Bicep-CLI schreef voor dit bestand geen ARM-sjabloon dat amlint leest (geen sjabloon, of meer dan {limit} bytes), dus de rekenresources ervan zijn niet gecontroleerd"),
                ("timeout", "de Bicep-CLI liep langer dan {seconds} s (AMLINT_BICEP_TIMEOUT) en is gestopt, dus de rekenresources van dit bestand zijn niet gecontroleerd"),
            ],
        },
    }
}

/// The finding for an input of `len` bytes, if that is more than `max`.
pub(crate) fn check_size(len: usize, max: usize) -> Option<Diagnostic> {
    (len > max).then(|| {
        Diagnostic::new(&FILE_TOO_LARGE, 0, String::new(), None)
            .arg("size", len)
            .arg("limit", max)
    })
}

/// The finding for a stream that went on past `max` bytes (read only that far).
pub(crate) fn stream_too_large(max: usize) -> Diagnostic {
    Diagnostic::new(&FILE_TOO_LARGE, 0, String::new(), None)
        .variant("AML005.stream")
        .arg("limit", max)
}

/// The finding for bytes that are not UTF-8, the first bad one at `valid_up_to`.
pub(crate) fn not_utf8(valid_up_to: usize) -> Diagnostic {
    let span = Span::new(valid_up_to, valid_up_to + 1);
    Diagnostic::new(&NOT_TEXT, 0, String::new(), Some(span))
        .variant("AML006.utf8")
        .arg("offset", valid_up_to)
}

/// The finding for text holding a NUL byte, if it does.
pub(crate) fn check_binary(text: &str) -> Option<Diagnostic> {
    let at = text.find('\0')?;
    let span = Span::new(at, at + 1);
    Some(Diagnostic::new(&NOT_TEXT, 0, String::new(), Some(span)).arg("offset", at))
}

pub(crate) fn empty(document: usize, span: Span) -> Diagnostic {
    Diagnostic::new(&EMPTY_DOCUMENT, document, String::new(), Some(span))
}

/// Whether a pointer ends in a key that holds a secret.
fn is_secret_pointer(pointer: &str) -> bool {
    pointer
        .rsplit('/')
        .next()
        .is_some_and(crate::model::is_secret_like_key)
}

/// A code point as Unicode writes it: `001B`.
fn codepoint(c: char) -> Arg {
    Arg::code(format!("{:04X}", u32::from(c)))
}

/// How a YAML version reads a value: a literal as written, text as a phrase.
fn reading(reading: &Reading) -> Arg {
    match reading {
        Reading::Literal(literal) => Arg::code(literal.as_str()),
        Reading::Text(text) => Arg::phrase("reading.text", "value", text.as_str()),
    }
}

/// The value written as `az ml` reads it, so every YAML reader reads the same: the spec means
/// what it meant to `az ml`.
fn as_az_ml_reads(issue: &Issue, text: &str) -> Fix {
    let value = crate::yaml::plain_value(text);
    Fix::new(
        Applicability::Safe,
        Change::Replace {
            pointer: issue.pointer.clone(),
            span: issue.span,
            value,
        },
    )
}

/// The catalog key of a message of the YAML parser's (`yaml.*`, worded in every catalog), if the
/// catalogs have it.
fn parser_message(detail: &str) -> Option<&'static str> {
    crate::messages::catalog(crate::Locale::En)
        .iter()
        .find(|(key, text)| key.starts_with("yaml.") && *text == detail)
        .map(|(key, _)| *key)
}

/// Turns what the YAML reader found into diagnostics.
/// A template whose reading ran out of its budget of work.
pub(crate) fn template_too_complex(limit: usize, span: Span) -> Diagnostic {
    Diagnostic::new(&DOCUMENT_TOO_COMPLEX, 0, String::new(), Some(span))
        .variant("AML008.template")
        .arg("limit", limit)
}

/// A Terraform file (HCL) that does not parse: the parser's message.
pub(crate) fn hcl_syntax(detail: String, span: Span) -> Diagnostic {
    Diagnostic::new(&YAML_SYNTAX_ERROR, 0, String::new(), Some(span))
        .variant("AML001.hcl")
        .arg("detail", Arg::Foreign(detail))
}

/// A key a template (or REST body) writes twice in one object; `at` is the later key, whose value
/// the reader keeps. No fix: removing a JSON property also means its comma.
pub(crate) fn template_duplicate_key(key: &str, document: usize, at: Span) -> Diagnostic {
    Diagnostic::new(&DUPLICATE_KEY, document, String::new(), Some(at))
        .variant("AML003.template")
        .arg("key", key)
}

/// A `.bicep` file the Bicep CLI gave no template for, said by `variant` (`""`: no CLI).
pub(crate) fn bicep_not_built(variant: &'static str) -> Diagnostic {
    let finding = Diagnostic::new(&BICEP_NOT_BUILT, 0, String::new(), Some(Span::new(0, 0)));
    match variant {
        "failed" => finding.variant("AML016.failed"),
        "output" => finding.variant("AML016.output"),
        "timeout" => finding.variant("AML016.timeout"),
        _ => finding,
    }
}

/// A JSON text (an ARM template, a REST body) that does not parse: the parser's message.
pub(crate) fn json_syntax(detail: String, span: Span) -> Diagnostic {
    Diagnostic::new(&YAML_SYNTAX_ERROR, 0, String::new(), Some(span))
        .variant("AML001.json")
        .arg("detail", Arg::Foreign(detail))
}

pub(crate) fn report_issues(issues: &[Issue]) -> impl Iterator<Item = Diagnostic> + '_ {
    issues.iter().map(|issue| {
        let at = |rule| {
            Diagnostic::new(
                rule,
                issue.document,
                issue.pointer.clone(),
                Some(issue.span),
            )
        };
        match &issue.kind {
            // The parser's message in the catalog's words where they have it (`yaml.*`), else
            // quoted as the parser said it.
            IssueKind::Syntax(detail) => match parser_message(detail) {
                Some(key) => at(&YAML_SYNTAX_ERROR)
                    .variant("AML001.worded")
                    .arg("detail", Arg::Word(key)),
                None => at(&YAML_SYNTAX_ERROR).arg("detail", Arg::Foreign(detail.clone())),
            },
            IssueKind::UnsupportedTag(tag) => at(&YAML_SYNTAX_ERROR)
                .variant("AML001.tag")
                .arg("tag", Arg::code(tag)),
            IssueKind::Binary => at(&YAML_SYNTAX_ERROR).variant("AML001.binary"),
            IssueKind::BadMerge => at(&YAML_SYNTAX_ERROR).variant("AML001.merge"),
            IssueKind::Tab => at(&YAML_SYNTAX_ERROR).variant("AML001.tab"),
            IssueKind::Character(c) => at(&YAML_SYNTAX_ERROR)
                .variant("AML001.char")
                .arg("codepoint", codepoint(*c)),
            IssueKind::LineBreak(c) => at(&YAML_SYNTAX_ERROR)
                .variant("AML001.linebreak")
                .arg("codepoint", codepoint(*c)),
            IssueKind::UnloadablePlain { text, tag } => at(&YAML_SYNTAX_ERROR)
                .variant("AML001.plain")
                .arg("text", text)
                .arg("tag", Arg::code(*tag)),
            IssueKind::ExtraDocument => at(&MULTIPLE_DOCUMENTS).arg("index", issue.document + 1),
            // The earlier entry's value is ignored: removing it changes nothing az ml reads, but
            // the author may have meant that one.
            IssueKind::DuplicateKey { key, earlier } => {
                at(&DUPLICATE_KEY).arg("key", key).with_fix(Fix::new(
                    Applicability::Unsafe,
                    Change::Remove {
                        pointer: None,
                        span: *earlier,
                    },
                ))
            }
            // Never quote a secret, even a weak one such as `on`.
            IssueKind::Ambiguous { text, .. } if is_secret_pointer(&issue.pointer) => {
                at(&YAML_VERSION_AMBIGUITY)
                    .variant("AML004.secret")
                    .with_fix(as_az_ml_reads(issue, text))
            }
            IssueKind::Ambiguous {
                text,
                yaml11,
                yaml12,
            } => at(&YAML_VERSION_AMBIGUITY)
                .arg("text", text)
                .arg("yaml11", reading(yaml11))
                .arg("yaml12", reading(yaml12))
                .with_fix(as_az_ml_reads(issue, text)),
            IssueKind::TooDeep(limit) => at(&DOCUMENT_TOO_COMPLEX).arg("limit", *limit),
            IssueKind::TooManyNodes(limit) => at(&DOCUMENT_TOO_COMPLEX)
                .variant("AML008.nodes")
                .arg("limit", *limit),
            IssueKind::RecursiveAlias => at(&DOCUMENT_TOO_COMPLEX).variant("AML008.recursive"),
        }
    })
}

/// Works out a readable document's kind: from `type`, or the kind assumed by the caller when
/// there is none. Reports why there is none. Runs before any kind is known, so `findings` admits
/// only rules for every kind.
pub(crate) fn kind_of(
    root: &Node<'_>,
    document: usize,
    assumed: Option<Kind>,
    findings: &mut Findings<'_>,
) -> Option<Kind> {
    let finding =
        |rule, pointer: &str, span| Diagnostic::new(rule, document, pointer.to_owned(), Some(span));
    match &root.value {
        Value::Null => {
            findings.push(empty(document, root.span));
            return None;
        }
        Value::Map(_) => {}
        _ => {
            findings.push(finding(&ROOT_NOT_MAPPING, "", root.span).arg("actual", type_word(root)));
            return None;
        }
    }
    let Some(entry) = root.entry("type") else {
        if assumed.is_none() {
            let start = Span::new(root.span.start as usize, root.span.start as usize);
            findings.push(finding(&MISSING_TYPE, "", start));
        }
        return assumed;
    };
    let Some(text) = entry.value.as_str() else {
        findings.push(
            finding(&MISSING_TYPE, "/type", entry.value.span)
                .variant("AML010.not_string")
                .arg("actual", type_word(&entry.value)),
        );
        return None;
    };
    let kind = Kind::from_type(text);
    if kind.is_none() {
        // Collected, so the list and the suggestion share the code every other enum uses.
        let allowed: Vec<&str> = Kind::ALL.iter().map(|k| k.type_name()).collect();
        let diagnostic = finding(&UNKNOWN_TYPE, "/type", entry.value.span)
            .arg("value", text)
            .arg("allowed", Arg::codes(allowed.iter().copied(), Join::Comma));
        findings.push(suggest(
            diagnostic,
            "AML011.suggest",
            text,
            allowed.iter().copied(),
        ));
    }
    kind
}

/// The rules about `type` and `$schema` that need the kind: a non-canonical spelling, a kind
/// `az ml` cannot submit, a `$schema` of another kind.
pub(crate) fn check_type(ctx: &mut Scope<'_>) {
    if let Some((text, node)) = ctx.str(&["type"]) {
        let canonical = ctx.kind.type_name();
        if text != canonical {
            let diagnostic = ctx
                .at(&super::shape::NON_CANONICAL_VALUE, "/type", node.span)
                .arg("field", Arg::code("type"))
                .arg("value", text)
                .arg("canonical", Arg::code(canonical))
                .with_fix(super::replace("/type", node.span, canonical));
            ctx.emit(diagnostic);
        }
        // Its kinds are the ones az ml has no type for; an IaC input (which states facts beside
        // the spec) does not go through az ml.
        if ctx.facts.is_none() {
            let diagnostic = ctx
                .at(&NOT_SUBMITTABLE_WITH_CLI, "/type", node.span)
                .arg("kind", kind_word(ctx.kind));
            ctx.emit(diagnostic);
        }
    }
    let Some((url, node)) = ctx.str(&["$schema"]) else {
        return;
    };
    let named = Kind::ALL.iter().copied().find(|k| {
        k.azure_schema_file().is_some_and(|file| {
            url.len()
                .checked_sub(file.len())
                .and_then(|start| url.get(start..))
                .is_some_and(|end| crate::text::eq_ignoring_case(end, file))
        })
    });
    if let Some(other) = named.filter(|other| *other != ctx.kind) {
        let diagnostic = ctx
            .at(&SCHEMA_URL_MISMATCH, "/$schema", node.span)
            .arg("schema_kind", Arg::code(other.type_name()))
            .arg("kind", Arg::code(ctx.kind.type_name()));
        ctx.emit(diagnostic);
    }
}
