//! The JSON Schemas' titles and descriptions in Dutch, keyed by their English text (what the
//! field tables and the schema emitter write). Field names, values and examples stay as they are.
//! Sorted by the English text.

pub(super) static TEXT: &[(&str, &str)] = &[
    ("1-65535.", "1-65535."),
    (
        "2 to 16 letters, digits and hyphens (newer AKS docs allow 3 to 24); starts with a letter; ends with a letter or digit.",
        "2 tot 16 letters, cijfers en afbreekstreepjes (nieuwere AKS-documentatie staat 3 tot 24 toe); begint met een letter; eindigt op een letter of cijfer.",
    ),
    (
        "2 to 16 letters, digits and hyphens; starts with a letter; ends with a letter or digit.",
        "2 tot 16 letters, cijfers en afbreekstreepjes; begint met een letter; eindigt op een letter of cijfer.",
    ),
    (
        "3 to 24 letters, digits and hyphens; starts with a letter; a letter must follow the last hyphen.",
        "3 tot 24 letters, cijfers en afbreekstreepjes; begint met een letter; na het laatste afbreekstreepje moet een letter staan.",
    ),
    (
        "3 to 32 letters, digits and hyphens (the studio form allows 24 and asks for a letter after the last hyphen); starts with a letter; ends with a letter or digit.",
        "3 tot 32 letters, cijfers en afbreekstreepjes (het formulier in de studio staat 24 toe en vraagt een letter na het laatste afbreekstreepje); begint met een letter; eindigt op een letter of cijfer.",
    ),
    ("AKS inference cluster (aks)", "AKS-inferentiecluster (aks)"),
    (
        "ARM ID of a user-assigned managed identity (Microsoft.ManagedIdentity/userAssignedIdentities).",
        "ARM-id van een door de gebruiker toegewezen beheerde identiteit (Microsoft.ManagedIdentity/userAssignedIdentities).",
    ),
    (
        "ARM ID of an existing AKS cluster to attach (Microsoft.ContainerService/managedClusters). Not with size.",
        "ARM-id van een bestaand AKS-cluster om te koppelen (Microsoft.ContainerService/managedClusters). Niet samen met size.",
    ),
    (
        "ARM ID of the Arc-connected cluster (Microsoft.Kubernetes/connectedClusters) or AKS cluster.",
        "ARM-id van het met Arc verbonden cluster (Microsoft.Kubernetes/connectedClusters) of AKS-cluster.",
    ),
    (
        "ARM ID of the Databricks workspace (Microsoft.Databricks/workspaces).",
        "ARM-id van de Databricks-werkruimte (Microsoft.Databricks/workspaces).",
    ),
    (
        "ARM ID of the HDInsight cluster (Microsoft.HDInsight/clusters).",
        "ARM-id van het HDInsight-cluster (Microsoft.HDInsight/clusters).",
    ),
    (
        "ARM ID of the Spark pool: .../Microsoft.Synapse/workspaces/<workspace>/bigDataPools/<pool>.",
        "ARM-id van de Spark-pool: .../Microsoft.Synapse/workspaces/<workspace>/bigDataPools/<pool>.",
    ),
    (
        "ARM ID of the account (Microsoft.DataLakeAnalytics/accounts).",
        "ARM-id van het account (Microsoft.DataLakeAnalytics/accounts).",
    ),
    (
        "ARM ID of the subnet the nodes join.",
        "ARM-id van het subnet waar de knooppunten in komen.",
    ),
    (
        "ARM ID of the virtual machine (Microsoft.Compute/virtualMachines).",
        "ARM-id van de virtuele machine (Microsoft.Compute/virtualMachines).",
    ),
    (
        "ARM resource ID of the compute to attach.",
        "ARM-resource-id van de rekenkracht om te koppelen.",
    ),
    ("Access token", "Toegangstoken"),
    ("Action", "Actie"),
    ("Address", "Adres"),
    (
        "Admin account for SSH access to the nodes.",
        "Beheerdersaccount voor SSH-toegang tot de knooppunten.",
    ),
    ("Admin password", "Wachtwoord van de beheerder"),
    ("Admin user name", "Gebruikersnaam van de beheerder"),
    (
        "Advanced networking: an existing subnet and address ranges.",
        "Geavanceerde netwerkconfiguratie: een bestaand subnet en adresbereiken.",
    ),
    (
        "Allow sudo on the instance.",
        "Sudo toestaan op het reken-exemplaar.",
    ),
    (
        "Always azureuser; set by Azure.",
        "Altijd azureuser; ingesteld door Azure.",
    ),
    (
        "An Azure Machine Learning AKS inference cluster spec, as amlint checks it. An amlint kind: az ml v2 cannot submit it; the studio, REST API and ARM can.",
        "Een specificatie van een AKS-inferentiecluster voor Azure Machine Learning, zoals amlint die controleert. Alleen amlint kent dit type: az ml v2 kan zo'n specificatie niet indienen; de studio, de REST API en ARM wel.",
    ),
    (
        "An Azure Machine Learning Azure Databricks spec, as amlint checks it. An amlint kind: az ml v2 cannot submit it; the studio, REST API and ARM can.",
        "Een specificatie van Azure Databricks voor Azure Machine Learning, zoals amlint die controleert. Alleen amlint kent dit type: az ml v2 kan zo'n specificatie niet indienen; de studio, de REST API en ARM wel.",
    ),
    (
        "An Azure Machine Learning Data Lake Analytics spec, as amlint checks it. An amlint kind: az ml v2 cannot submit it; the studio, REST API and ARM can.",
        "Een specificatie van Data Lake Analytics voor Azure Machine Learning, zoals amlint die controleert. Alleen amlint kent dit type: az ml v2 kan zo'n specificatie niet indienen; de studio, de REST API en ARM wel.",
    ),
    (
        "An Azure Machine Learning HDInsight cluster spec, as amlint checks it. An amlint kind: az ml v2 cannot submit it; the studio, REST API and ARM can.",
        "Een specificatie van een HDInsight-cluster voor Azure Machine Learning, zoals amlint die controleert. Alleen amlint kent dit type: az ml v2 kan zo'n specificatie niet indienen; de studio, de REST API en ARM wel.",
    ),
    (
        "An Azure Machine Learning Kubernetes compute spec, as amlint checks it. Submitted with `az ml compute attach --file`.",
        "Een specificatie van Kubernetes-rekenkracht voor Azure Machine Learning, zoals amlint die controleert. Ingediend met `az ml compute attach --file`.",
    ),
    (
        "An Azure Machine Learning Synapse Spark pool spec, as amlint checks it. Submitted with `az ml compute attach --file`.",
        "Een specificatie van een Synapse Spark-pool voor Azure Machine Learning, zoals amlint die controleert. Ingediend met `az ml compute attach --file`.",
    ),
    (
        "An Azure Machine Learning attached virtual machine spec, as amlint checks it. Submitted with `az ml compute attach --file`.",
        "Een specificatie van een gekoppelde virtuele machine voor Azure Machine Learning, zoals amlint die controleert. Ingediend met `az ml compute attach --file`.",
    ),
    (
        "An Azure Machine Learning compute cluster spec, as amlint checks it. Submitted with `az ml compute create --file`.",
        "Een specificatie van een rekencluster voor Azure Machine Learning, zoals amlint die controleert. Ingediend met `az ml compute create --file`.",
    ),
    (
        "An Azure Machine Learning compute instance spec, as amlint checks it. Submitted with `az ml compute create --file`.",
        "Een specificatie van een reken-exemplaar voor Azure Machine Learning, zoals amlint die controleert. Ingediend met `az ml compute create --file`.",
    ),
    (
        "An integer number of minutes.",
        "Een geheel aantal minuten.",
    ),
    (
        "Any compute spec amlint checks; `type` selects the kind.",
        "Elke rekenspecificatie die amlint controleert; `type` kiest het type.",
    ),
    (
        "Assign to another user",
        "Toewijzen aan een andere gebruiker",
    ),
    (
        "At most four schedules per compute instance.",
        "Ten hoogste vier planningen per reken-exemplaar.",
    ),
    (
        "Attached virtual machine (virtualmachine)",
        "Gekoppelde virtuele machine (virtualmachine)",
    ),
    ("Auto-pause", "Automatisch onderbreken"),
    (
        "Auto-pause settings",
        "Instellingen voor automatisch onderbreken",
    ),
    ("Autoscale", "Automatisch schalen"),
    (
        "Azure Databricks (databricks)",
        "Azure Databricks (databricks)",
    ),
    (
        "Azure Machine Learning compute",
        "Azure Machine Learning-rekenkracht",
    ),
    (
        "Azure region. Only compute clusters honour it; for this kind az ml warns and uses the workspace region.",
        "Azure-regio. Alleen rekenclusters houden er rekening mee; voor dit type waarschuwt az ml en gebruikt het de regio van de werkruimte.",
    ),
    (
        "Azure region; defaults to the workspace region. Cannot be changed after creation.",
        "Azure-regio; standaard de regio van de werkruimte. Kan na het maken niet worden gewijzigd.",
    ),
    ("Bind mounts", "Bind-koppelingen"),
    (
        "Both the user's tenant ID and object ID.",
        "Zowel de tenant-id als de object-id van de gebruiker.",
    ),
    ("CNAME", "CNAME"),
    (
        "Cannot be changed after creation; availability depends on the region.",
        "Kan na het maken niet worden gewijzigd; de beschikbaarheid hangt af van de regio.",
    ),
    ("Certificate", "Certificaat"),
    ("Client ID", "Client-id"),
    ("Cluster purpose", "Doel van het cluster"),
    ("Command", "Opdracht"),
    (
        "Command or arguments to run the script with.",
        "Opdracht of argumenten waarmee het script wordt uitgevoerd.",
    ),
    ("Compute cluster (amlcompute)", "Rekencluster (amlcompute)"),
    (
        "Compute instance (computeinstance)",
        "Reken-exemplaar (computeinstance)",
    ),
    ("Compute location", "Locatie van de rekenkracht"),
    ("Compute name", "Rekennaam"),
    (
        "Create the compute inside an existing virtual network.",
        "Maak de rekenkracht in een bestaand virtueel netwerk.",
    ),
    ("Created on", "Gemaakt op"),
    ("Creation script", "Aanmaakscript"),
    ("Cron expression", "Cron-expressie"),
    ("Custom applications", "Aangepaste toepassingen"),
    ("DNS service IP", "IP-adres van de DNS-service"),
    (
        "Data Lake Analytics (datalakeanalytics)",
        "Data Lake Analytics (datalakeanalytics)",
    ),
    ("Data Lake Store account", "Data Lake Store-account"),
    (
        "Databricks personal access token. Better passed in at submit time than stored in a file.",
        "Persoonlijk toegangstoken van Databricks. Geef het liever mee bij het indienen dan het in een bestand op te slaan.",
    ),
    (
        "Days of the week, e.g. [monday, friday].",
        "Dagen van de week, bijvoorbeeld [monday, friday].",
    ),
    (
        "Deprecated ISO 8601 duration such as PT30M; use idle_time_before_shutdown_minutes.",
        "Afgeschafte ISO 8601-duur zoals PT30M; gebruik idle_time_before_shutdown_minutes.",
    ),
    ("Description", "Beschrijving"),
    (
        "Docker applications served from the instance.",
        "Docker-toepassingen die vanaf het reken-exemplaar worden aangeboden.",
    ),
    ("Docker bridge CIDR", "CIDR van de Docker-bridge"),
    (
        "Docker bridge address range, e.g. 172.17.0.1/16; must not overlap the others.",
        "Adresbereik van de Docker-bridge, bijvoorbeeld 172.17.0.1/16; mag niet overlappen met de andere.",
    ),
    (
        "Docker image, e.g. ghcr.io/org/app:1.0.",
        "Docker-installatiekopie, bijvoorbeeld ghcr.io/org/app:1.0.",
    ),
    (
        "Domain name the certificate is for.",
        "Domeinnaam waarvoor het certificaat is.",
    ),
    ("Endpoints", "Eindpunten"),
    ("Environment variables", "Omgevingsvariabelen"),
    (
        "Every how many frequency units.",
        "Om de hoeveel frequentie-eenheden.",
    ),
    ("Existing AKS cluster", "Bestaand AKS-cluster"),
    (
        "Five fields: minute hour day-of-month month day-of-week (Sunday is 0).",
        "Vijf velden: minuut uur dag-van-de-maand maand dag-van-de-week (zondag is 0).",
    ),
    (
        "Folders shared with the container.",
        "Mappen die met de container worden gedeeld.",
    ),
    (
        "Free text shown in the studio.",
        "Vrije tekst die in de studio wordt weergegeven.",
    ),
    ("Frequency", "Frequentie"),
    (
        "Give the vCPU quota back while the instance is stopped.",
        "Geef het vCPU-quotum terug zolang het reken-exemplaar is gestopt.",
    ),
    (
        "HDInsight cluster (hdinsight)",
        "HDInsight-cluster (hdinsight)",
    ),
    (
        "HTTPS for the scoring endpoint.",
        "HTTPS voor het scoringseindpunt.",
    ),
    ("Hours", "Uren"),
    (
        "Hours of the day, 0-23, as a list.",
        "Uren van de dag, 0-23, als lijst.",
    ),
    (
        "How Azure ML signs in to the VM.",
        "Hoe Azure ML zich aanmeldt bij de VM.",
    ),
    ("How Azure ML signs in.", "Hoe Azure ML zich aanmeldt."),
    ("ID", "Id"),
    (
        "IP address of the cluster DNS service; must lie inside service_cidr.",
        "IP-adres van de DNS-service van het cluster; moet binnen service_cidr liggen.",
    ),
    ("Identity type", "Type identiteit"),
    (
        "Idle seconds before scale down",
        "Inactieve seconden vóór omlaag schalen",
    ),
    (
        "Idle shutdown (ISO 8601, deprecated)",
        "Afsluiten bij inactiviteit (ISO 8601, afgeschaft)",
    ),
    (
        "Idle shutdown (minutes)",
        "Afsluiten bij inactiviteit (minuten)",
    ),
    ("Ignored.", "Genegeerd."),
    ("Image", "Installatiekopie"),
    ("Image reference", "Verwijzing naar de installatiekopie"),
    ("Interval", "Interval"),
    ("Key", "Sleutel"),
    (
        "Key/value pairs. Values must be strings: quote numbers and booleans.",
        "Sleutel-waardeparen. Waarden moeten tekenreeksen zijn: zet getallen en booleaanse waarden tussen aanhalingstekens.",
    ),
    (
        "Kubernetes compute (kubernetes)",
        "Kubernetes-rekenkracht (kubernetes)",
    ),
    (
        "Kubernetes service address range, e.g. 10.0.0.0/16; must not overlap the subnet.",
        "Adresbereik van de Kubernetes-services, bijvoorbeeld 10.0.0.0/16; mag niet overlappen met het subnet.",
    ),
    (
        "Label of the Microsoft-provided domain.",
        "Label van het door Microsoft geleverde domein.",
    ),
    ("Last operation", "Laatste bewerking"),
    ("Leaf domain label", "Label van het leaf-domein"),
    (
        "Let the assigned user sign in with SSO.",
        "Laat de toegewezen gebruiker zich aanmelden met eenmalige aanmelding.",
    ),
    ("Load balancer", "Load balancer"),
    ("Load balancer subnet", "Subnet van de load balancer"),
    ("Location", "Locatie"),
    ("Managed identity", "Beheerde identiteit"),
    ("Maximum nodes", "Maximum aantal knooppunten"),
    ("Minimum nodes", "Minimum aantal knooppunten"),
    ("Minutes", "Minuten"),
    (
        "Minutes of the hour, 0-59, as a list.",
        "Minuten van het uur, 0-59, als lijst.",
    ),
    (
        "Must exist in the cluster before attaching.",
        "Moet vóór het koppelen in het cluster bestaan.",
    ),
    ("Name", "Naam"),
    (
        "Name of the default Data Lake Store account.",
        "Naam van het standaard Data Lake Store-account.",
    ),
    (
        "Name of the virtual network. Leave it out when subnet is a full subnet ID.",
        "Naam van het virtuele netwerk. Laat dit weg wanneer subnet een volledige subnet-id is.",
    ),
    ("Name/value pairs.", "Naam-waardeparen."),
    ("Namespace", "Naamruimte"),
    ("Network configuration", "Netwerkconfiguratie"),
    ("Network settings", "Netwerkinstellingen"),
    ("Node count", "Aantal knooppunten"),
    ("Node family", "Knooppuntfamilie"),
    ("Node public IP", "Openbaar IP-adres van de knooppunten"),
    ("Node size", "Knooppuntgrootte"),
    (
        "Node size of a new cluster. Cannot be changed later.",
        "Knooppuntgrootte van een nieuw cluster. Kan later niet worden gewijzigd.",
    ),
    (
        "Nodes kept running when idle. 0 saves money.",
        "Knooppunten die actief blijven bij inactiviteit. 0 bespaart kosten.",
    ),
    (
        "Nodes of a new cluster; nodes x vCPUs must be at least 12 for production.",
        "Aantal knooppunten van een nieuw cluster; voor productie moet het aantal knooppunten maal het aantal vCPU's ten minste 12 zijn.",
    ),
    ("Number of nodes", "Aantal knooppunten"),
    (
        "OS image metadata",
        "Metagegevens van de installatiekopie van het besturingssysteem",
    ),
    ("OS patching", "Patches van het besturingssysteem"),
    (
        "Object ID (GUID) of the user the instance is for.",
        "Object-id (GUID) van de gebruiker voor wie het reken-exemplaar is.",
    ),
    (
        "One of admin_password or ssh_key_value is required. Prefer a key.",
        "admin_password of ssh_key_value is vereist. Gebruik bij voorkeur een sleutel.",
    ),
    (
        "One of password, private key or public key is required. Prefer a key.",
        "Een wachtwoord, privésleutel of openbare sleutel is vereist. Gebruik bij voorkeur een sleutel.",
    ),
    ("Only docker.", "Alleen docker."),
    (
        "Open the SSH port. Cannot be changed after creation.",
        "Open de SSH-poort. Kan na het maken niet worden gewijzigd.",
    ),
    ("Overwrite existing domain", "Bestaand domein overschrijven"),
    (
        "PEM certificate data.",
        "Certificaatgegevens in PEM-indeling.",
    ),
    (
        "PEM private key data.",
        "Gegevens van de privésleutel in PEM-indeling.",
    ),
    (
        "Passed through to Azure (instance types and more).",
        "Doorgegeven aan Azure (instantietypen en meer).",
    ),
    (
        "Patch the OS automatically.",
        "Het besturingssysteem automatisch patchen.",
    ),
    ("Path", "Pad"),
    ("Path in the container.", "Pad in de container."),
    (
        "Path of the private key, read when the spec is submitted (relative to the current directory).",
        "Pad van de privésleutel, gelezen wanneer de specificatie wordt ingediend (ten opzichte van de huidige map).",
    ),
    ("Path of the private key.", "Pad van de privésleutel."),
    ("Path on the instance.", "Pad op het reken-exemplaar."),
    ("Pause delay", "Vertraging vóór onderbreken"),
    (
        "Ports the application serves.",
        "Poorten die de toepassing aanbiedt.",
    ),
    ("Principal ID", "Principal-id"),
    ("Private IP address", "Privé-IP-adres"),
    ("Private key file", "Bestand met privésleutel"),
    ("Properties", "Eigenschappen"),
    ("Provisioning errors", "Inrichtingsfouten"),
    ("Provisioning state", "Inrichtingsstatus"),
    ("Public IP address", "Openbaar IP-adres"),
    (
        "Public IP address or host name of the master node.",
        "Openbaar IP-adres of hostnaam van het hoofdknooppunt.",
    ),
    (
        "Public key for the admin account.",
        "Openbare sleutel voor het beheerdersaccount.",
    ),
    ("Published port", "Gepubliceerde poort"),
    (
        "RSA public key, single-line (ssh-rsa ...) or multi-line PEM.",
        "Openbare RSA-sleutel, op één regel (ssh-rsa ...) of in PEM-indeling over meerdere regels.",
    ),
    (
        "RSA public key, single-line (ssh-rsa ...) or multi-line PEM. Needs ssh_public_access_enabled: true.",
        "Openbare RSA-sleutel, op één regel (ssh-rsa ...) of in PEM-indeling over meerdere regels. Vereist ssh_public_access_enabled: true.",
    ),
    ("Region", "Regio"),
    ("Region of the cluster.", "Regio van het cluster."),
    ("Release quota on stop", "Quotum vrijgeven bij stoppen"),
    (
        "Replace a domain with the same leaf label.",
        "Een domein met hetzelfde leaf-label vervangen.",
    ),
    (
        "Required when ssh_private_key_file is not given. Prefer a key.",
        "Vereist wanneer ssh_private_key_file niet is opgegeven. Gebruik bij voorkeur een sleutel.",
    ),
    (
        "Required when type is user_assigned.",
        "Vereist wanneer type user_assigned is.",
    ),
    ("Resource ID", "Resource-id"),
    ("Root access", "Root-toegang"),
    ("Runs at every start.", "Wordt bij elke start uitgevoerd."),
    (
        "Runs once, when the instance is provisioned.",
        "Wordt één keer uitgevoerd, wanneer het reken-exemplaar wordt ingericht.",
    ),
    ("SSH access", "SSH-toegang"),
    ("SSH port", "SSH-poort"),
    ("SSH public key", "Openbare SSH-sleutel"),
    ("SSH settings", "SSH-instellingen"),
    ("SSH user of the cluster.", "SSH-gebruiker van het cluster."),
    ("SSL configuration", "SSL-configuratie"),
    ("SSL status", "SSL-status"),
    ("Scale settings", "Schaalinstellingen"),
    ("Schedule", "Planning"),
    ("Schedule ID", "Id van de planning"),
    ("Schedules", "Planningen"),
    ("Schema", "Schema"),
    (
        "Script path in the workspace file share.",
        "Pad van het script in de bestandsshare van de werkruimte.",
    ),
    (
        "Scripts run at creation and at startup.",
        "Scripts die bij het maken en bij het opstarten worden uitgevoerd.",
    ),
    (
        "Seconds a node stays idle before it is released.",
        "Seconden dat een knooppunt inactief blijft voordat het wordt vrijgegeven.",
    ),
    ("Service CIDR", "Service-CIDR"),
    ("Services", "Services"),
    (
        "Set by Azure from the pool.",
        "Door Azure ingesteld op basis van de pool.",
    ),
    (
        "Set by Azure from the pool; what is written here is dropped.",
        "Door Azure ingesteld op basis van de pool; wat hier staat, wordt weggelaten.",
    ),
    ("Set by Azure.", "Ingesteld door Azure."),
    ("Setup scripts", "Installatiescripts"),
    (
        "Shut down after this many idle minutes: 15 minutes to 3 days (4320).",
        "Afsluiten na zoveel inactieve minuten: 15 minuten tot 3 dagen (4320).",
    ),
    ("Single sign-on", "Eenmalige aanmelding"),
    ("Source", "Bron"),
    ("Spark version", "Spark-versie"),
    (
        "Start and stop the instance on a schedule.",
        "Het reken-exemplaar volgens een planning starten en stoppen.",
    ),
    ("Start time", "Begintijd"),
    ("Start/stop schedules", "Start-/stopplanningen"),
    ("Startup script", "Opstartscript"),
    ("State", "Status"),
    (
        "Strictly between 1025 and 65535: Azure rejects 1025 and 65535 themselves.",
        "Strikt tussen 1025 en 65535: Azure weigert 1025 en 65535 zelf.",
    ),
    ("Subnet", "Subnet"),
    ("Subnet ID", "Subnet-id"),
    (
        "Subnet name (with vnet_name) or full ARM subnet ID. Required when vnet_name is set.",
        "Subnetnaam (met vnet_name) of volledige ARM-subnet-id. Vereist wanneer vnet_name is ingesteld.",
    ),
    (
        "Subnet of an internal load balancer.",
        "Subnet van een interne load balancer.",
    ),
    (
        "Synapse Spark pool (synapsespark)",
        "Synapse Spark-pool (synapsespark)",
    ),
    ("Tags", "Tags"),
    ("Target", "Doel"),
    ("Target port", "Doelpoort"),
    (
        "Tenant (GUID) of the user the instance is for.",
        "Tenant (GUID) van de gebruiker voor wie het reken-exemplaar is.",
    ),
    ("Tenant ID", "Tenant-id"),
    (
        "The cluster scales up to this many nodes. At least 1 and not below min_instances.",
        "Het cluster schaalt op tot zoveel knooppunten. Ten minste 1 en niet onder min_instances.",
    ),
    (
        "The compute kind. Compared case-insensitively.",
        "Het type rekenkracht. Hoofdletters maken niet uit.",
    ),
    ("The container image.", "De containerinstallatiekopie."),
    (
        "The managed identity the compute uses to reach other resources.",
        "De beheerde identiteit waarmee de rekenkracht andere resources bereikt.",
    ),
    (
        "The public key for SSH access.",
        "De openbare sleutel voor SSH-toegang.",
    ),
    ("Time zone", "Tijdzone"),
    ("Timeout (minutes)", "Time-out (minuten)"),
    ("Trigger", "Trigger"),
    ("Type", "Type"),
    (
        "URL of the JSON Schema the file follows. Editors use it; az ml ignores it.",
        "URL van het JSON-schema dat het bestand volgt. Editors gebruiken het; az ml negeert het.",
    ),
    (
        "Unique across the instance's applications.",
        "Uniek binnen de toepassingen van het reken-exemplaar.",
    ),
    (
        "User name for SSH; required whenever ssh_settings is given.",
        "Gebruikersnaam voor SSH; vereist wanneer ssh_settings is opgegeven.",
    ),
    ("User name on the VM.", "Gebruikersnaam op de VM."),
    ("User object ID", "Object-id van de gebruiker"),
    ("User tenant ID", "Tenant-id van de gebruiker"),
    (
        "User-assigned identities",
        "Door de gebruiker toegewezen identiteiten",
    ),
    (
        "Virtual machine priority",
        "Prioriteit van de virtuele machine",
    ),
    ("Virtual machine size", "Grootte van de virtuele machine"),
    ("Virtual network", "Virtueel netwerk"),
    ("Week days", "Weekdagen"),
    (
        "When in the period to run.",
        "Wanneer de actie binnen de periode wordt uitgevoerd.",
    ),
    (
        "When the action runs: a cron expression or a recurrence.",
        "Wanneer de actie wordt uitgevoerd: een cron-expressie of een herhaling.",
    ),
    (
        "Windows time zone name, e.g. UTC or W. Europe Standard Time.",
        "Naam van een Windows-tijdzone, bijvoorbeeld UTC of W. Europe Standard Time.",
    ),
    ("Workspace URL", "URL van de werkruimte"),
    (
        "dedicated or low_priority (spelled exactly so; case does not matter).",
        "dedicated of low_priority (precies zo gespeld; hoofdletters maken niet uit).",
    ),
    (
        "e.g. https://adb-1234567890123456.7.azuredatabricks.net",
        "bijvoorbeeld https://adb-1234567890123456.7.azuredatabricks.net",
    ),
    (
        "enabled (your certificate: cert, key, cname), auto (a Microsoft certificate: leaf_domain_label) or disabled.",
        "enabled (uw certificaat: cert, key, cname), auto (een Microsoft-certificaat: leaf_domain_label) of disabled.",
    ),
    ("enabled or disabled.", "enabled of disabled."),
    (
        "false creates nodes without public IP addresses; needs a subnet and a workspace with a private endpoint.",
        "false maakt knooppunten zonder openbare IP-adressen; vereist een subnet en een werkruimte met een privé-eindpunt.",
    ),
    (
        "minute, hour, day, week or month.",
        "minute, hour, day, week of month.",
    ),
    (
        "production or dev_test (REST: FastProd, DenseProd, DevTest).",
        "production of dev_test (REST: FastProd, DenseProd, DevTest).",
    ),
    (
        "public_ip or internal_load_balancer.",
        "public_ip of internal_load_balancer.",
    ),
    ("start or stop.", "start of stop."),
    (
        "system_assigned, user_assigned, none, or both (not supported by clusters and Kubernetes per the docs).",
        "system_assigned, user_assigned, none of beide (volgens de documentatie niet ondersteund door clusters en Kubernetes).",
    ),
    (
        "yyyy-MM-ddTHH:mm:ss, quoted so YAML keeps it a string.",
        "yyyy-MM-ddTHH:mm:ss, tussen aanhalingstekens zodat YAML het als tekenreeks houdt.",
    ),
];
