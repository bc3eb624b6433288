//! English messages. Keep sorted by id: lookups are binary searches (a test checks).
//!
//! `full!` marks the texts the npm package's form module never shows (the command's, the YAML
//! reader's, context files', the rule reference's, the config's): it keeps their ids and leaves
//! their words out of that module (its size budget, docs/performance.md).

pub(super) static MESSAGES: &[(&str, &str)] = &[
    // Words and phrases that arguments name (`Arg::Word`, `Arg::Phrase`).
    ("address.cidr", "an IPv4 CIDR range such as 10.0.0.0/16"),
    ("address.ip", "an IPv4 address such as 10.0.0.10"),
    (
        "cli.bicep_timeout",
        full!("{variable} must be a whole number of seconds from 1 to 86400, not `{value}`"),
    ),
    ("cli.context_no_specs", full!("holds no compute spec")),
    ("cli.context_not_text", full!("not UTF-8 text")),
    (
        "cli.context_stdin",
        full!("a context file cannot be standard input"),
    ),
    (
        "cli.context_too_large",
        full!("larger than amlint reads (1 MiB)"),
    ),
    (
        "cli.diff_not_read",
        full!(
            "not read as az ml reads it ({code}), so `--diff` shows no fixes for it; `amlint check` says why"
        ),
    ),
    (
        "cli.diff_usage",
        full!("`amlint diff OLD NEW` takes one new spec and no `--previous`"),
    ),
    (
        "cli.extend_deep",
        full!("{path}: `extend = \"{base}\"` goes more than {depth} files deep (a cycle?)"),
    ),
    (
        "cli.extend_empty",
        full!("{path}: the file it extends has no settings"),
    ),
    (
        "cli.fix_changed",
        full!("not fixed: the file changed while amlint was checking it; run amlint again"),
    ),
    (
        "cli.fix_outside",
        full!(
            "not fixed: a symbolic link, found in a folder, to a file outside that folder; name the file itself to fix it"
        ),
    ),
    (
        "cli.fix_owner",
        full!(
            "not fixed: amlint cannot give the rewritten file the owner and group of the file ({detail})"
        ),
    ),
    (
        "cli.fix_read_only",
        full!("not fixed: the file is read-only (no write permission)"),
    ),
    (
        "cli.fix_wasi",
        full!(
            "--fix cannot rewrite files under WASI (`npx amlint`), which cannot keep a file's permissions; use --diff, `--fix -` with standard input, or the native amlint"
        ),
    ),
    (
        "cli.fixed",
        full!("fixed {count} finding(s) in {files} file(s)"),
    ),
    (
        "cli.flags",
        full!("--select/--ignore/--severity: {problem}"),
    ),
    (
        "cli.lang_env",
        full!("AMLINT_LANG={tag}: not a language amlint speaks; one of: {languages}"),
    ),
    ("cli.no_files", full!("no files to check")),
    ("cli.no_rule", full!("no rule `{rule}`")),
    (
        "cli.no_rule_suggest",
        full!("no rule `{rule}`; did you mean `{suggestion}`?"),
    ),
    ("cli.no_such_file", full!("no such file or folder")),
    ("cli.no_table", full!("{path}: has no [tool.amlint] table")),
    (
        "cli.not_baseline",
        full!("{path}: not a baseline: {detail}"),
    ),
    (
        "cli.not_regular",
        full!("not a regular file ({what}); to check a stream, pipe it in with `-`"),
    ),
    ("cli.not_regular.device", full!("a device")),
    ("cli.not_regular.fifo", full!("a named pipe")),
    ("cli.not_regular.file", full!("a file")),
    ("cli.not_regular.folder", full!("a folder")),
    ("cli.not_regular.other", full!("not a file")),
    ("cli.not_regular.socket", full!("a socket")),
    ("cli.not_regular.special", full!("a pipe, device or socket")),
    ("cli.not_regular_file", full!("not a regular file ({what})")),
    (
        "cli.out_dir_not_folder",
        full!(
            "{path}: not a folder ({what}); `--out-dir` names the folder the schemas are written to"
        ),
    ),
    (
        "cli.output_in_dev",
        full!(
            "amlint does not create or replace files in /dev (a report goes to a terminal, /dev/null or a pipe that is there)"
        ),
    ),
    (
        "cli.output_is_input",
        full!("{path}: this run also reads that file; amlint does not write over its own input"),
    ),
    (
        "cli.output_link_loop",
        full!("too many levels of symbolic links"),
    ),
    (
        "cli.output_no_reader",
        full!(
            "a named pipe that nothing reads; amlint does not wait for a reader (start the reader first)"
        ),
    ),
    (
        "cli.output_stdin",
        full!("amlint's own standard input, which it reads; a report is never written there"),
    ),
    (
        "cli.output_twice",
        full!(
            "{path}: another report of this run is written to that file too; give each report its own file"
        ),
    ),
    ("cli.permission_denied", full!("permission denied")),
    (
        "cli.policy_no_match",
        full!("`[policy] definitions`: `{glob}` matches no file"),
    ),
    ("cli.recorded", full!("recorded {count} findings in {path}")),
    ("cli.settings.file", full!("# config file: {path}")),
    ("cli.settings.files", full!("# files: {count}")),
    (
        "cli.settings.isolated",
        full!("# config file: none (--isolated)"),
    ),
    ("cli.settings.none", full!("# config file: none found")),
    ("cli.too_large", full!("larger than amlint reads ({limit})")),
    (
        "cli.unknown_kind",
        full!("unknown kind `{name}`; one of: compute, config, {kinds}"),
    ),
    (
        "cli.unknown_rule",
        full!("no rule `{rule}`; `amlint rules` lists them"),
    ),
    ("config.glob", full!("not a glob: {detail}")),
    (
        "config.glob_depth",
        full!("braces nested more than {depth} deep"),
    ),
    (
        "config.lang",
        full!("`lang = \"{lang}\"` is not a language amlint speaks; one of: {languages}"),
    ),
    (
        "config.policy_kind",
        full!("`{kind}` under `[policy] allowed-kinds` is not a compute type amlint knows"),
    ),
    ("config.unknown_key", full!("unknown key `{key}`")),
    (
        "config.unknown_key_suggest",
        full!("unknown key `{key}`; did you mean `{suggestion}`?"),
    ),
    (
        "context.existing.not_list",
        full!("not the output of `az ml compute list -o json`: expected a JSON list of computes"),
    ),
    (
        "context.existing.not_mapping",
        full!("not a compute (a JSON object)"),
    ),
    ("context.item", full!("`[{index}]`: {problem}")),
    ("context.missing", full!("`{key}` is missing")),
    (
        "context.not_boolean",
        full!("`{key}` must be true or false"),
    ),
    (
        "context.not_integer",
        full!("`{key}` must be a whole number"),
    ),
    ("context.not_json", full!("not JSON: {detail}")),
    (
        "context.not_number",
        full!("`{key}` must be a number from 0"),
    ),
    ("context.not_string", full!("`{key}` must be a string")),
    (
        "context.not_strings",
        full!("`{key}` must be a list of strings"),
    ),
    (
        "context.policy.invalid_effect",
        full!(
            "policy “{policy}”: `{detail}` is not an effect Azure knows, or not one the definition allows"
        ),
    ),
    (
        "context.policy.invalid_parameter",
        full!(
            "policy “{policy}”: the value of parameter `{detail}` is not of its type or not among its allowed values"
        ),
    ),
    (
        "context.policy.missing_definition",
        full!("the policy set names `{detail}`, which no policy file given before it defines"),
    ),
    (
        "context.policy.missing_parameter",
        full!(
            "policy “{policy}”: parameter `{detail}` has no default; give it a value under `[policy.parameters]`"
        ),
    ),
    (
        "context.policy.not_definition",
        full!(
            "not an Azure Policy definition or policy set (JSON with a `policyRule`, or with `policyDefinitions`)"
        ),
    ),
    (
        "context.policy.unknown_parameter",
        full!(
            "`{detail}` under `[policy.parameters]` is a parameter of none of the policies given"
        ),
    ),
    ("context.previous.empty", full!("holds no spec")),
    (
        "context.previous.not_mapping",
        full!("a document is not a spec (a mapping of fields)"),
    ),
    (
        "context.previous.unknown_type",
        full!("`type: {type}` names no compute kind amlint knows"),
    ),
    (
        "context.previous.unreadable",
        full!("not a spec amlint can read as YAML or JSON (`amlint check` on it says why)"),
    ),
    ("context.sizes.empty", full!("lists no VM sizes")),
    (
        "context.sizes.no_vcpus",
        full!("`v_cp_us` must be at least 1"),
    ),
    (
        "context.sizes.not_list",
        full!(
            "not the output of `az ml compute list-sizes -o json`: expected a JSON list of VM sizes"
        ),
    ),
    (
        "context.sizes.not_object",
        full!("not a VM size (a JSON object)"),
    ),
    ("context.source.file", full!("`{file}`")),
    (
        "context.source.workspace",
        full!("the workspace's list of computes"),
    ),
    (
        "context.unreadable",
        full!("cannot be read as JSON (it is empty, or too deep or large)"),
    ),
    ("cron.day_of_month", "day of month"),
    ("cron.day_of_week", "day of week"),
    (
        "cron.field",
        "`{part}` is not a valid {field} (allowed {min}-{max})",
    ),
    ("cron.field_count", "it has {count} fields, not 5"),
    ("cron.hour", "hour"),
    ("cron.minute", "minute"),
    ("cron.month", "month"),
    ("doc.all_kinds", full!("all kinds")),
    ("doc.applies_to", full!("Applies to: {kinds}")),
    ("doc.context", full!("Checked with this `{flag}` file:")),
    ("doc.fails", full!("Fails:")),
    ("doc.fix.safe", full!("safe (`--fix`)")),
    ("doc.fix.unsafe", full!("unsafe (`--fix --unsafe-fixes`)")),
    (
        "doc.intro",
        full!(
            "Every rule amlint checks, generated from the rule registry. Sources cite sections of [`reference/azure-compute-rules.md`](reference/azure-compute-rules.md) (the project's reference on Azure ML compute fields) and the source tags used there."
        ),
    ),
    ("doc.passes", full!("Passes:")),
    (
        "doc.rule_line",
        full!("`{name}` · {severity} · applies to {kinds} · schema: {schema} · fix: {fix}"),
    ),
    (
        "doc.schema",
        full!(
            "**Schema.** Rules marked with keywords are also expressed by the JSON Schemas; the others need amlint itself (arithmetic across fields, tables, YAML reading, several files)."
        ),
    ),
    (
        "doc.severity",
        full!(
            "**Severity.** *error*: Azure (service, SDK or CLI) would reject the spec, or the studio article amlint was specified from states it and no newer authoritative source relaxes it. *warning*: a limit that newer sources relax, a risk, or something that needs context. *info*: advice."
        ),
    ),
    (
        "doc.table",
        full!("| code | name | severity | applies to | schema |"),
    ),
    ("doc.title", full!("amlint rules")),
    (
        "finding.parameter",
        "(the value comes from the parameter `{parameter}`)",
    ),
    (
        "finding.parameter_file",
        full!("(the value comes from the parameter `{parameter}` in `{parameter_file}`)"),
    ),
    (
        "finding.variable",
        full!("(the value comes from the variable `{variable}`)"),
    ),
    ("fix.description", "amlint's fix ({applicability})"),
    ("group.AML0", "File and YAML"),
    ("group.AML1", "Fields, types and values"),
    ("group.AML2", "Compute names"),
    ("group.AML3", "Nodes and VM sizes"),
    ("group.AML4", "Networking and location"),
    ("group.AML5", "SSH, secrets and identity"),
    ("group.AML6", "Compute instance extras"),
    ("group.AML7", "AKS inference clusters"),
    (
        "group.AML8",
        "Resource IDs, URLs and names in other systems",
    ),
    ("group.AML9", "Updates, taken names and region sizes"),
    (
        "iac.module_file.unreadable",
        full!(
            "does not parse, so the variables and locals it declares are unknown to the module's other files: {detail}"
        ),
    ),
    (
        "iac.parameters.no_parameters",
        full!(
            "has no `parameters` object (a parameter file gives each value as `parameters.NAME.value`)"
        ),
    ),
    (
        "iac.parameters.no_value",
        full!("the parameter `{detail}` has neither a `value` nor a `reference` (Key Vault)"),
    ),
    (
        "iac.parameters.not_object",
        full!(
            "is not a JSON object (a parameter file gives each value as `parameters.NAME.value`)"
        ),
    ),
    ("iac.parameters.unreadable", full!("is not JSON: {detail}")),
    (
        "iac.var_file.block",
        full!(
            "holds a block `{detail}`: a variable definitions file holds only `name = value` (Terraform: Blocks are not allowed here)"
        ),
    ),
    (
        "iac.var_file.not_object",
        full!("is not one JSON object of variable values"),
    ),
    (
        "iac.var_file.unreadable",
        full!("does not parse as a variable definitions file: {detail}"),
    ),
    ("join.and", " and "),
    ("join.or", " or "),
    ("key.unrecognised", "unrecognised"),
    ("kind.aks", "AKS inference cluster"),
    ("kind.amlcompute", "compute cluster"),
    ("kind.computeinstance", "compute instance"),
    ("kind.databricks", "Azure Databricks"),
    ("kind.datalakeanalytics", "Data Lake Analytics"),
    ("kind.hdinsight", "HDInsight cluster"),
    ("kind.kubernetes", "Kubernetes compute"),
    ("kind.synapsespark", "Synapse Spark pool"),
    ("kind.virtualmachine", "attached virtual machine"),
    ("place.file", "{path}"),
    ("place.file_document", "{path} (document {document})"),
    ("place.same_file", "document {document} of this file"),
    (
        "policy.heading",
        full!(
            "{count} policies are evaluated on each spec (severity, name; source and effect; parameters):"
        ),
    ),
    (
        "policy.none",
        full!(
            "No policies: name definition files with `--policy`, or `[policy]` in amlint.toml (docs/policy.md)."
        ),
    ),
    ("policy.off", full!("off")),
    ("reading.text", "the string \"{value}\""),
    ("resource_id.pairs", "it does not end in type/name pairs"),
    (
        "resource_id.prefix",
        "it does not start with /subscriptions/",
    ),
    ("resource_id.provider", "the provider namespace is missing"),
    (
        "resource_id.resource_group",
        "the resource group is missing",
    ),
    ("resource_id.subscription", "the subscription is not a GUID"),
    (
        "schema.bad_pattern",
        "the pattern `{pattern}` is not a valid regular expression",
    ),
    ("schema.ref_cycle", "the $ref `{ref}` leads back to itself"),
    ("schema.unknown_type", "`{type}` is not a JSON Schema type"),
    (
        "schema.unresolved_ref",
        "the $ref `{ref}` names nothing in the root schema",
    ),
    ("schema.unsupported", "`{keyword}` is not supported"),
    ("severity.error", "error"),
    ("severity.info", "info"),
    ("severity.warning", "warning"),
    ("summary.count.error.one", full!("{count} error")),
    ("summary.count.error.other", full!("{count} errors")),
    ("summary.count.file.one", full!("{count} file")),
    ("summary.count.file.other", full!("{count} files")),
    ("summary.count.info.one", full!("{count} info")),
    ("summary.count.info.other", full!("{count} infos")),
    ("summary.count.path.one", full!("{count} path")),
    ("summary.count.path.other", full!("{count} paths")),
    ("summary.count.warning.one", full!("{count} warning")),
    ("summary.count.warning.other", full!("{count} warnings")),
    (
        "summary.found",
        full!("Found {errors}, {warnings} and {infos} in {with} of {files}."),
    ),
    (
        "summary.found_unchecked",
        full!(
            "Found {errors}, {warnings} and {infos} in {with} of {files}; {unchecked} could not be read."
        ),
    ),
    ("summary.none", full!("No problems found in {files}.")),
    (
        "summary.none_unchecked",
        full!("No problems found in {files}; {unchecked} could not be read."),
    ),
    (
        "summary.table",
        full!("| File | Line | Severity | Rule | Message |"),
    ),
    ("type.boolean", "a boolean"),
    ("type.integer", "an integer"),
    ("type.list", "a list"),
    ("type.mapping", "a mapping"),
    ("type.null", "null"),
    ("type.number", "a number"),
    ("type.string", "a string"),
    ("type.timestamp", "a timestamp"),
    ("type.unknown", "a value known only when deployed"),
    (
        "ui.create_only",
        full!(
            "Fixed when the compute was created: az ml compute update cannot change it (AML901)."
        ),
    ),
    ("ui.secret.file", full!("Read from a file")),
    ("ui.section.access", full!("Access")),
    ("ui.section.advanced", full!("Advanced settings")),
    ("ui.section.basics", full!("Basics")),
    ("ui.section.identity", full!("Managed identity")),
    ("ui.section.network", full!("Network")),
    ("ui.section.scale", full!("Scale")),
    ("ui.section.schedules", full!("Idle shutdown and schedules")),
    ("ui.section.size", full!("Virtual machine size")),
    ("ui.sizes.all", full!("All")),
    ("ui.sizes.count", full!("{shown} of {total} sizes")),
    (
        "ui.sizes.count_policy",
        full!("{shown} of {total} sizes (narrowed by the policy)"),
    ),
    (
        "ui.sizes.denied",
        full!("{size} is not allowed by the policy"),
    ),
    ("ui.sizes.family", full!("Family")),
    ("ui.sizes.gpus", full!("GPUs")),
    ("ui.sizes.low_priority", full!("Low priority")),
    ("ui.sizes.memory", full!("Memory (GB)")),
    ("ui.sizes.name", full!("Size")),
    ("ui.sizes.no", full!("no")),
    ("ui.sizes.pick", full!("Select")),
    ("ui.sizes.processor", full!("Type")),
    ("ui.sizes.search", full!("Search sizes")),
    ("ui.sizes.vcpus", full!("vCPUs")),
    ("ui.sizes.yes", full!("yes")),
    ("vm.cpu", "CPU"),
    ("vm.gpu", "GPU"),
    (
        "wasm.edits_misfit",
        "applyFixes: the edits of finding {index} do not fit the text (outside it, reversed or overlapping)",
    ),
    ("wasm.expected.count", "a whole number from 0"),
    ("wasm.expected.data", "an object, an array or a string"),
    ("wasm.expected.documents", "an array of objects or strings"),
    ("wasm.expected.flag", "true or false"),
    ("wasm.expected.object", "an object"),
    ("wasm.expected.string", "a string"),
    ("wasm.expected.string_map", "an object of strings"),
    ("wasm.expected.strings", "an array of strings"),
    (
        "wasm.expects.findings",
        "{function} expects an array of findings",
    ),
    (
        "wasm.expects.kind",
        "schema expects a kind name (a string), not {type}",
    ),
    (
        "wasm.expects.rule",
        "explain expects a rule code or name (a string), not {type}",
    ),
    (
        "wasm.expects.text",
        "applyFixes expects the spec's text (a string), not {type}",
    ),
    (
        "wasm.expects.yaml",
        "parse expects YAML or JSON text (a string), not {type}",
    ),
    (
        "wasm.fail_on",
        "failOn: `{value}` is not one of error, warning, info",
    ),
    (
        "wasm.language.invalid",
        "not the language `{tag}`: {problem}",
    ),
    (
        "wasm.language.shape",
        "a language holds `messages`, `docs` and `schema`, each a list of [key, text] pairs",
    ),
    (
        "wasm.locale.not_loaded",
        "locale `{tag}` is not loaded: `await loadLocale(\"{language}\")` first",
    ),
    (
        "wasm.locale.unsupported",
        "unsupported locale `{tag}`; available: {languages}",
    ),
    (
        "wasm.needs_full",
        "{what} needs amlint's full module: `await loadFull()` first",
    ),
    (
        "wasm.not_spec",
        "{function} expects a spec object or YAML/JSON text, not {type}",
    ),
    ("wasm.options", "{function} options"),
    ("wasm.options.context", "{options}: `{key}`: {problem}"),
    ("wasm.options.missing", "{options}: `{key}` is required"),
    ("wasm.options.not_object", "{options} must be an object"),
    (
        "wasm.options.one_of",
        "{options}: `{key}`: `{value}` is not one of {values}",
    ),
    ("wasm.options.type", "{options}: `{key}` must be {expected}"),
    (
        "wasm.options.unknown",
        "{options}: unknown option `{key}`; known: {known}",
    ),
    (
        "wasm.schema_error",
        "the schema cannot be evaluated: {problem}",
    ),
    ("wasm.serialise", "amlint could not serialise its result"),
    (
        "wasm.severity_level",
        "severity of `{rules}`: `{level}` is not one of error, warning, info, off",
    ),
    (
        "wasm.sizes.processor",
        "{options}: `processor`: `{value}` is not one of cpu, gpu",
    ),
    (
        "wasm.sizes.region",
        full!("{options}: `region`: `{value}` is not an Azure region amlint knows"),
    ),
    (
        "wasm.sizes.region_suggest",
        full!(
            "{options}: `region`: `{value}` is not an Azure region amlint knows; did you mean `{suggestion}`?"
        ),
    ),
    ("wasm.subject.findings", "the findings"),
    ("wasm.subject.form_state", "the form state"),
    ("wasm.subject.language", "the language"),
    ("wasm.subject.spec", "the spec"),
    ("wasm.subject.state", "the state"),
    ("wasm.subject.value", "the value"),
    (
        "wasm.unknown_draft",
        "unknown draft `{value}`; use \"07\" or \"2020-12\"",
    ),
    (
        "wasm.unknown_kind",
        "unknown compute kind `{name}`; one of: {kinds}",
    ),
    (
        "wasm.unknown_mode",
        "unknown mode `{value}`; use \"create\" or \"update\"",
    ),
    (
        "wasm.unreadable.deep",
        "{subject} nests deeper than {limit} levels (is there a cycle?)",
    ),
    (
        "wasm.unreadable.function",
        "{subject} is a function or symbol; pass plain data",
    ),
    (
        "wasm.unreadable.garbled",
        "{subject} could not be read (amlint's reader and writer disagree)",
    ),
    (
        "wasm.unreadable.large",
        "{subject} has more than {limit} values",
    ),
    (
        "wasm.unreadable.map",
        "{subject} is a Map or Set; pass a plain object",
    ),
    (
        "wasm.unreadable.threw",
        "{subject} could not be read: a getter, Proxy trap or toJSON threw",
    ),
    (
        "yaml.a_block_scalar_content_cannot_start_with_a_tab",
        full!("a block scalar content cannot start with a tab"),
    ),
    (
        "yaml.a_byte_order_mark_must_not_appear_inside_a_document",
        full!("a byte order mark must not appear inside a document"),
    ),
    (
        "yaml.block_sequence_entries_are_not_allowed_in_this_context",
        full!("block sequence entries are not allowed in this context"),
    ),
    (
        "yaml.did_not_find_expected_document_start",
        full!("did not find expected <document start>"),
    ),
    (
        "yaml.did_not_find_expected_document_start_marker",
        full!("did not find expected <document-start>"),
    ),
    (
        "yaml.did_not_find_expected_next_token",
        full!("did not find expected next token"),
    ),
    (
        "yaml.did_not_find_expected_stream_start",
        full!("did not find expected <stream-start>"),
    ),
    ("yaml.expected_whitespace", full!("expected whitespace")),
    (
        "yaml.found_incompatible_yaml_document",
        full!("found incompatible YAML document"),
    ),
    (
        "yaml.found_unprintable_character",
        full!("found unprintable character"),
    ),
    (
        "yaml.invalid_content_after_document_end_marker",
        full!("invalid content after document end marker"),
    ),
    (
        "yaml.invalid_global_tag_character",
        full!("invalid global tag character"),
    ),
    ("yaml.invalid_indentation", full!("invalid indentation")),
    (
        "yaml.invalid_indentation_for_anchor",
        full!("invalid indentation for anchor"),
    ),
    (
        "yaml.invalid_indentation_in_flow_construct",
        full!("invalid indentation in flow construct"),
    ),
    (
        "yaml.invalid_indentation_in_quoted_scalar",
        full!("invalid indentation in quoted scalar"),
    ),
    (
        "yaml.invalid_trailing_content_after_double_quoted_scalar",
        full!("invalid trailing content after double-quoted scalar"),
    ),
    (
        "yaml.mapping_keys_are_not_allowed_in_this_context",
        full!("mapping keys are not allowed in this context"),
    ),
    (
        "yaml.mapping_values_are_not_allowed_in_this_context",
        full!("mapping values are not allowed in this context"),
    ),
    ("yaml.misplaced_bracket", full!("misplaced bracket")),
    ("yaml.simple_key_expect", full!("simple key expect ':'")),
    ("yaml.simple_key_expected", full!("simple key expected")),
    (
        "yaml.the_handle_wasn_t_declared",
        full!("the handle wasn't declared"),
    ),
    (
        "yaml.the_tag_directive_must_only_be_given_at_most_once_per_handle",
        full!("the TAG directive must only be given at most once per handle in the same document"),
    ),
    (
        "yaml.unexpected_end_of_plain_scalar",
        full!("unexpected end of plain scalar"),
    ),
    ("yaml.unexpected_eof", full!("unexpected eof")),
    (
        "yaml.while_parsing_a_block_collection_did_not_find_expected_indic",
        full!("while parsing a block collection, did not find expected '-' indicator"),
    ),
    (
        "yaml.while_parsing_a_block_mapping_did_not_find_expected_key",
        full!("while parsing a block mapping, did not find expected key"),
    ),
    (
        "yaml.while_parsing_a_flow_mapping_did_not_find_expected_or",
        full!("while parsing a flow mapping, did not find expected ',' or '}'"),
    ),
    (
        "yaml.while_parsing_a_flow_sequence_expected_or",
        full!("while parsing a flow sequence, expected ',' or ']'"),
    ),
    (
        "yaml.while_parsing_a_node_did_not_find_expected_node_content",
        full!("while parsing a node, did not find expected node content"),
    ),
    (
        "yaml.while_parsing_a_quoted_scalar_did_not_find_expected_hexadeci",
        full!("while parsing a quoted scalar, did not find expected hexadecimal number"),
    ),
    (
        "yaml.while_parsing_a_quoted_scalar_found_invalid_unicode_characte",
        full!("while parsing a quoted scalar, found invalid Unicode character escape code"),
    ),
    (
        "yaml.while_parsing_a_quoted_scalar_found_unknown_escape_character",
        full!("while parsing a quoted scalar, found unknown escape character"),
    ),
    (
        "yaml.while_parsing_a_tag_did_not_find_expected_tag_uri",
        full!("while parsing a tag, did not find expected tag URI"),
    ),
    (
        "yaml.while_parsing_a_tag_directive_did_not_find_expected",
        full!("while parsing a tag directive, did not find expected '!'"),
    ),
    (
        "yaml.while_parsing_a_tag_found_an_incorrect_leading_utf_8_byte",
        full!("while parsing a tag, found an incorrect leading UTF-8 byte"),
    ),
    (
        "yaml.while_parsing_a_tag_found_an_incorrect_trailing_utf_8_byte",
        full!("while parsing a tag, found an incorrect trailing UTF-8 byte"),
    ),
    (
        "yaml.while_parsing_a_tag_found_an_invalid_escape_sequence",
        full!("while parsing a tag, found an invalid escape sequence"),
    ),
    (
        "yaml.while_parsing_a_tag_found_an_invalid_utf_8_codepoint",
        full!("while parsing a tag, found an invalid UTF-8 codepoint"),
    ),
    (
        "yaml.while_parsing_anchor_found_duplicated_anchor",
        full!("while parsing anchor, found duplicated anchor"),
    ),
    (
        "yaml.while_parsing_node_found_unknown_anchor",
        full!("while parsing node, found unknown anchor"),
    ),
    (
        "yaml.while_scanning_a_block_scalar_did_not_find_expected_comment",
        full!("while scanning a block scalar, did not find expected comment or line break"),
    ),
    (
        "yaml.while_scanning_a_block_scalar_found_an_indentation_indicator",
        full!("while scanning a block scalar, found an indentation indicator equal to 0"),
    ),
    (
        "yaml.while_scanning_a_directive_could_not_find_expected_directive",
        full!("while scanning a directive, could not find expected directive name"),
    ),
    (
        "yaml.while_scanning_a_directive_did_not_find_expected_comment_or",
        full!("while scanning a directive, did not find expected comment or line break"),
    ),
    (
        "yaml.while_scanning_a_directive_found_unexpected_non_alphabetical",
        full!("while scanning a directive, found unexpected non-alphabetical character"),
    ),
    (
        "yaml.while_scanning_a_plain_scalar_found_a_tab",
        full!("while scanning a plain scalar, found a tab"),
    ),
    (
        "yaml.while_scanning_a_quoted_scalar_found_unexpected_document_ind",
        full!("while scanning a quoted scalar, found unexpected document indicator"),
    ),
    (
        "yaml.while_scanning_a_quoted_scalar_found_unexpected_end_of_strea",
        full!("while scanning a quoted scalar, found unexpected end of stream"),
    ),
    (
        "yaml.while_scanning_a_tag_did_not_find_expected",
        full!("while scanning a tag, did not find expected '!'"),
    ),
    (
        "yaml.while_scanning_a_tag_did_not_find_expected_whitespace_or_lin",
        full!("while scanning a tag, did not find expected whitespace or line break"),
    ),
    (
        "yaml.while_scanning_a_verbatim_tag_did_not_find_the_expected",
        full!("while scanning a verbatim tag, did not find the expected '>'"),
    ),
    (
        "yaml.while_scanning_a_yaml_directive_did_not_find_expected_digit",
        full!("while scanning a YAML directive, did not find expected digit or '.' character"),
    ),
    (
        "yaml.while_scanning_a_yaml_directive_did_not_find_expected_versio",
        full!("while scanning a YAML directive, did not find expected version number"),
    ),
    (
        "yaml.while_scanning_a_yaml_directive_found_extremely_long_version",
        full!("while scanning a YAML directive, found extremely long version number"),
    ),
    (
        "yaml.while_scanning_an_anchor_or_alias_did_not_find_expected_alph",
        full!(
            "while scanning an anchor or alias, did not find expected alphabetic or numeric character"
        ),
    ),
    (
        "yaml.while_scanning_tag_did_not_find_expected_whitespace_or_line",
        full!("while scanning TAG, did not find expected whitespace or line break"),
    ),
];
