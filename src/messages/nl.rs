//! Dutch messages: the same ids and placeholders as `en.rs`, in the terms of
//! `docs/reference/glossary-nl.md` (Microsoft's Dutch Azure documentation, the reader addressed as
//! "u"). Field names, values, codes and numbers stay as they are. Keep sorted by id.

pub(super) static MESSAGES: &[(&str, &str)] = &[
    // Woorden en zinsdelen waarnaar argumenten verwijzen (`Arg::Word`, `Arg::Phrase`).
    ("address.cidr", "een IPv4-CIDR-bereik zoals 10.0.0.0/16"),
    ("address.ip", "een IPv4-adres zoals 10.0.0.10"),
    (
        "cli.bicep_timeout",
        "{variable} moet een geheel aantal seconden van 1 tot 86400 zijn, niet `{value}`",
    ),
    ("cli.context_no_specs", "bevat geen rekenspecificatie"),
    ("cli.context_not_text", "geen UTF-8-tekst"),
    (
        "cli.context_stdin",
        "een contextbestand kan geen standaardinvoer zijn",
    ),
    ("cli.context_too_large", "groter dan amlint leest (1 MiB)"),
    (
        "cli.diff_not_read",
        "niet gelezen zoals az ml het leest ({code}), dus `--diff` toont er geen correcties voor; `amlint check` zegt waarom",
    ),
    (
        "cli.diff_usage",
        "`amlint diff OUD NIEUW` neemt één nieuwe specificatie en geen `--previous`",
    ),
    (
        "cli.extend_deep",
        "{path}: `extend = \"{base}\"` gaat meer dan {depth} bestanden diep (een kringloop?)",
    ),
    (
        "cli.extend_empty",
        "{path}: het bestand dat het uitbreidt, heeft geen instellingen",
    ),
    (
        "cli.fix_changed",
        "niet opgelost: het bestand is gewijzigd terwijl amlint het controleerde; voer amlint opnieuw uit",
    ),
    (
        "cli.fix_outside",
        "niet opgelost: een symbolische koppeling in een map naar een bestand buiten die map; noem het bestand zelf om het op te lossen",
    ),
    (
        "cli.fix_owner",
        "niet opgelost: amlint kan het herschreven bestand niet dezelfde eigenaar en groep geven ({detail})",
    ),
    (
        "cli.fix_read_only",
        "niet opgelost: het bestand is alleen-lezen (geen schrijfrechten)",
    ),
    (
        "cli.fix_wasi",
        "--fix kan onder WASI (`npx amlint`) geen bestanden herschrijven, omdat WASI de rechten van een bestand niet kan behouden; gebruik --diff, `--fix -` met standaardinvoer of de native amlint",
    ),
    (
        "cli.fixed",
        "{count} bevindingen opgelost in {files} bestanden",
    ),
    ("cli.flags", "--select/--ignore/--severity: {problem}"),
    (
        "cli.lang_env",
        "AMLINT_LANG={tag}: geen taal die amlint spreekt; een van: {languages}",
    ),
    ("cli.no_files", "geen bestanden om te controleren"),
    ("cli.no_rule", "er is geen regel `{rule}`"),
    (
        "cli.no_rule_suggest",
        "er is geen regel `{rule}`; bedoelde u `{suggestion}`?",
    ),
    ("cli.no_such_file", "bestand of map bestaat niet"),
    ("cli.no_table", "{path}: heeft geen tabel [tool.amlint]"),
    ("cli.not_baseline", "{path}: geen baseline: {detail}"),
    (
        "cli.not_regular",
        "geen gewoon bestand ({what}); geef een stroom met `-` door om hem te controleren",
    ),
    ("cli.not_regular.device", "een apparaat"),
    ("cli.not_regular.fifo", "een named pipe"),
    ("cli.not_regular.file", "een bestand"),
    ("cli.not_regular.folder", "een map"),
    ("cli.not_regular.other", "geen bestand"),
    ("cli.not_regular.socket", "een socket"),
    ("cli.not_regular.special", "een pipe, apparaat of socket"),
    ("cli.not_regular_file", "geen gewoon bestand ({what})"),
    (
        "cli.out_dir_not_folder",
        "{path}: geen map ({what}); `--out-dir` noemt de map waarin de schema's komen",
    ),
    (
        "cli.output_in_dev",
        "amlint maakt of vervangt geen bestanden in /dev (een rapport gaat naar een terminal, /dev/null of een bestaande pipe)",
    ),
    (
        "cli.output_is_input",
        "{path}: dit bestand wordt in deze controle ook gelezen; amlint overschrijft niet wat het leest",
    ),
    (
        "cli.output_link_loop",
        "te veel niveaus van symbolische links",
    ),
    (
        "cli.output_no_reader",
        "een named pipe die niemand leest; amlint wacht niet op een lezer (start de lezer eerst)",
    ),
    (
        "cli.output_stdin",
        "de eigen standaardinvoer van amlint, die het leest; een rapport wordt daar nooit geschreven",
    ),
    (
        "cli.output_twice",
        "{path}: een ander rapport van deze controle wordt ook naar dat bestand geschreven; geef elk rapport een eigen bestand",
    ),
    ("cli.permission_denied", "toegang geweigerd"),
    (
        "cli.policy_no_match",
        "`[policy] definitions`: `{glob}` komt met geen enkel bestand overeen",
    ),
    ("cli.recorded", "{count} bevindingen vastgelegd in {path}"),
    ("cli.settings.file", "# configuratiebestand: {path}"),
    ("cli.settings.files", "# bestanden: {count}"),
    (
        "cli.settings.isolated",
        "# configuratiebestand: geen (--isolated)",
    ),
    ("cli.settings.none", "# configuratiebestand: geen gevonden"),
    ("cli.too_large", "groter dan amlint leest ({limit})"),
    (
        "cli.unknown_kind",
        "onbekend type `{name}`; een van: compute, config, {kinds}",
    ),
    (
        "cli.unknown_rule",
        "er is geen regel `{rule}`; `amlint rules` toont ze",
    ),
    ("config.glob", "geen glob: {detail}"),
    (
        "config.glob_depth",
        "accolades meer dan {depth} niveaus diep genest",
    ),
    (
        "config.lang",
        "`lang = \"{lang}\"` is geen taal die amlint spreekt; een van: {languages}",
    ),
    (
        "config.policy_kind",
        "`{kind}` onder `[policy] allowed-kinds` is geen rekentype dat amlint kent",
    ),
    ("config.unknown_key", "onbekende sleutel `{key}`"),
    (
        "config.unknown_key_suggest",
        "onbekende sleutel `{key}`; bedoelde u `{suggestion}`?",
    ),
    (
        "context.existing.not_list",
        "geen uitvoer van `az ml compute list -o json`: een JSON-lijst met rekenkracht verwacht",
    ),
    (
        "context.existing.not_mapping",
        "geen rekenkracht (een JSON-object)",
    ),
    ("context.item", "`[{index}]`: {problem}"),
    ("context.missing", "`{key}` ontbreekt"),
    ("context.not_boolean", "`{key}` moet true of false zijn"),
    ("context.not_integer", "`{key}` moet een geheel getal zijn"),
    ("context.not_json", "geen JSON: {detail}"),
    ("context.not_number", "`{key}` moet een getal vanaf 0 zijn"),
    ("context.not_string", "`{key}` moet een tekenreeks zijn"),
    (
        "context.not_strings",
        "`{key}` moet een lijst met tekenreeksen zijn",
    ),
    (
        "context.policy.invalid_effect",
        "beleid ‘{policy}’: `{detail}` is geen effect dat Azure kent, of geen effect dat de definitie toestaat",
    ),
    (
        "context.policy.invalid_parameter",
        "beleid ‘{policy}’: de waarde van parameter `{detail}` heeft niet het juiste type of staat niet tussen de toegestane waarden",
    ),
    (
        "context.policy.missing_definition",
        "de beleidsset noemt `{detail}`, maar geen eerder opgegeven beleidsbestand definieert die",
    ),
    (
        "context.policy.missing_parameter",
        "beleid ‘{policy}’: parameter `{detail}` heeft geen standaardwaarde; geef een waarde op onder `[policy.parameters]`",
    ),
    (
        "context.policy.not_definition",
        "geen Azure Policy-definitie of beleidsset (JSON met een `policyRule`, of met `policyDefinitions`)",
    ),
    (
        "context.policy.unknown_parameter",
        "`{detail}` onder `[policy.parameters]` is geen parameter van een van de opgegeven beleidsregels",
    ),
    ("context.previous.empty", "bevat geen specificatie"),
    (
        "context.previous.not_mapping",
        "een document is geen specificatie (een toewijzing van velden)",
    ),
    (
        "context.previous.unknown_type",
        "`type: {type}` noemt geen type rekenkracht dat amlint kent",
    ),
    (
        "context.previous.unreadable",
        "geen specificatie die amlint als YAML of JSON kan lezen (`amlint check` erop zegt waarom)",
    ),
    ("context.sizes.empty", "bevat geen VM-grootten"),
    ("context.sizes.no_vcpus", "`v_cp_us` moet minstens 1 zijn"),
    (
        "context.sizes.not_list",
        "geen uitvoer van `az ml compute list-sizes -o json`: een JSON-lijst met VM-grootten verwacht",
    ),
    (
        "context.sizes.not_object",
        "geen VM-grootte (een JSON-object)",
    ),
    ("context.source.file", "`{file}`"),
    (
        "context.source.workspace",
        "de lijst met rekenkracht van de werkruimte",
    ),
    (
        "context.unreadable",
        "kan niet als JSON worden gelezen (het is leeg, of te diep of te groot)",
    ),
    ("cron.day_of_month", "dag van de maand"),
    ("cron.day_of_week", "dag van de week"),
    (
        "cron.field",
        "`{part}` is ongeldig als {field} (toegestaan {min}-{max})",
    ),
    (
        "cron.field_count",
        "de expressie heeft {count} velden, geen 5",
    ),
    ("cron.hour", "uur"),
    ("cron.minute", "minuut"),
    ("cron.month", "maand"),
    ("doc.all_kinds", "alle typen"),
    ("doc.applies_to", "Geldt voor: {kinds}"),
    ("doc.context", "Gecontroleerd met dit `{flag}`-bestand:"),
    ("doc.fails", "Faalt:"),
    ("doc.fix.safe", "veilig (`--fix`)"),
    ("doc.fix.unsafe", "onveilig (`--fix --unsafe-fixes`)"),
    (
        "doc.intro",
        "Elke regel die amlint controleert, gegenereerd uit het regelregister. Bronnen verwijzen met \"naslag §\" naar de secties van [`reference/azure-compute-rules.md`](reference/azure-compute-rules.md) (de naslag van het project over de velden van Azure ML-rekenkracht), met \"servicefouten #\" naar de genummerde foutmeldingen in [`reference/service-errors.md`](reference/service-errors.md), en naar de artikelen die die naslag noemt (het studio-artikel is het Nederlandse artikel waaruit amlint is gespecificeerd); citaten uit Azure en de SDK blijven in het Engels.",
    ),
    ("doc.passes", "Slaagt:"),
    (
        "doc.rule_line",
        "`{name}` · {severity} · geldt voor {kinds} · schema: {schema} · oplossing: {fix}",
    ),
    (
        "doc.schema",
        "**Schema.** Regels met trefwoorden worden ook door de JSON-schema's uitgedrukt; de andere hebben amlint zelf nodig (rekenen over velden heen, tabellen, het lezen van YAML, meerdere bestanden).",
    ),
    (
        "doc.severity",
        "**Ernst.** *fout*: Azure (de service, de SDK of de CLI) zou de specificatie weigeren, of het studio-artikel waaruit amlint is gespecificeerd zegt het en geen nieuwere gezaghebbende bron versoepelt het. *waarschuwing*: een limiet die nieuwere bronnen versoepelen, een risico, of iets waarvoor context nodig is. *info*: advies.",
    ),
    ("doc.table", "| code | naam | ernst | geldt voor | schema |"),
    ("doc.title", "amlint-regels"),
    (
        "finding.parameter",
        "(de waarde komt uit de parameter `{parameter}`)",
    ),
    (
        "finding.parameter_file",
        "(de waarde komt uit de parameter `{parameter}` in `{parameter_file}`)",
    ),
    (
        "finding.variable",
        "(de waarde komt uit de variabele `{variable}`)",
    ),
    ("fix.description", "oplossing van amlint ({applicability})"),
    ("group.AML0", "Bestand en YAML"),
    ("group.AML1", "Velden, typen en waarden"),
    ("group.AML2", "Rekennamen"),
    ("group.AML3", "Knooppunten en VM-grootten"),
    ("group.AML4", "Netwerken en locatie"),
    ("group.AML5", "SSH, geheimen en identiteit"),
    ("group.AML6", "Extra's van reken-exemplaren"),
    ("group.AML7", "AKS-inferentieclusters"),
    (
        "group.AML8",
        "Resource-id's, URL's en namen in andere systemen",
    ),
    ("group.AML9", "Updates, bezette namen en grootten per regio"),
    (
        "iac.module_file.unreadable",
        "is niet leesbaar, dus de variabelen en locals erin zijn onbekend voor de andere bestanden van de module: {detail}",
    ),
    (
        "iac.parameters.no_parameters",
        "heeft geen object `parameters` (een parameterbestand geeft elke waarde als `parameters.NAAM.value`)",
    ),
    (
        "iac.parameters.no_value",
        "de parameter `{detail}` heeft geen `value` en geen `reference` (Key Vault)",
    ),
    (
        "iac.parameters.not_object",
        "is geen JSON-object (een parameterbestand geeft elke waarde als `parameters.NAAM.value`)",
    ),
    ("iac.parameters.unreadable", "is geen JSON: {detail}"),
    (
        "iac.var_file.block",
        "bevat een blok `{detail}`: een bestand met variabelewaarden bevat alleen `naam = waarde` (Terraform: Blocks are not allowed here)",
    ),
    (
        "iac.var_file.not_object",
        "is niet één JSON-object met variabelewaarden",
    ),
    (
        "iac.var_file.unreadable",
        "is geen leesbaar bestand met variabelewaarden: {detail}",
    ),
    ("join.and", " en "),
    ("join.or", " of "),
    ("key.unrecognised", "onherkend"),
    ("kind.aks", "AKS-inferentiecluster"),
    ("kind.amlcompute", "rekencluster"),
    ("kind.computeinstance", "reken-exemplaar"),
    ("kind.databricks", "Azure Databricks"),
    ("kind.datalakeanalytics", "Data Lake Analytics"),
    ("kind.hdinsight", "HDInsight-cluster"),
    ("kind.kubernetes", "Kubernetes-rekenkracht"),
    ("kind.synapsespark", "Synapse Spark-pool"),
    ("kind.virtualmachine", "gekoppelde virtuele machine"),
    ("place.file", "{path}"),
    ("place.file_document", "{path} (document {document})"),
    ("place.same_file", "document {document} van dit bestand"),
    (
        "policy.heading",
        "{count} beleidsregels worden op elke specificatie toegepast (ernst, naam; bron en effect; parameters):",
    ),
    (
        "policy.none",
        "Geen beleid: noem definitiebestanden met `--policy`, of `[policy]` in amlint.toml (docs/policy.md).",
    ),
    ("policy.off", "uit"),
    ("reading.text", "de tekenreeks \"{value}\""),
    (
        "resource_id.pairs",
        "de id eindigt niet op paren van type en naam",
    ),
    (
        "resource_id.prefix",
        "de id begint niet met /subscriptions/",
    ),
    (
        "resource_id.provider",
        "de naamruimte van de provider ontbreekt",
    ),
    ("resource_id.resource_group", "de resourcegroep ontbreekt"),
    ("resource_id.subscription", "het abonnement is geen GUID"),
    (
        "schema.bad_pattern",
        "het patroon `{pattern}` is geen geldige reguliere expressie",
    ),
    (
        "schema.ref_cycle",
        "de $ref `{ref}` leidt terug naar zichzelf",
    ),
    (
        "schema.unknown_type",
        "`{type}` is geen type van JSON Schema",
    ),
    (
        "schema.unresolved_ref",
        "de $ref `{ref}` verwijst naar niets in het hoofdschema",
    ),
    ("schema.unsupported", "`{keyword}` wordt niet ondersteund"),
    ("severity.error", "fout"),
    ("severity.info", "info"),
    ("severity.warning", "waarschuwing"),
    ("summary.count.error.one", "{count} fout"),
    ("summary.count.error.other", "{count} fouten"),
    ("summary.count.file.one", "{count} bestand"),
    ("summary.count.file.other", "{count} bestanden"),
    ("summary.count.info.one", "{count} informatiemelding"),
    ("summary.count.info.other", "{count} informatiemeldingen"),
    ("summary.count.path.one", "{count} pad"),
    ("summary.count.path.other", "{count} paden"),
    ("summary.count.warning.one", "{count} waarschuwing"),
    ("summary.count.warning.other", "{count} waarschuwingen"),
    (
        "summary.found",
        "{errors}, {warnings} en {infos} gevonden in {with} van {files}.",
    ),
    (
        "summary.found_unchecked",
        "{errors}, {warnings} en {infos} gevonden in {with} van {files}; {unchecked} niet gelezen.",
    ),
    ("summary.none", "Geen problemen gevonden in {files}."),
    (
        "summary.none_unchecked",
        "Geen problemen gevonden in {files}; {unchecked} niet gelezen.",
    ),
    (
        "summary.table",
        "| Bestand | Plaats | Ernst | Regel | Melding |",
    ),
    ("type.boolean", "een booleaanse waarde"),
    ("type.integer", "een geheel getal"),
    ("type.list", "een lijst"),
    ("type.mapping", "een toewijzing"),
    ("type.null", "null"),
    ("type.number", "een getal"),
    ("type.string", "een tekenreeks"),
    ("type.timestamp", "een tijdstempel"),
    ("type.unknown", "een waarde die pas bij de uitrol bekend is"),
    (
        "ui.create_only",
        "Vastgelegd bij het maken van de compute: az ml compute update kan het niet wijzigen (AML901).",
    ),
    ("ui.secret.file", "Uit een bestand lezen"),
    ("ui.section.access", "Toegang"),
    ("ui.section.advanced", "Geavanceerde instellingen"),
    ("ui.section.basics", "Basis"),
    ("ui.section.identity", "Beheerde identiteit"),
    ("ui.section.network", "Netwerk"),
    ("ui.section.scale", "Schalen"),
    ("ui.section.schedules", "Inactief afsluiten en planningen"),
    ("ui.section.size", "VM-grootte"),
    ("ui.sizes.all", "Alle"),
    ("ui.sizes.count", "{shown} van {total} grootten"),
    (
        "ui.sizes.count_policy",
        "{shown} van {total} grootten (beperkt door het beleid)",
    ),
    (
        "ui.sizes.denied",
        "{size} is niet toegestaan door het beleid",
    ),
    ("ui.sizes.family", "Familie"),
    ("ui.sizes.gpus", "GPU's"),
    ("ui.sizes.low_priority", "Lage prioriteit"),
    ("ui.sizes.memory", "Geheugen (GB)"),
    ("ui.sizes.name", "Grootte"),
    ("ui.sizes.no", "nee"),
    ("ui.sizes.pick", "Kiezen"),
    ("ui.sizes.processor", "Soort"),
    ("ui.sizes.search", "Grootten zoeken"),
    ("ui.sizes.vcpus", "vCPU's"),
    ("ui.sizes.yes", "ja"),
    ("vm.cpu", "CPU"),
    ("vm.gpu", "GPU"),
    (
        "wasm.edits_misfit",
        "applyFixes: de bewerkingen van bevinding {index} passen niet in de tekst (erbuiten, omgekeerd of overlappend)",
    ),
    ("wasm.expected.count", "een geheel getal vanaf 0"),
    (
        "wasm.expected.data",
        "een object, een array of een tekenreeks",
    ),
    (
        "wasm.expected.documents",
        "een array van objecten of tekenreeksen",
    ),
    ("wasm.expected.flag", "true of false"),
    ("wasm.expected.object", "een object"),
    ("wasm.expected.string", "een tekenreeks"),
    ("wasm.expected.string_map", "een object met tekenreeksen"),
    ("wasm.expected.strings", "een array van tekenreeksen"),
    (
        "wasm.expects.findings",
        "{function} verwacht een array van bevindingen",
    ),
    (
        "wasm.expects.kind",
        "schema verwacht de naam van een type (een tekenreeks), niet {type}",
    ),
    (
        "wasm.expects.rule",
        "explain verwacht een regelcode of regelnaam (een tekenreeks), niet {type}",
    ),
    (
        "wasm.expects.text",
        "applyFixes verwacht de tekst van de specificatie (een tekenreeks), niet {type}",
    ),
    (
        "wasm.expects.yaml",
        "parse verwacht YAML- of JSON-tekst (een tekenreeks), niet {type}",
    ),
    (
        "wasm.fail_on",
        "failOn: `{value}` is niet een van error, warning, info",
    ),
    ("wasm.language.invalid", "niet de taal `{tag}`: {problem}"),
    (
        "wasm.language.shape",
        "een taal bevat `messages`, `docs` en `schema`, elk een lijst van paren [sleutel, tekst]",
    ),
    (
        "wasm.locale.not_loaded",
        "de taal `{tag}` is niet geladen: roep eerst `await loadLocale(\"{language}\")` aan",
    ),
    (
        "wasm.locale.unsupported",
        "niet-ondersteunde taal `{tag}`; beschikbaar: {languages}",
    ),
    (
        "wasm.needs_full",
        "{what} heeft de volledige module van amlint nodig: roep eerst `await loadFull()` aan",
    ),
    (
        "wasm.not_spec",
        "{function} verwacht een specificatie als object of als YAML- of JSON-tekst, niet {type}",
    ),
    ("wasm.options", "het optieobject van {function}"),
    ("wasm.options.context", "{options}: `{key}`: {problem}"),
    ("wasm.options.missing", "{options}: `{key}` is verplicht"),
    ("wasm.options.not_object", "{options} moet een object zijn"),
    (
        "wasm.options.one_of",
        "{options}: `{key}`: `{value}` is niet een van {values}",
    ),
    (
        "wasm.options.type",
        "{options}: `{key}` moet {expected} zijn",
    ),
    (
        "wasm.options.unknown",
        "{options}: onbekende optie `{key}`; bekende opties: {known}",
    ),
    (
        "wasm.schema_error",
        "het schema kan niet worden geëvalueerd: {problem}",
    ),
    (
        "wasm.serialise",
        "amlint kan het resultaat niet serialiseren",
    ),
    (
        "wasm.severity_level",
        "ernst van `{rules}`: `{level}` is niet een van error, warning, info, off",
    ),
    (
        "wasm.sizes.processor",
        "{options}: `processor`: `{value}` is niet een van cpu, gpu",
    ),
    (
        "wasm.sizes.region",
        "{options}: `region`: `{value}` is geen Azure-regio die amlint kent",
    ),
    (
        "wasm.sizes.region_suggest",
        "{options}: `region`: `{value}` is geen Azure-regio die amlint kent; bedoelde u `{suggestion}`?",
    ),
    ("wasm.subject.findings", "de bevindingen"),
    ("wasm.subject.form_state", "de formulierstatus"),
    ("wasm.subject.language", "de taal"),
    ("wasm.subject.spec", "de specificatie"),
    ("wasm.subject.state", "de status"),
    ("wasm.subject.value", "de waarde"),
    (
        "wasm.unknown_draft",
        "onbekende JSON Schema-versie `{value}`; gebruik \"07\" of \"2020-12\"",
    ),
    (
        "wasm.unknown_kind",
        "onbekend type rekenkracht `{name}`; een van: {kinds}",
    ),
    (
        "wasm.unknown_mode",
        "onbekende modus `{value}`; gebruik \"create\" of \"update\"",
    ),
    (
        "wasm.unreadable.deep",
        "{subject} is dieper genest dan {limit} niveaus (is er een kringverwijzing?)",
    ),
    (
        "wasm.unreadable.function",
        "{subject} is een functie of symbool; geef gewone gegevens door",
    ),
    (
        "wasm.unreadable.garbled",
        "{subject} kan niet worden gelezen (de lezer en de schrijver van amlint zijn het oneens)",
    ),
    (
        "wasm.unreadable.large",
        "{subject} bevat meer dan {limit} waarden",
    ),
    (
        "wasm.unreadable.map",
        "{subject} is een Map of Set; geef een gewoon object door",
    ),
    (
        "wasm.unreadable.threw",
        "{subject} kan niet worden gelezen: een getter, Proxy-trap of toJSON gaf een fout",
    ),
    (
        "yaml.a_block_scalar_content_cannot_start_with_a_tab",
        "de inhoud van een blokscalar mag niet met een tab beginnen",
    ),
    (
        "yaml.a_byte_order_mark_must_not_appear_inside_a_document",
        "een bytevolgordemarkering (BOM) mag niet midden in een document staan",
    ),
    (
        "yaml.block_sequence_entries_are_not_allowed_in_this_context",
        "items van een blokreeks zijn hier niet toegestaan",
    ),
    (
        "yaml.did_not_find_expected_document_start",
        "het verwachte begin van een document ontbreekt",
    ),
    (
        "yaml.did_not_find_expected_document_start_marker",
        "het verwachte begin van een document (---) ontbreekt",
    ),
    (
        "yaml.did_not_find_expected_next_token",
        "het verwachte volgende element ontbreekt",
    ),
    (
        "yaml.did_not_find_expected_stream_start",
        "het verwachte begin van de invoer ontbreekt",
    ),
    ("yaml.expected_whitespace", "hier werd witruimte verwacht"),
    (
        "yaml.found_incompatible_yaml_document",
        "dit YAML-document heeft een versie die de parser niet ondersteunt",
    ),
    (
        "yaml.found_unprintable_character",
        "het bestand bevat een niet-afdrukbaar teken",
    ),
    (
        "yaml.invalid_content_after_document_end_marker",
        "ongeldige inhoud na de markering voor het einde van een document (...)",
    ),
    (
        "yaml.invalid_global_tag_character",
        "ongeldig teken in een globale tag",
    ),
    ("yaml.invalid_indentation", "ongeldige inspringing"),
    (
        "yaml.invalid_indentation_for_anchor",
        "ongeldige inspringing voor een anker",
    ),
    (
        "yaml.invalid_indentation_in_flow_construct",
        "ongeldige inspringing binnen een lijst tussen [ ] of een toewijzing tussen accolades",
    ),
    (
        "yaml.invalid_indentation_in_quoted_scalar",
        "ongeldige inspringing in tekst tussen aanhalingstekens",
    ),
    (
        "yaml.invalid_trailing_content_after_double_quoted_scalar",
        "ongeldige inhoud na tekst tussen dubbele aanhalingstekens",
    ),
    (
        "yaml.mapping_keys_are_not_allowed_in_this_context",
        "sleutels van een toewijzing zijn hier niet toegestaan",
    ),
    (
        "yaml.mapping_values_are_not_allowed_in_this_context",
        "waarden van een toewijzing zijn hier niet toegestaan",
    ),
    (
        "yaml.misplaced_bracket",
        "een haakje staat op de verkeerde plaats",
    ),
    (
        "yaml.simple_key_expect",
        "na de sleutel ontbreekt de verwachte ':'",
    ),
    ("yaml.simple_key_expected", "hier werd een sleutel verwacht"),
    (
        "yaml.the_handle_wasn_t_declared",
        "deze tag-handle is niet gedeclareerd",
    ),
    (
        "yaml.the_tag_directive_must_only_be_given_at_most_once_per_handle",
        "de TAG-richtlijn mag per handle maar één keer in hetzelfde document staan",
    ),
    (
        "yaml.unexpected_end_of_plain_scalar",
        "onverwacht einde van tekst zonder aanhalingstekens",
    ),
    ("yaml.unexpected_eof", "onverwacht einde van het bestand"),
    (
        "yaml.while_parsing_a_block_collection_did_not_find_expected_indic",
        "in een blokreeks ontbreekt de verwachte '-'",
    ),
    (
        "yaml.while_parsing_a_block_mapping_did_not_find_expected_key",
        "in een bloktoewijzing ontbreekt de verwachte sleutel",
    ),
    (
        "yaml.while_parsing_a_flow_mapping_did_not_find_expected_or",
        "in een toewijzing tussen accolades ontbreekt de verwachte ',' of '}'",
    ),
    (
        "yaml.while_parsing_a_flow_sequence_expected_or",
        "in een lijst tussen [ ] werd ',' of ']' verwacht",
    ),
    (
        "yaml.while_parsing_a_node_did_not_find_expected_node_content",
        "de verwachte inhoud van een knooppunt ontbreekt",
    ),
    (
        "yaml.while_parsing_a_quoted_scalar_did_not_find_expected_hexadeci",
        "in tekst tussen aanhalingstekens ontbreekt het verwachte hexadecimale getal",
    ),
    (
        "yaml.while_parsing_a_quoted_scalar_found_invalid_unicode_characte",
        "tekst tussen aanhalingstekens bevat een ongeldige Unicode-escapecode",
    ),
    (
        "yaml.while_parsing_a_quoted_scalar_found_unknown_escape_character",
        "tekst tussen aanhalingstekens bevat een onbekend escapeteken",
    ),
    (
        "yaml.while_parsing_a_tag_did_not_find_expected_tag_uri",
        "in een tag ontbreekt de verwachte tag-URI",
    ),
    (
        "yaml.while_parsing_a_tag_directive_did_not_find_expected",
        "in een TAG-richtlijn ontbreekt de verwachte '!'",
    ),
    (
        "yaml.while_parsing_a_tag_found_an_incorrect_leading_utf_8_byte",
        "een tag bevat een onjuiste eerste UTF-8-byte",
    ),
    (
        "yaml.while_parsing_a_tag_found_an_incorrect_trailing_utf_8_byte",
        "een tag bevat een onjuiste vervolgbyte van UTF-8",
    ),
    (
        "yaml.while_parsing_a_tag_found_an_invalid_escape_sequence",
        "een tag bevat een ongeldige escapereeks",
    ),
    (
        "yaml.while_parsing_a_tag_found_an_invalid_utf_8_codepoint",
        "een tag bevat een ongeldig UTF-8-codepunt",
    ),
    (
        "yaml.while_parsing_anchor_found_duplicated_anchor",
        "dit anker is al eerder gedefinieerd",
    ),
    (
        "yaml.while_parsing_node_found_unknown_anchor",
        "een alias verwijst naar een onbekend anker",
    ),
    (
        "yaml.while_scanning_a_block_scalar_did_not_find_expected_comment",
        "na het begin van een blokscalar ontbreekt de verwachte opmerking of het verwachte regeleinde",
    ),
    (
        "yaml.while_scanning_a_block_scalar_found_an_indentation_indicator",
        "een blokscalar heeft inspringingsindicator 0",
    ),
    (
        "yaml.while_scanning_a_directive_could_not_find_expected_directive",
        "in een richtlijn ontbreekt de verwachte naam",
    ),
    (
        "yaml.while_scanning_a_directive_did_not_find_expected_comment_or",
        "na een richtlijn ontbreekt de verwachte opmerking of het verwachte regeleinde",
    ),
    (
        "yaml.while_scanning_a_directive_found_unexpected_non_alphabetical",
        "een richtlijn bevat een onverwacht teken dat geen letter is",
    ),
    (
        "yaml.while_scanning_a_plain_scalar_found_a_tab",
        "tekst zonder aanhalingstekens bevat een tab",
    ),
    (
        "yaml.while_scanning_a_quoted_scalar_found_unexpected_document_ind",
        "tekst tussen aanhalingstekens bevat een onverwachte documentmarkering (--- of ...)",
    ),
    (
        "yaml.while_scanning_a_quoted_scalar_found_unexpected_end_of_strea",
        "tekst tussen aanhalingstekens wordt niet afgesloten voor het einde van het bestand",
    ),
    (
        "yaml.while_scanning_a_tag_did_not_find_expected",
        "in een tag ontbreekt de verwachte '!'",
    ),
    (
        "yaml.while_scanning_a_tag_did_not_find_expected_whitespace_or_lin",
        "na een tag ontbreekt de verwachte witruimte of het verwachte regeleinde",
    ),
    (
        "yaml.while_scanning_a_verbatim_tag_did_not_find_the_expected",
        "in een letterlijke tag ontbreekt de verwachte '>'",
    ),
    (
        "yaml.while_scanning_a_yaml_directive_did_not_find_expected_digit",
        "in een YAML-richtlijn ontbreekt het verwachte cijfer of de verwachte '.'",
    ),
    (
        "yaml.while_scanning_a_yaml_directive_did_not_find_expected_versio",
        "in een YAML-richtlijn ontbreekt het verwachte versienummer",
    ),
    (
        "yaml.while_scanning_a_yaml_directive_found_extremely_long_version",
        "een YAML-richtlijn heeft een extreem lang versienummer",
    ),
    (
        "yaml.while_scanning_an_anchor_or_alias_did_not_find_expected_alph",
        "in een anker of alias ontbreekt de verwachte letter of het verwachte cijfer",
    ),
    (
        "yaml.while_scanning_tag_did_not_find_expected_whitespace_or_line",
        "na de TAG-richtlijn ontbreekt de verwachte witruimte of het verwachte regeleinde",
    ),
];
