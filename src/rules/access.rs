//! SSH access, secrets in files, and managed identities (AML5xx).

use super::{Scope, is_template};
use crate::kind::Kind;
use crate::messages::Arg;
use crate::model::{self, Field, Ty, is_secret_key};
use crate::rule::{Enforcement, declare_rules, dutch, iac_only};
use crate::yaml::{Location, Node, Value};

const PASSWORD_KINDS: &[Kind] = &[Kind::AmlCompute, Kind::VirtualMachine, Kind::HdInsight];
const PUBLIC_KEY_KINDS: &[Kind] = &[Kind::ComputeInstance, Kind::AmlCompute, Kind::HdInsight];
const IDENTITY_KINDS: &[Kind] = &[
    Kind::ComputeInstance,
    Kind::AmlCompute,
    Kind::Kubernetes,
    Kind::SynapseSpark,
];

declare_rules! {
    /// `ssh_public_access_enabled: true` without a way to sign in. Azure accepts the spec, but SSH
    /// is of no use: on a compute instance nobody can sign in until a public key is added (the
    /// key can be set later, DOC-ci); for a compute cluster without `ssh_settings`, azure-ai-ml
    /// 1.35.2 sends `disableLocalAuth: true` beside the open port (`AmlCompute._to_rest_object`),
    /// and the SDK's own test spec `compute-aml-public-access-no-ssh.yaml` is such a cluster. A
    /// warning: no source shows the service refusing it.
    ///
    /// Sources: reference §2 (DOC-ci: the key can be added later), §3 (SDK-entity, REST
    /// `UserAccountCredentials`), DOC-inc enable-ssh.
    pub(crate) static SSH_ENABLED_WITHOUT_CREDENTIALS = {
        code: "AML501", name: "ssh-enabled-without-credentials", severity: crate::Severity::Warning,
        kinds: &[Kind::ComputeInstance, Kind::AmlCompute],
        enforcement: Enforcement::Semantic,
        invalid: "name: ci-dev\ntype: computeinstance\nssh_public_access_enabled: true\n",
        valid: "name: ci-dev\ntype: computeinstance\nssh_public_access_enabled: true\nssh_settings:\n  ssh_key_value: ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC0 user@host\n",
        message: "SSH access is enabled but `ssh_settings.ssh_key_value` is missing: nobody can sign in until a public key is added",
        variants: &[
            ("cluster", "SSH access is enabled but `ssh_settings` (an admin user with a password or key) is missing: az ml then disables local sign-in, so the open port lets nobody in"),
        ],
        dutch: dutch! {
            docs: "`ssh_public_access_enabled: true` zonder manier om aan te melden. Azure accepteert de specificatie, maar SSH heeft geen zin: op een reken-exemplaar kan niemand zich aanmelden tot er een openbare sleutel is toegevoegd (de sleutel kan later worden ingesteld, artikel over reken-exemplaren); voor een rekencluster zonder `ssh_settings` stuurt azure-ai-ml 1.35.2 `disableLocalAuth: true` naast de open poort (`AmlCompute._to_rest_object`), en de eigen testspecificatie van de SDK `compute-aml-public-access-no-ssh.yaml` is zo'n cluster. Een waarschuwing: geen bron laat zien dat de service het weigert.\n\n\
                  Bronnen: naslag §2 (artikel over reken-exemplaren: de sleutel kan later worden toegevoegd), §3 (SDK-entity, REST `UserAccountCredentials`), documentatiefragment enable-ssh.",
            message: "SSH-toegang is ingeschakeld, maar `ssh_settings.ssh_key_value` ontbreekt: niemand kan zich aanmelden tot er een openbare sleutel is toegevoegd",
            variants: &[
                ("cluster", "SSH-toegang is ingeschakeld, maar `ssh_settings` (een beheerder met een wachtwoord of sleutel) ontbreekt: az ml schakelt lokaal aanmelden dan uit, dus de open poort laat niemand binnen"),
            ],
        },
    }

    /// SSH credentials without `ssh_public_access_enabled: true`. On a compute instance the key
    /// "can only be configured if ssh_public_access_enabled is set to true" and SSH cannot be
    /// turned on after creation. On a cluster, leaving the flag unset sends `NotSpecified`, which
    /// leaves the SSH port **open** unless the cluster is in a virtual network — say `true` or
    /// `false`.
    ///
    /// Sources: reference §2 (SDK docstring, DOC-ci), §3 (REST `remoteLoginPortPublicAccess`),
    /// §11 item 7.
    pub(crate) static SSH_SETTINGS_WITHOUT_ACCESS = {
        code: "AML502", name: "ssh-settings-without-access", severity: crate::Severity::Warning,
        kinds: &[Kind::ComputeInstance, Kind::AmlCompute],
        enforcement: Enforcement::Semantic,
        invalid: "name: ci-dev\ntype: computeinstance\nssh_settings:\n  ssh_key_value: ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC0 user@host\n",
        valid: "name: ci-dev\ntype: computeinstance\nssh_public_access_enabled: true\nssh_settings:\n  ssh_key_value: ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC0 user@host\n",
        message: "an SSH key is given but `ssh_public_access_enabled` is not true, so the key is unused, and SSH cannot be enabled after creation",
        variants: &[
            ("cluster", "`ssh_settings` is given but `ssh_public_access_enabled` is unset: Azure then leaves the SSH port open unless the cluster is in a virtual network; set it to true or false"),
        ],
        dutch: dutch! {
            docs: "SSH-referenties zonder `ssh_public_access_enabled: true`. Op een reken-exemplaar kunnen SSH-referenties alleen worden ingesteld als `ssh_public_access_enabled` true is (\"can only be configured if ssh_public_access_enabled is set to true\"), en SSH kan na het maken niet worden ingeschakeld. Op een cluster stuurt een niet-ingestelde vlag `NotSpecified`, wat de SSH-poort **open** laat, tenzij het cluster in een virtueel netwerk staat — zeg `true` of `false`.\n\n\
                  Bronnen: naslag §2 (docstring van de SDK, artikel over reken-exemplaren), §3 (REST `remoteLoginPortPublicAccess`), §11 punt 7.",
            message: "er is een SSH-sleutel opgegeven, maar `ssh_public_access_enabled` is niet true, dus de sleutel wordt niet gebruikt, en SSH kan na het maken niet worden ingeschakeld",
            variants: &[
                ("cluster", "`ssh_settings` is opgegeven, maar `ssh_public_access_enabled` is niet ingesteld: Azure laat de SSH-poort dan open, tenzij het cluster in een virtueel netwerk staat; stel het in op true of false"),
            ],
        },
    }

    /// `ssh_settings` without a password or key: "One of admin_password or ssh_key_value is
    /// required" (clusters); an attached VM needs `admin_password` or `ssh_private_key_file`; an
    /// HDInsight cluster a password or a key.
    ///
    /// Sources: reference §3 (DOC-yaml-aml, TF `AtLeastOneOf`), §6 (SDK docstrings), §7.
    pub(crate) static SSH_CREDENTIALS_MISSING = {
        code: "AML503", name: "ssh-credentials-missing", severity: crate::Severity::Error, kinds: PASSWORD_KINDS,
        enforcement: Enforcement::Schema(&["anyOf"]),
        invalid: "name: cpu-cluster\ntype: amlcompute\nmax_instances: 4\nssh_public_access_enabled: true\nssh_settings:\n  admin_username: azureuser\n",
        valid: "name: cpu-cluster\ntype: amlcompute\nmax_instances: 4\nssh_public_access_enabled: true\nssh_settings:\n  admin_username: azureuser\n  ssh_key_value: ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC0 user@host\n",
        message: "`ssh_settings` needs `admin_password` or `ssh_key_value`",
        variants: &[
            ("vm", "`ssh_settings` needs `admin_password` or `ssh_private_key_file`"),
        ],
        dutch: dutch! {
            docs: "`ssh_settings` zonder wachtwoord of sleutel: \"One of admin_password or ssh_key_value is required\" (clusters); een gekoppelde VM heeft `admin_password` of `ssh_private_key_file` nodig; een HDInsight-cluster een wachtwoord of een sleutel.\n\n\
                  Bronnen: naslag §3 (YAML-naslag van amlcompute, TF `AtLeastOneOf`), §6 (docstrings van de SDK), §7.",
            message: "`ssh_settings` vereist `admin_password` of `ssh_key_value`",
            variants: &[
                ("vm", "`ssh_settings` vereist `admin_password` of `ssh_private_key_file`"),
            ],
        },
    }

    /// A password, token or private key is written in the file. Spec files end up in
    /// repositories and CI logs; pass secrets at submit time (`--set`) or keep them in a key vault.
    /// amlint never prints the value.
    ///
    /// Sources: SEED (security note), reference §3, §6, §7 (secret REST fields).
    pub(crate) static SECRET_IN_FILE = {
        code: "AML504", name: "secret-in-file", severity: crate::Severity::Warning, kinds: Kind::ALL,
        enforcement: Enforcement::Semantic,
        invalid: "name: vm-attached\ntype: virtualmachine\nresource_id: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/dsvm\nssh_settings:\n  admin_username: azureuser\n  admin_password: Sup3r-secret!\n",
        valid: "name: vm-attached\ntype: virtualmachine\nresource_id: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/dsvm\nssh_settings:\n  admin_username: azureuser\n  ssh_private_key_file: ./keys/dsvm\n",
        message: "`{field}` holds a secret written in the file; pass it in at submit time or from a key vault instead",
        dutch: dutch! {
            docs: "Er staat een wachtwoord, token of privésleutel in het bestand. Specificatiebestanden komen in opslagplaatsen en CI-logboeken terecht; geef geheimen mee bij het indienen (`--set`) of bewaar ze in een sleutelkluis. amlint drukt de waarde nooit af.\n\n\
                  Bronnen: studio-artikel (beveiligingsopmerking), naslag §3, §6, §7 (geheime REST-velden).",
            message: "`{field}` bevat een geheim dat in het bestand staat; geef het bij het indienen mee of haal het uit een sleutelkluis",
        },
    }

    /// A password is used and no SSH key. "Microsoft recommends using SSH keys, which are more
    /// secure than passwords. Passwords are vulnerable to brute force attacks."
    ///
    /// Sources: SEED (attached compute note), reference §3, §6.
    pub(crate) static PASSWORD_INSTEAD_OF_KEY = {
        code: "AML505", name: "password-instead-of-key", severity: crate::Severity::Info, kinds: PASSWORD_KINDS,
        enforcement: Enforcement::Semantic,
        invalid: "name: cpu-cluster\ntype: amlcompute\nmax_instances: 4\nssh_public_access_enabled: true\nssh_settings:\n  admin_username: azureuser\n  admin_password: ${{secrets.PASSWORD}}\n",
        valid: "name: cpu-cluster\ntype: amlcompute\nmax_instances: 4\nssh_public_access_enabled: true\nssh_settings:\n  admin_username: azureuser\n  ssh_key_value: ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC0 user@host\n",
        message: "SSH signs in with a password; SSH keys are safer (passwords are open to brute force)",
        dutch: dutch! {
            docs: "Er wordt een wachtwoord gebruikt en geen SSH-sleutel. Het studio-artikel zegt: \"Microsoft raadt u aan SSH-sleutels te gebruiken, die veiliger zijn dan wachtwoorden. Wachtwoorden zijn kwetsbaar voor brute force-aanvallen.\"\n\n\
                  Bronnen: studio-artikel (opmerking over gekoppelde rekenkracht), naslag §3, §6.",
            message: "aanmelden via SSH gebeurt met een wachtwoord; SSH-sleutels zijn veiliger (wachtwoorden zijn kwetsbaar voor brute-force-aanvallen)",
        },
    }

    /// `ssh_key_value` does not look like an RSA public key. Azure ML documents "an RSA public key
    /// in the single-line format (starting with "ssh-rsa") or the multi-line PEM format"; other
    /// key types may be refused.
    ///
    /// Sources: reference §2, §3 (DOC-inc enable-ssh, REST "ssh-keygen -t rsa -b 2048").
    pub(crate) static SSH_KEY_NOT_RSA_PUBLIC_KEY = {
        code: "AML506", name: "ssh-key-not-rsa-public-key", severity: crate::Severity::Warning, kinds: PUBLIC_KEY_KINDS,
        enforcement: Enforcement::Semantic,
        invalid: "name: ci-dev\ntype: computeinstance\nssh_public_access_enabled: true\nssh_settings:\n  ssh_key_value: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI user@host\n",
        valid: "name: ci-dev\ntype: computeinstance\nssh_public_access_enabled: true\nssh_settings:\n  ssh_key_value: ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC0 user@host\n",
        message: "`ssh_key_value` is not an RSA public key ({key_type}); Azure ML expects `ssh-rsa ...` or a PEM public key",
        dutch: dutch! {
            docs: "`ssh_key_value` lijkt geen openbare RSA-sleutel. Azure ML documenteert \"an RSA public key in the single-line format (starting with \"ssh-rsa\") or the multi-line PEM format\"; andere sleuteltypen kunnen worden geweigerd.\n\n\
                  Bronnen: naslag §2, §3 (documentatiefragment enable-ssh, REST \"ssh-keygen -t rsa -b 2048\").",
            message: "`ssh_key_value` is geen openbare RSA-sleutel ({key_type}); Azure ML verwacht `ssh-rsa ...` of een openbare sleutel in PEM-indeling",
        },
    }

    /// A **private** key was pasted where the public key belongs. Azure would reject it — and the
    /// private key is now in the file: treat it as leaked and make a new pair.
    ///
    /// Sources: reference §2, §3 (DOC-inc enable-ssh).
    pub(crate) static PRIVATE_KEY_IN_PUBLIC_KEY_FIELD = {
        code: "AML507", name: "private-key-in-public-key-field", severity: crate::Severity::Error, kinds: PUBLIC_KEY_KINDS,
        enforcement: Enforcement::Semantic,
        invalid: "name: ci-dev\ntype: computeinstance\nssh_public_access_enabled: true\nssh_settings:\n  ssh_key_value: |\n    -----BEGIN OPENSSH PRIVATE KEY-----\n    b3BlbnNzaC1rZXktdjEAAAAABG5vbmU=\n    -----END OPENSSH PRIVATE KEY-----\n",
        valid: "name: ci-dev\ntype: computeinstance\nssh_public_access_enabled: true\nssh_settings:\n  ssh_key_value: ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC0 user@host\n",
        message: "`ssh_key_value` holds a PRIVATE key: put the public key here, and treat this private key as leaked",
        dutch: dutch! {
            docs: "Er is een **privé**sleutel geplakt waar de openbare sleutel hoort. Azure zou hem weigeren — en de privésleutel staat nu in het bestand: beschouw hem als uitgelekt en maak een nieuw paar.\n\n\
                  Bronnen: naslag §2, §3 (documentatiefragment enable-ssh).",
            message: "`ssh_key_value` bevat een PRIVÉSLEUTEL: zet hier de openbare sleutel, en beschouw deze privésleutel als uitgelekt",
        },
    }

    /// `identity.type: user_assigned` without `user_assigned_identities`. The YAML references say
    /// the list is required; `az ml` does not check it (observed) and the service refuses.
    ///
    /// Sources: reference §2 (DOC-yaml-ci), §3 (DOC-yaml-aml).
    pub(crate) static USER_ASSIGNED_WITHOUT_IDENTITIES = {
        code: "AML508", name: "user-assigned-without-identities", severity: crate::Severity::Error, kinds: IDENTITY_KINDS,
        enforcement: Enforcement::Schema(&["if", "then"]),
        invalid: "name: cpu-cluster\ntype: amlcompute\nmax_instances: 4\nidentity:\n  type: user_assigned\n",
        valid: "name: cpu-cluster\ntype: amlcompute\nmax_instances: 4\nidentity:\n  type: user_assigned\n  user_assigned_identities:\n    - resource_id: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/ml-id\n",
        message: "`identity.type` is user-assigned but `user_assigned_identities` is missing",
        dutch: dutch! {
            docs: "`identity.type: user_assigned` zonder `user_assigned_identities`. De YAML-naslagen zeggen dat de lijst vereist is; `az ml` controleert dat niet (waargenomen) en de service weigert het.\n\n\
                  Bronnen: naslag §2 (YAML-naslag van reken-exemplaren), §3 (YAML-naslag van amlcompute).",
            message: "`identity.type` is door de gebruiker toegewezen, maar `user_assigned_identities` ontbreekt",
        },
    }

    /// `user_assigned_identities` is listed but `identity.type` does not include user-assigned, so
    /// the list is ignored.
    ///
    /// Sources: reference §2, §3 (identity rows).
    pub(crate) static IDENTITIES_WITHOUT_USER_ASSIGNED = {
        code: "AML509", name: "identities-without-user-assigned", severity: crate::Severity::Warning, kinds: IDENTITY_KINDS,
        enforcement: Enforcement::Semantic,
        invalid: "name: cpu-cluster\ntype: amlcompute\nmax_instances: 4\nidentity:\n  type: system_assigned\n  user_assigned_identities:\n    - resource_id: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/ml-id\n",
        valid: "name: cpu-cluster\ntype: amlcompute\nmax_instances: 4\nidentity:\n  type: user_assigned\n  user_assigned_identities:\n    - resource_id: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/ml-id\n",
        message: "`user_assigned_identities` is ignored because `identity.type` is {type}",
        dutch: dutch! {
            docs: "`user_assigned_identities` is opgegeven, maar `identity.type` omvat geen door de gebruiker toegewezen identiteit, dus de lijst wordt genegeerd.\n\n\
                  Bronnen: naslag §2, §3 (rijen over identiteit).",
            message: "`user_assigned_identities` wordt genegeerd, omdat `identity.type` {type} is",
        },
    }

    /// Both a system-assigned and user-assigned identities. The docs say compute "support only one
    /// system-assigned identity or multiple user-assigned identities, not both concurrently"; the
    /// SDK accepts and sends it (observed), so the outcome depends on the service.
    ///
    /// Sources: reference §3 (DOC-yaml-aml), §5 (DOC-yaml-k8s), §11 item 10.
    pub(crate) static SYSTEM_AND_USER_ASSIGNED = {
        code: "AML510", name: "system-and-user-assigned", severity: crate::Severity::Warning, kinds: IDENTITY_KINDS,
        enforcement: Enforcement::Semantic,
        invalid: "name: cpu-cluster\ntype: amlcompute\nmax_instances: 4\nidentity:\n  type: system_assigned,user_assigned\n  user_assigned_identities:\n    - resource_id: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/ml-id\n",
        valid: "name: cpu-cluster\ntype: amlcompute\nmax_instances: 4\nidentity:\n  type: system_assigned\n",
        message: "system- and user-assigned identities together are not supported for compute, per the docs",
        dutch: dutch! {
            docs: "Zowel een door het systeem toegewezen als door de gebruiker toegewezen identiteiten. Volgens de documentatie ondersteunt rekenkracht één door het systeem toegewezen identiteit of meerdere door de gebruiker toegewezen identiteiten, maar niet beide tegelijk (\"support only one system-assigned identity or multiple user-assigned identities, not both concurrently\"); de SDK accepteert en verzendt het (waargenomen), dus de uitkomst hangt af van de service.\n\n\
                  Bronnen: naslag §3 (YAML-naslag van amlcompute), §5 (YAML-naslag van Kubernetes), §11 punt 10.",
            message: "door het systeem en door de gebruiker toegewezen identiteiten samen worden volgens de documentatie niet ondersteund voor rekenkracht",
        },
    }

    /// `ssh_private_key_file` is a relative path. `az ml` reads it at submit time relative to the
    /// **current directory**, not to the spec file, so the same spec works or fails depending on
    /// where the command runs.
    ///
    /// Sources: reference §6 (observed with the SDK test file).
    pub(crate) static PRIVATE_KEY_FILE_RELATIVE = {
        code: "AML511", name: "private-key-file-relative", severity: crate::Severity::Info,
        kinds: &[Kind::VirtualMachine, Kind::HdInsight],
        enforcement: Enforcement::Semantic,
        invalid: "name: vm-attached\ntype: virtualmachine\nresource_id: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/dsvm\nssh_settings:\n  admin_username: azureuser\n  ssh_private_key_file: keys/dsvm\n",
        valid: "name: vm-attached\ntype: virtualmachine\nresource_id: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/dsvm\nssh_settings:\n  admin_username: azureuser\n  ssh_private_key_file: /home/runner/.ssh/dsvm\n",
        message: "`ssh_private_key_file` is a relative path; az ml reads it relative to the current directory, not to this file",
        dutch: dutch! {
            docs: "`ssh_private_key_file` is een relatief pad. `az ml` leest het bij het indienen vanuit de **huidige map**, niet vanuit het specificatiebestand, dus dezelfde specificatie werkt of faalt afhankelijk van waar de opdracht wordt uitgevoerd.\n\n\
                  Bronnen: naslag §6 (waargenomen met het testbestand van de SDK).",
            message: "`ssh_private_key_file` is een relatief pad; az ml leest het vanuit de huidige map, niet vanuit dit bestand",
        },
    }

    /// An ARM template (or REST body) that leaves local authentication on: `disableLocalAuth`
    /// is not `true`, so the compute also takes its own keys, beside Microsoft Entra ID. It can
    /// only be set when the compute is created (`x-ms-mutability: read, create`). PSRule for
    /// Azure (`Azure.ML.DisableLocalAuth`), Checkov (CKV_AZURE_142, for clusters) and the built-in
    /// Azure Policy definitions `DisableLocalAuth_Audit` and `_Modify`
    /// (`Azure/azure-policy`, `built-in-policies/policyDefinitions/Machine Learning/`) ask for
    /// `true`. A YAML spec cannot state it: azure-ai-ml derives it (local sign-in is turned off
    /// without SSH settings).
    ///
    /// Sources: reference §0 (REST `Compute.disableLocalAuth`), §2 and §3 (SDK-entity, TF
    /// `local_auth_enabled`, default true; PSRule `Azure.ML.DisableLocalAuth`).
    pub(crate) static LOCAL_AUTH_ENABLED = {
        code: "AML512", name: "local-auth-enabled", severity: crate::Severity::Warning,
        kinds: Kind::ALL,
        enforcement: Enforcement::Semantic,
        input: crate::rule::Input::Arm,
        invalid: "{\n  \"properties\": {\n    \"computeType\": \"AmlCompute\",\n    \"disableLocalAuth\": false,\n    \"properties\": {\n      \"vmSize\": \"Standard_DS3_v2\",\n      \"scaleSettings\": { \"minNodeCount\": 0, \"maxNodeCount\": 4 }\n    }\n  }\n}\n",
        valid: "{\n  \"properties\": {\n    \"computeType\": \"AmlCompute\",\n    \"disableLocalAuth\": true,\n    \"properties\": {\n      \"vmSize\": \"Standard_DS3_v2\",\n      \"scaleSettings\": { \"minNodeCount\": 0, \"maxNodeCount\": 4 }\n    }\n  }\n}\n",
        message: "`disableLocalAuth` is `false`: the compute takes local keys beside Microsoft Entra ID; set it to `true` (it can only be set at creation)",
        variants: &[
            ("terraform", iac_only!("`local_auth_enabled` is `true`: the compute takes local keys beside Microsoft Entra ID; set it to `false` (it can only be set at creation)")),
            ("terraform_unset", iac_only!("`local_auth_enabled` is not set, and Terraform's default is `true`: the compute takes local keys beside Microsoft Entra ID; set it to `false` (it can only be set at creation)")),
            ("unset", "`disableLocalAuth` is not set, so local authentication stays on: the compute takes local keys beside Microsoft Entra ID; set it to `true` (it can only be set at creation)"),
        ],
        dutch: dutch! {
            docs: "Een ARM-sjabloon (of REST-body) dat lokale verificatie aan laat: `disableLocalAuth` is niet `true`, dus de rekenresource accepteert naast Microsoft Entra ID ook haar eigen sleutels. Het kan alleen bij het maken worden ingesteld (`x-ms-mutability: read, create`). `PSRule for Azure` (`Azure.ML.DisableLocalAuth`), Checkov (CKV_AZURE_142, voor clusters) en de ingebouwde Azure Policy-definities `DisableLocalAuth_Audit` en `_Modify` (`Azure/azure-policy`, `built-in-policies/policyDefinitions/Machine Learning/`) vragen om `true`. Een YAML-specificatie kan het niet opgeven: azure-ai-ml leidt het af (lokaal aanmelden wordt uitgeschakeld zonder SSH-instellingen).\n\n\
                  Bronnen: naslag §0 (REST `Compute.disableLocalAuth`), §2 en §3 (SDK-entity, TF `local_auth_enabled`, standaard true; PSRule `Azure.ML.DisableLocalAuth`).",
            message: "`disableLocalAuth` is `false`: de rekenresource accepteert lokale sleutels naast Microsoft Entra ID; stel het in op `true` (dat kan alleen bij het maken)",
            variants: &[
                ("terraform", "`local_auth_enabled` is `true`: de rekenresource accepteert lokale sleutels naast Microsoft Entra ID; stel het in op `false` (dat kan alleen bij het maken)"),
                ("terraform_unset", "`local_auth_enabled` is niet ingesteld, en de standaardwaarde van Terraform is `true`: de rekenresource accepteert lokale sleutels naast Microsoft Entra ID; stel het in op `false` (dat kan alleen bij het maken)"),
                ("unset", "`disableLocalAuth` is niet ingesteld, dus lokale verificatie blijft aan: de rekenresource accepteert lokale sleutels naast Microsoft Entra ID; stel het in op `true` (dat kan alleen bij het maken)"),
            ],
        },
    }
}

fn is_rsa_public_key(key: &str) -> bool {
    let key = key.trim();
    key.starts_with("ssh-rsa ")
        || key.starts_with("-----BEGIN PUBLIC KEY-----")
        || key.starts_with("-----BEGIN RSA PUBLIC KEY-----")
        || key.starts_with("---- BEGIN SSH2 PUBLIC KEY ----")
}

fn is_private_key(key: &str) -> bool {
    key.contains("PRIVATE KEY-----")
}

/// A value that stands for a secret or file supplied elsewhere: a template placeholder, a Key
/// Vault reference or an `azureml:` asset.
fn is_reference(value: &str) -> bool {
    let v = value.trim();
    is_template(v) || v.starts_with("@Microsoft.KeyVault(") || v.starts_with("azureml:")
}

pub(crate) fn check(ctx: &mut Scope<'_>) {
    check_ssh(ctx);
    check_secrets(ctx, ctx.root, ctx.kind.fields(), &Location::Root);
    check_identity(ctx);
    check_local_auth(ctx);
}

/// `disableLocalAuth`, which only an IaC input states: not `true` leaves local keys working.
fn check_local_auth(ctx: &mut Scope<'_>) {
    let Some(facts) = ctx.facts else {
        return;
    };
    // Terraform's argument is `local_auth_enabled`, the negation.
    let terraform = facts
        .entry("input")
        .is_some_and(|e| e.value.value == Value::Str("terraform"));
    match facts.entry("disable_local_auth") {
        None => {
            let span = ctx.key_span(&["type"]);
            let variant = if terraform {
                "AML512.terraform_unset"
            } else {
                "AML512.unset"
            };
            ctx.emit(ctx.at(&LOCAL_AUTH_ENABLED, "", span).variant(variant));
        }
        Some(entry) if entry.value.value == Value::Bool(false) => {
            let span = entry.value.span;
            let diagnostic = ctx.at(&LOCAL_AUTH_ENABLED, "/disable_local_auth", span);
            ctx.emit(if terraform {
                diagnostic.variant("AML512.terraform")
            } else {
                diagnostic
            });
        }
        // `true`, unknown until deployed, or a value ARM refuses itself.
        Some(_) => {}
    }
}

fn check_ssh(ctx: &mut Scope<'_>) {
    let settings = ctx.get(&["ssh_settings"]).filter(|n| n.as_map().is_some());
    let access = ctx.bool(&["ssh_public_access_enabled"]);
    let key = ctx.str(&["ssh_settings", "ssh_key_value"]);
    if access == Some(true) {
        check_ssh_credentials(ctx, settings, key.is_some());
    }
    if let Some(settings) = settings {
        check_ssh_settings(ctx, settings, access, key.is_some());
    }
    if let Some((value, node)) = key {
        check_public_key(ctx, value, node);
    }
}

/// SSH is enabled: is there a way to sign in?
fn check_ssh_credentials(ctx: &mut Scope<'_>, settings: Option<&Node<'_>>, key: bool) {
    let missing = match ctx.kind {
        Kind::ComputeInstance => !key,
        _ => settings.is_none(),
    };
    if !missing {
        return;
    }
    // Point where the credentials belong: at ssh_settings when it is there.
    let diagnostic = match settings {
        Some(_) => ctx.at_key(&SSH_ENABLED_WITHOUT_CREDENTIALS, &["ssh_settings"]),
        None => {
            let path = ["ssh_public_access_enabled"];
            let span = ctx.get(&path).map_or(ctx.root.span, |n| n.span);
            ctx.at_path(&SSH_ENABLED_WITHOUT_CREDENTIALS, &path, span)
        }
    };
    let variant = if ctx.kind == Kind::ComputeInstance {
        "AML501"
    } else {
        "AML501.cluster"
    };
    ctx.emit(diagnostic.variant(variant));
}

/// `ssh_settings` is given: is SSH on, and are its credentials complete and usable?
fn check_ssh_settings(ctx: &mut Scope<'_>, settings: &Node<'_>, access: Option<bool>, key: bool) {
    let has = |key: &str| {
        settings
            .get(key)
            .is_some_and(|v| !matches!(v.value, Value::Null))
    };
    match (ctx.kind, access) {
        (Kind::ComputeInstance, None | Some(false)) if key => {
            ctx.emit(ctx.at_key(&SSH_SETTINGS_WITHOUT_ACCESS, &["ssh_settings"]));
        }
        (Kind::AmlCompute, None) => {
            let diagnostic = ctx.at_key(&SSH_SETTINGS_WITHOUT_ACCESS, &["ssh_settings"]);
            ctx.emit(diagnostic.variant("AML502.cluster"));
        }
        _ => {}
    }
    let password = has("admin_password");
    let any_key = has("ssh_key_value") || has("ssh_private_key_file");
    if !password && !any_key {
        let variant = match ctx.kind {
            Kind::VirtualMachine => "AML503.vm",
            _ => "AML503",
        };
        let diagnostic = ctx.at_key(&SSH_CREDENTIALS_MISSING, &["ssh_settings"]);
        ctx.emit(diagnostic.variant(variant));
    }
    if password && !any_key {
        let path = ["ssh_settings", "admin_password"];
        ctx.emit(ctx.at_key(&PASSWORD_INSTEAD_OF_KEY, &path));
    }
    let path = ["ssh_settings", "ssh_private_key_file"];
    if let Some((file, node)) = ctx.str(&path) {
        let absolute = file.starts_with('/')
            || file.starts_with('~')
            || file.get(1..3) == Some(":\\")
            || file.get(1..3) == Some(":/");
        if !absolute && !is_reference(file) {
            ctx.emit(ctx.at_path(&PRIVATE_KEY_FILE_RELATIVE, &path, node.span));
        }
    }
}

/// `ssh_key_value` holds a public key, and one Azure ML takes.
fn check_public_key(ctx: &mut Scope<'_>, value: &str, node: &Node<'_>) {
    let path = ["ssh_settings", "ssh_key_value"];
    if is_private_key(value) {
        ctx.emit(ctx.at_key(&PRIVATE_KEY_IN_PUBLIC_KEY_FIELD, &path));
    } else if !is_rsa_public_key(value) && !is_reference(value) {
        let kind = value
            .split_whitespace()
            .next()
            .filter(|w| w.starts_with("ssh-") || w.starts_with("ecdsa-"))
            .map_or(Arg::Word("key.unrecognised"), Arg::from);
        let diagnostic = ctx.at_path(&SSH_KEY_NOT_RSA_PUBLIC_KEY, &path, node.span);
        ctx.emit(diagnostic.arg("key_type", kind));
    }
}

/// Reports secret values written in the file: fields declared secret, and secret-looking keys
/// inside free-form mappings (such as Kubernetes `properties`).
fn check_secrets(
    ctx: &mut Scope<'_>,
    node: &Node<'_>,
    fields: &'static [Field],
    at: &Location<'_>,
) {
    let Some(entries) = node.as_map() else { return };
    for entry in entries {
        let Some(key) = entry.key_str() else { continue };
        // Only text can be a secret written down, and only mappings can hold more: numbers and
        // booleans are passed over without looking their field up.
        if !matches!(entry.value.value, Value::Str(_) | Value::Map(_)) {
            continue;
        }
        let field = model::find(fields, key);
        let secret = field.map_or_else(|| is_secret_key(key), |f| f.secret);
        // Most fields are not secrets: the value is looked at only for those that are.
        let written = || {
            entry
                .value
                .as_str()
                .is_some_and(|v| !v.trim().is_empty() && !is_reference(v))
        };
        if secret && written() {
            ctx.emit(
                ctx.at(&SECRET_IN_FILE, at.key(key).pointer(), entry.key.span)
                    .arg("field", Arg::code(key)),
            );
        }
        // Only mappings can hold more secrets.
        let inner = match field.map(|f| &f.ty) {
            _ if secret || entry.value.as_map().is_none() => continue,
            Some(Ty::Object(inner)) => inner,
            Some(Ty::AnyMap) | None => &[][..],
            _ => continue,
        };
        check_secrets(ctx, &entry.value, inner, &at.key(key));
    }
}

fn check_identity(ctx: &mut Scope<'_>) {
    let Some((kind, node)) = ctx.str(&["identity", "type"]) else {
        return;
    };
    let Some(canonical) = model::common::IDENTITY_TYPE.canonical(kind) else {
        return;
    };
    let list = ctx
        .get(&["identity", "user_assigned_identities"])
        .and_then(Node::as_seq);
    let has_list = list.is_some_and(|items| !items.is_empty());
    let path = "/identity/type";
    // `user_assigned` or `system_assigned,user_assigned`.
    let user = canonical.ends_with("user_assigned");
    if user && !has_list {
        // An empty list is reported on the list itself.
        let diagnostic = match ctx.get(&["identity", "user_assigned_identities"]) {
            Some(list) => ctx.at(
                &USER_ASSIGNED_WITHOUT_IDENTITIES,
                "/identity/user_assigned_identities",
                list.span,
            ),
            None => ctx.at(&USER_ASSIGNED_WITHOUT_IDENTITIES, path, node.span),
        };
        ctx.emit(diagnostic);
    }

    if !user && has_list {
        let span = ctx.key_span(&["identity", "user_assigned_identities"]);
        ctx.emit(
            ctx.at(
                &IDENTITIES_WITHOUT_USER_ASSIGNED,
                "/identity/user_assigned_identities",
                span,
            )
            .arg("type", Arg::code(canonical)),
        );
    }
    if canonical == "system_assigned,user_assigned" {
        ctx.emit(ctx.at(&SYSTEM_AND_USER_ASSIGNED, path, node.span));
    }
}
