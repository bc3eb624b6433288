//! English messages. Keep sorted by id: lookups are binary searches (a test checks).

pub(super) static MESSAGES: &[(&str, &str)] = &[
    ("AML001", "YAML syntax error: {detail}"),
    (
        "AML001.binary",
        "this `!!binary` value is not base64-encoded UTF-8 text, which az ml needs; write the text itself",
    ),
    (
        "AML001.char",
        "az ml cannot read this file: PyYAML refuses the character U+{codepoint} anywhere in it (\"unacceptable character: special characters are not allowed\"); delete it, or write it as `\\u{codepoint}` inside double quotes",
    ),
    (
        "AML001.linebreak",
        "PyYAML (YAML 1.1, which az ml uses) reads U+{codepoint} as a line break, YAML 1.2 tools do not: az ml fails on this line or reads a different value; delete it, or write it as `\\u{codepoint}` inside double quotes",
    ),
    (
        "AML001.merge",
        "a merge key `<<` must refer to a mapping or a list of mappings",
    ),
    (
        "AML001.plain",
        "a plain `{text}` is YAML 1.1's `{tag}` tag, which az ml cannot load as a value (\"could not determine a constructor for the tag 'tag:yaml.org,2002:{tag}'\"); quote it: \"{text}\"",
    ),
    (
        "AML001.tab",
        "az ml cannot read this file: PyYAML allows a tab only inside quotes, block scalars (| and >) and comments (\"found character '\\t' that cannot start any token\"); replace it with spaces",
    ),
    (
        "AML001.tag",
        "the tag `{tag}` cannot be loaded by az ml (PyYAML's safe loader has no constructor for it)",
    ),
    (
        "AML002",
        "document {index} of this file: az ml reads exactly one YAML document per file (\"expected a single document in the stream\")",
    ),
    (
        "AML003",
        "`{key}` is written twice; az ml silently keeps only the last value",
    ),
    (
        "AML004",
        "`{text}` is read by az ml (YAML 1.1) as {yaml11} but by YAML 1.2 tools as {yaml12}; write it unambiguously (quote text, use true/false and plain decimal numbers)",
    ),
    (
        "AML004.secret",
        "this secret value is read by az ml (YAML 1.1) differently than by YAML 1.2 tools; quote it",
    ),
    (
        "AML005",
        "the file is {size} bytes; amlint reads at most {limit} bytes",
    ),
    (
        "AML006",
        "the file holds a NUL byte at offset {offset}: it is binary, not YAML",
    ),
    (
        "AML006.utf8",
        "the file is not valid UTF-8 (first bad byte at offset {offset})",
    ),
    (
        "AML007",
        "no spec here: the document is empty or holds only comments",
    ),
    ("AML008", "the YAML nests deeper than {limit} levels"),
    (
        "AML008.nodes",
        "the YAML expands to more than {limit} nodes through aliases; az ml would hang on it",
    ),
    (
        "AML008.recursive",
        "an alias is used inside the node its anchor names, so it can never be expanded",
    ),
    ("AML009", "a spec must be a mapping of fields, not {actual}"),
    (
        "AML010",
        "`type` is missing, so az ml cannot tell which kind of compute this is (\"Unknown compute type: None\")",
    ),
    ("AML010.not_string", "`type` must be a string, not {actual}"),
    (
        "AML011",
        "unknown compute type `{value}`; expected one of: {allowed}",
    ),
    (
        "AML011.suggest",
        "unknown compute type `{value}`; did you mean `{suggestion}`?",
    ),
    (
        "AML012",
        "az ml v2 cannot submit a spec of this kind ({kind}); create or attach it from the studio, the REST API or an ARM template",
    ),
    (
        "AML013",
        "`$schema` is the published schema of `{schema_kind}`, but this spec has type `{kind}`",
    ),
    (
        "AML014",
        "`{rule}` is suppressed here, but reports nothing here; remove the suppression",
    ),
    ("AML015", "no rule `{rule}`; this suppression has no effect"),
    (
        "AML015.always_on",
        "findings of `{rule}` cannot be suppressed: the file could not be read as az ml reads it",
    ),
    (
        "AML015.late",
        "`ignore-file` works only before the first key of the file; this one has no effect",
    ),
    (
        "AML015.suggest",
        "no rule `{rule}`; did you mean `{suggestion}`? This suppression has no effect",
    ),
    (
        "AML015.unreadable",
        "not a suppression amlint can read; write `# amlint: ignore[CODE, ...]` or `# amlint: ignore-file[CODE, ...]`",
    ),
    ("AML101", "required field `{field}` is missing"),
    ("AML102", "`{field}` must be {expected}, not {actual}"),
    (
        "AML103",
        "`{field}` is `{value}`, which is not one of: {allowed}",
    ),
    (
        "AML103.suggest",
        "`{field}` is `{value}`, which is not one of: {allowed}; did you mean `{suggestion}`?",
    ),
    ("AML104", "unknown field `{field}` for type `{kind}`"),
    (
        "AML104.key",
        "field names must be text; this key is read as {actual}",
    ),
    (
        "AML104.other_kind",
        "`{field}` is a field of `{other}`, not of `{kind}`",
    ),
    (
        "AML104.other_kind_suggest",
        "`{field}` is a field of `{other}`, not of `{kind}`; did you mean `{suggestion}`?",
    ),
    (
        "AML104.suggest",
        "unknown field `{field}` for type `{kind}`; did you mean `{suggestion}`?",
    ),
    (
        "AML105",
        "`{field}` is set by Azure; az ml drops it, so this value has no effect",
    ),
    (
        "AML106",
        "`{field}` must be a whole number; az ml silently truncates {value} to {truncated}",
    ),
    (
        "AML107",
        "`{field}` is {value}; it must be between {min} and {max}",
    ),
    (
        "AML107.max",
        "`{field}` is {value}; it must be at most {max}",
    ),
    (
        "AML107.min",
        "`{field}` is {value}; it must be at least {min}",
    ),
    (
        "AML108",
        "`{field}` is an unquoted date/time ({text}); az ml reads it as a datetime and rejects it, so quote it",
    ),
    (
        "AML109",
        "`{field}` is `{value}`; az ml accepts it as `{canonical}`, the spelling editors and the JSON Schemas know: write `{canonical}`",
    ),
    (
        "AML109.bool",
        "`{field}` is not written as a boolean; az ml reads it as {canonical}, but editors and the JSON Schemas do not: write {canonical}",
    ),
    (
        "AML109.int",
        "`{field}` is the text \"{value}\"; az ml reads it as the number {canonical}, but editors and the JSON Schemas do not: write {canonical} without quotes",
    ),
    (
        "AML201",
        "compute name `{name}` is a template placeholder; put the real name here",
    ),
    (
        "AML202",
        "compute name `{name}` has {length} characters; names of a {kind} must have {min} to {max}",
    ),
    (
        "AML203",
        "compute name `{name}` has {length} characters: Azure accepts up to {hard_max}, but the studio form allows at most {max}",
    ),
    (
        "AML203.min",
        "compute name `{name}` has {length} characters: Azure accepts it, but the newer AKS docs ask for at least {min}",
    ),
    (
        "AML204",
        "compute name `{name}` contains {characters}; only letters, digits and `-` are allowed",
    ),
    ("AML205", "compute name `{name}` must start with a letter"),
    (
        "AML206",
        "compute name `{name}` ends in `-{suffix}`; a letter must follow the last `-` (Azure rejects names like `cpu-cluster-1`)",
    ),
    (
        "AML207",
        "compute name `{name}` ends with `-`; it must end with a letter or digit",
    ),
    (
        "AML208",
        "compute name `{name}` is also used by {other}; compute names must be unique in a workspace",
    ),
    (
        "AML301",
        "`min_instances` ({min}) is greater than `max_instances` ({max})",
    ),
    (
        "AML302",
        "`min_instances: {min}` keeps {min} node(s) running and billed while the cluster is idle; set it to 0 to save money",
    ),
    (
        "AML302.vcpus",
        "`min_instances: {min}` keeps {min} node(s) ({vcpus} vCPUs of {size}) running and billed while the cluster is idle; set it to 0 to save money",
    ),
    (
        "AML303",
        "`idle_time_before_scale_down: 0` is dropped by az ml, so the service default applies",
    ),
    (
        "AML304",
        "`max_instances` is not set: the YAML reference says the default is 1, the CLI and SDK use 4; set it explicitly",
    ),
    (
        "AML305",
        "VM size `{size}` is not in amlint's size table, so checks that need its vCPU count are skipped; `az ml compute list-sizes` shows what a region offers",
    ),
    (
        "AML306",
        "VM size `{size}` is not offered by Azure Machine Learning compute (burstable B-series sizes are refused)",
    ),
    (
        "AML306.retired",
        "VM size `{size}` has been retired by Azure; new computes of this size cannot be created",
    ),
    (
        "AML307",
        "VM size `{size}` has no low-priority capacity, so `tier: low_priority` can never get a node",
    ),
    (
        "AML401",
        "`network_settings.vnet_name` is set without `subnet`; az ml fails with \"Subnet is required when vnet name is specified\"",
    ),
    (
        "AML402",
        "`network_settings.subnet` is the subnet name `{subnet}` but `vnet_name` is missing; az ml would build a subnet ID with `virtualNetworks/None`",
    ),
    (
        "AML403",
        "`vnet_name` must be left out when `subnet` is a full subnet ID",
    ),
    (
        "AML404",
        "`enable_node_public_ip: false` needs a subnet in `network_settings` and a workspace with a private endpoint",
    ),
    (
        "AML405",
        "`location` is ignored for type `{kind}`; az ml uses the workspace region",
    ),
    (
        "AML406",
        "`network_settings` has no `subnet`; az ml fails as it builds the request ('NoneType' object has no attribute 'lower'): set the subnet, or leave network_settings out",
    ),
    (
        "AML501",
        "SSH access is enabled but `ssh_settings.ssh_key_value` is missing: nobody can sign in until a public key is added",
    ),
    (
        "AML501.cluster",
        "SSH access is enabled but `ssh_settings` (an admin user with a password or key) is missing: az ml then disables local sign-in, so the open port lets nobody in",
    ),
    (
        "AML502",
        "an SSH key is given but `ssh_public_access_enabled` is not true, so the key is unused, and SSH cannot be enabled after creation",
    ),
    (
        "AML502.cluster",
        "`ssh_settings` is given but `ssh_public_access_enabled` is unset: Azure then leaves the SSH port open unless the cluster is in a virtual network; set it to true or false",
    ),
    (
        "AML503",
        "`ssh_settings` needs `admin_password` or `ssh_key_value`",
    ),
    (
        "AML503.vm",
        "`ssh_settings` needs `admin_password` or `ssh_private_key_file`",
    ),
    (
        "AML504",
        "`{field}` holds a secret written in the file; pass it in at submit time or from a key vault instead",
    ),
    (
        "AML505",
        "SSH signs in with a password; SSH keys are safer (passwords are open to brute force)",
    ),
    (
        "AML506",
        "`ssh_key_value` is not an RSA public key ({key_type}); Azure ML expects `ssh-rsa ...` or a PEM public key",
    ),
    (
        "AML507",
        "`ssh_key_value` holds a PRIVATE key: put the public key here, and treat this private key as leaked",
    ),
    (
        "AML508",
        "`identity.type` is user-assigned but `user_assigned_identities` is missing",
    ),
    (
        "AML509",
        "`user_assigned_identities` is ignored because `identity.type` is {type}",
    ),
    (
        "AML510",
        "system- and user-assigned identities together are not supported for compute, per the docs",
    ),
    (
        "AML511",
        "`ssh_private_key_file` is a relative path; az ml reads it relative to the current directory, not to this file",
    ),
    (
        "AML601",
        "{count} start/stop schedules; a compute instance allows at most 4",
    ),
    ("AML602", "cron expression `{expression}`: {problem}"),
    (
        "AML603",
        "the recurrence schedule lacks {missing}; az ml and Azure require both hours and minutes",
    ),
    (
        "AML604",
        "`start_time` `{value}` is not in the form yyyy-MM-ddTHH:mm:ss",
    ),
    (
        "AML605",
        "custom application name `{name}` is used twice; names must be unique",
    ),
    (
        "AML606",
        "published port {port} is already used by `{other}`; published ports must be unique",
    ),
    (
        "AML607",
        "published port {port} is outside 8704-8993, the range reachable in a private link workspace",
    ),
    (
        "AML608",
        "both `idle_time_before_shutdown` and `idle_time_before_shutdown_minutes` are set; the minutes field wins",
    ),
    (
        "AML608.zero",
        "both idle shutdown fields are set, but az ml reads `idle_time_before_shutdown_minutes: 0` as unset and sends `idle_time_before_shutdown`; remove the minutes field, or set it to the minutes you want",
    ),
    (
        "AML609",
        "`idle_time_before_shutdown` is `{value}`, not an ISO 8601 duration such as PT30M",
    ),
    (
        "AML609.range",
        "`idle_time_before_shutdown` is {minutes} minutes; it must be between 15 minutes and 3 days",
    ),
    (
        "AML610",
        "no idle shutdown: an idle instance keeps running and billing; set `idle_time_before_shutdown_minutes`",
    ),
    (
        "AML610.zero",
        "`idle_time_before_shutdown_minutes: 0` reads as unset: az ml sends no idle shutdown, and an idle instance keeps running and billing; set 15 minutes or more",
    ),
    ("AML611", "`create_on_behalf_of` needs `{field}`"),
    (
        "AML611.guid",
        "`create_on_behalf_of.{field}` is `{value}`, not a GUID",
    ),
    (
        "AML612",
        "single sign-on is disabled at creation for an instance created for another user with setup scripts or custom applications",
    ),
    (
        "AML613",
        "this custom application has no `image.reference`; az ml fails without one, and there would be nothing to run",
    ),
    (
        "AML614",
        "`time_zone` `{value}` is not a Windows time zone name such as `W. Europe Standard Time` or `UTC`",
    ),
    (
        "AML701",
        "`resource_id` attaches an existing cluster, but `size`/`agent_count` describe a new one; use one or the other",
    ),
    ("AML702", "the AKS spec needs `{missing}`"),
    (
        "AML702.neither",
        "the AKS spec needs `resource_id` (to attach a cluster), or `size` and `agent_count` (to create one)",
    ),
    (
        "AML703",
        "{nodes} node(s) of {size} ({vcpus} vCPUs each) give {total} vCPUs; a production cluster needs at least 12: use {needed} or more nodes, or `cluster_purpose: dev_test`",
    ),
    (
        "AML704",
        "a production cluster should have at least 3 nodes; this one has {nodes}",
    ),
    (
        "AML705",
        "{total} vCPU(s) in all; at least 2 are recommended for a dev-test cluster",
    ),
    (
        "AML706",
        "SSL uses your own certificate ({own}) and a Microsoft certificate ({managed}) at once; choose one",
    ),
    ("AML707", "`ssl.status: {status}` needs {missing}"),
    ("AML708", "`{field}` is `{value}`, not {expected}"),
    (
        "AML709",
        "`dns_service_ip` {ip} is outside `service_cidr` {cidr}",
    ),
    (
        "AML710",
        "`docker_bridge_cidr` {bridge} overlaps `service_cidr` {cidr}",
    ),
    ("AML711", "advanced networking also needs {missing}"),
    (
        "AML712",
        "`load_balancer_subnet` is ignored unless `load_balancer_type` is internal_load_balancer",
    ),
    ("AML801", "`{field}` is not an Azure resource ID: {problem}"),
    (
        "AML802",
        "this resource ID points to {found}; expected {expected}",
    ),
    (
        "AML803",
        "`workspace_url` `{value}` is not an https:// Azure Databricks URL",
    ),
    (
        "AML804",
        "`{field}` still holds template placeholders; fill them in before submitting",
    ),
    // Words and phrases that arguments name (`Arg::Word`, `Arg::Phrase`).
    (
        "AML805",
        "namespace `{name}` is not a Kubernetes namespace name: at most 63 lower-case letters, digits and `-`, starting and ending with a letter or digit",
    ),
    (
        "AML805.instance_type",
        "instance type `{name}` is not a Kubernetes object name: lower-case letters, digits, `-` and `.`, starting and ending with a letter or digit",
    ),
    (
        "AML806",
        "`{value}` is not a Kubernetes quantity (such as `500m`, `2` or `4Gi`)",
    ),
    (
        "AML806.label_key",
        "`{key}` is not a Kubernetes label key (an optional DNS prefix and `/`, then at most 63 letters, digits, `-`, `_` and `.`, starting and ending with a letter or digit)",
    ),
    (
        "AML806.label_value",
        "the value `{value}` of label `{key}` is not a Kubernetes label value (at most 63 letters, digits, `-`, `_` and `.`, starting and ending with a letter or digit)",
    ),
    (
        "AML807",
        "`{location}` is not an Azure region amlint knows; Azure refuses a location it does not have",
    ),
    (
        "AML807.suggest",
        "`{location}` is not an Azure region amlint knows; did you mean `{suggestion}`?",
    ),
    (
        "AML808",
        "`{name}` is not a virtual network name: 2–64 letters, digits, `_`, `.` and `-`, starting with a letter or digit and ending with a letter, digit or `_`",
    ),
    (
        "AML808.data_lake_store",
        "`{name}` is not a Data Lake Store account name: 3–24 lower-case letters and digits",
    ),
    (
        "AML808.resource_group",
        "`{name}` is not a resource group name: 1–90 letters, digits, `_`, `.`, `-`, `(` and `)`, not ending with `.`",
    ),
    (
        "AML808.subnet",
        "`{name}` is not a subnet name: 1–80 letters, digits, `_`, `.` and `-`, starting with a letter or digit and ending with a letter, digit or `_`",
    ),
    (
        "AML809",
        "`{value}` is not a container image reference (`[registry/]repository[:tag][@digest]`, the repository in lower case); Docker refuses it (\"invalid reference format\")",
    ),
    (
        "AML809.host",
        "`{value}` names `{host}` as its registry: Docker reads a first part with an upper-case letter as a host name, which will not resolve; write the repository in lower case",
    ),
    (
        "AML810",
        "`{name}` is not a DNS label: at most 63 letters, digits and `-`, not starting or ending with `-`",
    ),
    (
        "AML810.cname",
        "`{name}` is not a host name: DNS labels (letters, digits and `-`) joined by `.`, at most 253 characters",
    ),
    (
        "AML810.leaf",
        "`{name}` is too long for a leaf domain label: Azure appends six characters (`<label>######.<region>.cloudapp.azure.com`), so at most {max}",
    ),
    (
        "AML901",
        "`{field}` cannot be changed after the compute is created: it is `{old}` in {source}, the spec says `{new}`; create a new compute under another name instead",
    ),
    (
        "AML901.hidden",
        "`{field}` cannot be changed after the compute is created, and the spec changes it from what {source} says; create a new compute under another name instead",
    ),
    (
        "AML901.left_out",
        "the spec leaves `{field}` out, so az ml sends azure-ai-ml's `{new}`; but it is `{old}` in {source} and cannot be changed after the compute is created: write `{field}: {old}`",
    ),
    (
        "AML901.vm_type",
        "`{field}` changes from `{old}` ({old_type}, in {source}) to `{new}` ({new_type}): the virtual machine type cannot be changed after the compute is created; create a new compute under another name instead",
    ),
    (
        "AML902",
        "`{field}` changes from `{old}` (in {source}) to `{new}`, which `az ml compute update` cannot apply (it changes only tags, node counts, the scale-down time and the identity); submit the whole spec with `az ml compute create`, or change it in the studio",
    ),
    (
        "AML902.hidden",
        "`{field}` changes from what {source} says, which `az ml compute update` cannot apply (it changes only tags, node counts, the scale-down time and the identity); submit the whole spec with `az ml compute create`, or change it in the studio",
    ),
    (
        "AML902.kind",
        "`{field}` changes from what {source} says, but `az ml compute update` does not update this kind of compute ({kind}); detach and attach it again, or change it in the studio",
    ),
    (
        "AML902.left_out",
        "the spec leaves `{field}` out, so az ml sends azure-ai-ml's `{new}` where {source} says `{old}`, which `az ml compute update` cannot apply: write `{field}: {old}`, or submit the change with `az ml compute create`",
    ),
    (
        "AML903",
        "the workspace already has a {kind} named `{name}`: `az ml compute create` updates it instead of creating a new one",
    ),
    (
        "AML904",
        "the workspace already has a {other} named `{name}`, and compute names are unique in a workspace; choose another name",
    ),
    (
        "AML904.aks",
        "the workspace already has a compute named `{name}`, and creating an AKS inference cluster under a name in use fails (\"already exists\"); choose another name",
    ),
    (
        "AML904.studio",
        "the workspace already has a compute named `{name}`, and compute names are unique in a workspace; choose another name",
    ),
    (
        "AML904.type",
        "the workspace already has a compute of type `{type}` named `{name}`, and compute names are unique in a workspace; choose another name",
    ),
    (
        "AML904.unsupported",
        "the workspace already has a compute named `{name}` (of a kind `az ml` does not show), and compute names are unique in a workspace; choose another name",
    ),
    (
        "AML905",
        "VM size `{size}` is not in the region's list of sizes (`--sizes`): the region does not offer it to Azure Machine Learning",
    ),
    (
        "AML905.suggest",
        "VM size `{size}` is not in the region's list of sizes (`--sizes`); did you mean `{suggestion}`?",
    ),
    (
        "AML906",
        "VM size `{size}` cannot be used for this kind of compute ({kind}) in this region: it is offered for {types} only",
    ),
    (
        "AML907",
        "`tier: low_priority` with VM size `{size}`, which this region offers without low-priority capacity: the cluster could never get a node",
    ),
    ("address.cidr", "an IPv4 CIDR range such as 10.0.0.0/16"),
    ("address.ip", "an IPv4 address such as 10.0.0.10"),
    ("cli.context_no_specs", "holds no compute spec"),
    ("cli.context_not_text", "not UTF-8 text"),
    (
        "cli.context_stdin",
        "a context file cannot be standard input",
    ),
    ("cli.context_too_large", "larger than amlint reads (1 MiB)"),
    (
        "cli.diff_usage",
        "`amlint diff OLD NEW` takes one new spec and no `--previous`",
    ),
    (
        "cli.extend_deep",
        "{path}: `extend = \"{base}\"` goes more than {depth} files deep (a cycle?)",
    ),
    (
        "cli.extend_empty",
        "{path}: the file it extends has no settings",
    ),
    (
        "cli.fix_changed",
        "not fixed: the file changed while amlint was checking it; run amlint again",
    ),
    (
        "cli.fix_outside",
        "not fixed: a symbolic link, found in a folder, to a file outside that folder; name the file itself to fix it",
    ),
    (
        "cli.fix_owner",
        "not fixed: amlint cannot give the rewritten file the owner and group of the file ({detail})",
    ),
    (
        "cli.fix_read_only",
        "not fixed: the file is read-only (no write permission)",
    ),
    (
        "cli.fix_wasi",
        "--fix cannot rewrite files under WASI (`npx amlint`), which cannot keep a file's permissions; use --diff, `--fix -` with standard input, or the native amlint",
    ),
    ("cli.fixed", "fixed {count} finding(s) in {files} file(s)"),
    ("cli.flags", "--select/--ignore/--severity: {problem}"),
    (
        "cli.lang_env",
        "AMLINT_LANG={tag}: not a language amlint speaks; one of: {languages}",
    ),
    ("cli.no_files", "no files to check"),
    ("cli.no_rule", "no rule `{rule}`"),
    (
        "cli.no_rule_suggest",
        "no rule `{rule}`; did you mean `{suggestion}`?",
    ),
    ("cli.no_such_file", "no such file or folder"),
    ("cli.no_table", "{path}: has no [tool.amlint] table"),
    ("cli.not_baseline", "{path}: not a baseline: {detail}"),
    (
        "cli.not_regular",
        "not a regular file ({what}); to check a stream, pipe it in with `-`",
    ),
    ("cli.not_regular.device", "a device"),
    ("cli.not_regular.fifo", "a named pipe"),
    ("cli.not_regular.folder", "a folder"),
    ("cli.not_regular.other", "not a file"),
    ("cli.not_regular.socket", "a socket"),
    ("cli.not_regular.special", "a pipe, device or socket"),
    ("cli.not_regular_file", "not a regular file ({what})"),
    (
        "cli.output_is_input",
        "{path}: this run also reads that file; amlint does not write over its own input",
    ),
    ("cli.permission_denied", "permission denied"),
    ("cli.recorded", "recorded {count} findings in {path}"),
    ("cli.settings.file", "# config file: {path}"),
    ("cli.settings.files", "# files: {count}"),
    ("cli.settings.isolated", "# config file: none (--isolated)"),
    ("cli.settings.none", "# config file: none found"),
    ("cli.too_large", "larger than amlint reads ({limit})"),
    (
        "cli.unknown_kind",
        "unknown kind `{name}`; one of: compute, config, {kinds}",
    ),
    (
        "cli.unknown_rule",
        "no rule `{rule}`; `amlint rules` lists them",
    ),
    ("config.glob", "not a glob: {detail}"),
    ("config.glob_depth", "braces nested more than {depth} deep"),
    (
        "config.lang",
        "`lang = \"{lang}\"` is not a language amlint speaks; one of: {languages}",
    ),
    ("config.unknown_key", "unknown key `{key}`"),
    (
        "config.unknown_key_suggest",
        "unknown key `{key}`; did you mean `{suggestion}`?",
    ),
    (
        "context.existing.not_list",
        "not the output of `az ml compute list -o json`: expected a JSON list of computes",
    ),
    (
        "context.existing.not_mapping",
        "not a compute (a JSON object)",
    ),
    ("context.item", "`[{index}]`: {problem}"),
    ("context.missing", "`{key}` is missing"),
    ("context.not_boolean", "`{key}` must be true or false"),
    ("context.not_integer", "`{key}` must be a whole number"),
    ("context.not_json", "not JSON: {detail}"),
    ("context.not_string", "`{key}` must be a string"),
    ("context.not_strings", "`{key}` must be a list of strings"),
    ("context.previous.empty", "holds no spec"),
    (
        "context.previous.not_mapping",
        "a document is not a spec (a mapping of fields)",
    ),
    (
        "context.previous.unknown_type",
        "`type: {type}` names no compute kind amlint knows",
    ),
    (
        "context.previous.unreadable",
        "not a spec amlint can read as YAML or JSON (`amlint check` on it says why)",
    ),
    ("context.sizes.empty", "lists no VM sizes"),
    ("context.sizes.no_vcpus", "`v_cp_us` must be at least 1"),
    (
        "context.sizes.not_list",
        "not the output of `az ml compute list-sizes -o json`: expected a JSON list of VM sizes",
    ),
    ("context.sizes.not_object", "not a VM size (a JSON object)"),
    ("context.source.file", "`{file}`"),
    (
        "context.source.workspace",
        "the workspace's list of computes",
    ),
    (
        "context.unreadable",
        "cannot be read as JSON (it is empty, or too deep or large)",
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
    ("doc.all_kinds", "all kinds"),
    ("doc.applies_to", "Applies to: {kinds}"),
    ("doc.context", "Checked with this `{flag}` file:"),
    ("doc.fails", "Fails:"),
    ("doc.fix.safe", "safe (`--fix`)"),
    ("doc.fix.unsafe", "unsafe (`--fix --unsafe-fixes`)"),
    (
        "doc.intro",
        "Every rule amlint checks, generated from the rule registry. Sources cite sections of [`reference/azure-compute-rules.md`](reference/azure-compute-rules.md) (the project's reference on Azure ML compute fields) and the source tags used there.",
    ),
    ("doc.passes", "Passes:"),
    (
        "doc.rule_line",
        "`{name}` · {severity} · applies to {kinds} · schema: {schema} · fix: {fix}",
    ),
    (
        "doc.schema",
        "**Schema.** Rules marked with keywords are also expressed by the JSON Schemas; the others need amlint itself (arithmetic across fields, tables, YAML reading, several files).",
    ),
    (
        "doc.severity",
        "**Severity.** *error*: Azure (service, SDK or CLI) would reject the spec, or the studio article amlint was specified from states it and no newer authoritative source relaxes it. *warning*: a limit that newer sources relax, a risk, or something that needs context. *info*: advice.",
    ),
    (
        "doc.table",
        "| code | name | severity | applies to | schema |",
    ),
    ("doc.title", "amlint rules"),
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
    ("summary.count.error.one", "{count} error"),
    ("summary.count.error.other", "{count} errors"),
    ("summary.count.file.one", "{count} file"),
    ("summary.count.file.other", "{count} files"),
    ("summary.count.info.one", "{count} info"),
    ("summary.count.info.other", "{count} infos"),
    ("summary.count.warning.one", "{count} warning"),
    ("summary.count.warning.other", "{count} warnings"),
    (
        "summary.found",
        "Found {errors}, {warnings} and {infos} in {with} of {files}.",
    ),
    ("summary.none", "No problems found in {files}."),
    ("type.boolean", "a boolean"),
    ("type.integer", "an integer"),
    ("type.list", "a list"),
    ("type.mapping", "a mapping"),
    ("type.null", "null"),
    ("type.number", "a number"),
    ("type.string", "a string"),
    ("type.timestamp", "a timestamp"),
    ("vm.cpu", "CPU"),
    ("vm.gpu", "GPU"),
    (
        "wasm.edits_misfit",
        "applyFixes: the edits of finding {index} do not fit the text (outside it, reversed or overlapping)",
    ),
    ("wasm.expected.data", "an object, an array or a string"),
    ("wasm.expected.flag", "true or false"),
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
        "wasm.not_spec",
        "{function} expects a spec object or YAML/JSON text, not {type}",
    ),
    ("wasm.options", "{function} options"),
    ("wasm.options.context", "{options}: `{key}`: {problem}"),
    ("wasm.options.not_object", "{options} must be an object"),
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
];
