//! Dutch messages: the same ids and placeholders as `en.rs`, in the terms of
//! `docs/reference/glossary-nl.md` (Microsoft's Dutch Azure documentation, the reader addressed as
//! "u"). Field names, values, codes and numbers stay as they are. Keep sorted by id.

pub(super) static MESSAGES: &[(&str, &str)] = &[
    ("AML001", "YAML-syntaxfout: {detail}"),
    (
        "AML001.binary",
        "deze `!!binary`-waarde is geen base64-gecodeerde UTF-8-tekst, die az ml nodig heeft; schrijf de tekst zelf",
    ),
    (
        "AML001.char",
        "az ml kan dit bestand niet lezen: PyYAML weigert het teken U+{codepoint} overal in het bestand (\"unacceptable character: special characters are not allowed\"); verwijder het, of schrijf het als `\\u{codepoint}` tussen dubbele aanhalingstekens",
    ),
    (
        "AML001.linebreak",
        "PyYAML (YAML 1.1, dat az ml gebruikt) leest U+{codepoint} als regeleinde, YAML 1.2-hulpprogramma's niet: az ml faalt op deze regel of leest een andere waarde; verwijder het, of schrijf het als `\\u{codepoint}` tussen dubbele aanhalingstekens",
    ),
    (
        "AML001.merge",
        "een samenvoegsleutel `<<` moet verwijzen naar een toewijzing of een lijst van toewijzingen",
    ),
    (
        "AML001.plain",
        "een onbeschermde `{text}` is de tag `{tag}` van YAML 1.1, die az ml niet als waarde kan laden (\"could not determine a constructor for the tag 'tag:yaml.org,2002:{tag}'\"); zet de waarde tussen aanhalingstekens: \"{text}\"",
    ),
    (
        "AML001.tab",
        "az ml kan dit bestand niet lezen: PyYAML staat een tab alleen toe tussen aanhalingstekens, in blokscalars (| en >) en in opmerkingen (\"found character '\\t' that cannot start any token\"); vervang de tab door spaties",
    ),
    (
        "AML001.tag",
        "de tag `{tag}` kan niet door az ml worden geladen (de veilige lader van PyYAML heeft er geen constructor voor)",
    ),
    (
        "AML002",
        "document {index} van dit bestand: az ml leest precies één YAML-document per bestand (\"expected a single document in the stream\")",
    ),
    (
        "AML003",
        "`{key}` staat er twee keer; az ml houdt zonder melding alleen de laatste waarde",
    ),
    (
        "AML004",
        "`{text}` wordt door az ml (YAML 1.1) gelezen als {yaml11}, maar door YAML 1.2-hulpprogramma's als {yaml12}; schrijf het ondubbelzinnig (tekst tussen aanhalingstekens, true/false en gewone decimale getallen)",
    ),
    (
        "AML004.secret",
        "deze geheime waarde wordt door az ml (YAML 1.1) anders gelezen dan door YAML 1.2-hulpprogramma's; zet haar tussen aanhalingstekens",
    ),
    (
        "AML005",
        "het bestand is {size} bytes; amlint leest ten hoogste {limit} bytes",
    ),
    (
        "AML006",
        "het bestand bevat een NUL-byte op positie {offset}: het is binair, geen YAML",
    ),
    (
        "AML006.utf8",
        "het bestand is geen geldige UTF-8 (eerste ongeldige byte op positie {offset})",
    ),
    (
        "AML007",
        "hier staat geen specificatie: het document is leeg of bevat alleen opmerkingen",
    ),
    ("AML008", "de YAML is dieper genest dan {limit} niveaus"),
    (
        "AML008.nodes",
        "de YAML groeit via aliassen tot meer dan {limit} knooppunten; az ml zou erop blijven hangen",
    ),
    (
        "AML008.recursive",
        "een alias wordt gebruikt binnen het knooppunt dat zijn anker benoemt, zodat hij nooit kan worden uitgevouwen",
    ),
    (
        "AML009",
        "een specificatie moet een toewijzing van velden zijn, niet {actual}",
    ),
    (
        "AML010",
        "`type` ontbreekt, dus az ml kan niet bepalen welk soort rekenkracht dit is (\"Unknown compute type: None\")",
    ),
    (
        "AML010.not_string",
        "`type` moet een tekenreeks zijn, niet {actual}",
    ),
    (
        "AML011",
        "onbekend rekentype `{value}`; verwacht een van: {allowed}",
    ),
    (
        "AML011.suggest",
        "onbekend rekentype `{value}`; bedoelde u `{suggestion}`?",
    ),
    (
        "AML012",
        "az ml v2 kan een specificatie van dit soort ({kind}) niet indienen; maak of koppel deze vanuit de studio, de REST API of een ARM-sjabloon",
    ),
    (
        "AML013",
        "`$schema` is het gepubliceerde schema van `{schema_kind}`, maar deze specificatie heeft type `{kind}`",
    ),
    (
        "AML014",
        "`{rule}` wordt hier onderdrukt, maar meldt hier niets; verwijder de onderdrukking",
    ),
    (
        "AML015",
        "er is geen regel `{rule}`; deze onderdrukking heeft geen effect",
    ),
    (
        "AML015.always_on",
        "bevindingen van `{rule}` kunnen niet worden onderdrukt: het bestand kon niet worden gelezen zoals az ml het leest",
    ),
    (
        "AML015.late",
        "`ignore-file` werkt alleen vóór de eerste sleutel van het bestand; deze heeft geen effect",
    ),
    (
        "AML015.suggest",
        "er is geen regel `{rule}`; bedoelde u `{suggestion}`? Deze onderdrukking heeft geen effect",
    ),
    (
        "AML015.unreadable",
        "geen onderdrukking die amlint kan lezen; schrijf `# amlint: ignore[CODE, ...]` of `# amlint: ignore-file[CODE, ...]`",
    ),
    ("AML101", "het vereiste veld `{field}` ontbreekt"),
    ("AML102", "`{field}` moet {expected} zijn, niet {actual}"),
    (
        "AML103",
        "`{field}` is `{value}`, wat niet een van deze waarden is: {allowed}",
    ),
    (
        "AML103.suggest",
        "`{field}` is `{value}`, wat niet een van deze waarden is: {allowed}; bedoelde u `{suggestion}`?",
    ),
    ("AML104", "onbekend veld `{field}` voor type `{kind}`"),
    (
        "AML104.key",
        "veldnamen moeten tekst zijn; deze sleutel wordt gelezen als {actual}",
    ),
    (
        "AML104.other_kind",
        "`{field}` is een veld van `{other}`, niet van `{kind}`",
    ),
    (
        "AML104.other_kind_suggest",
        "`{field}` is een veld van `{other}`, niet van `{kind}`; bedoelde u `{suggestion}`?",
    ),
    (
        "AML104.suggest",
        "onbekend veld `{field}` voor type `{kind}`; bedoelde u `{suggestion}`?",
    ),
    (
        "AML105",
        "`{field}` wordt door Azure ingesteld; az ml laat het weg, dus deze waarde heeft geen effect",
    ),
    (
        "AML106",
        "`{field}` moet een geheel getal zijn; az ml kapt {value} zonder melding af tot {truncated}",
    ),
    (
        "AML107",
        "`{field}` is {value}; het moet tussen {min} en {max} liggen",
    ),
    (
        "AML107.max",
        "`{field}` is {value}; het mag ten hoogste {max} zijn",
    ),
    (
        "AML107.min",
        "`{field}` is {value}; het moet ten minste {min} zijn",
    ),
    (
        "AML108",
        "`{field}` is een datum/tijd zonder aanhalingstekens ({text}); az ml leest het als datum-tijd en weigert het, dus zet het tussen aanhalingstekens",
    ),
    (
        "AML109",
        "`{field}` is `{value}`; az ml accepteert het als `{canonical}`, de spelling die editors en de JSON-schema's kennen: schrijf `{canonical}`",
    ),
    (
        "AML109.bool",
        "`{field}` is niet als booleaanse waarde geschreven; az ml leest het als {canonical}, maar editors en de JSON-schema's niet: schrijf {canonical}",
    ),
    (
        "AML109.int",
        "`{field}` is de tekst \"{value}\"; az ml leest het als het getal {canonical}, maar editors en de JSON-schema's niet: schrijf {canonical} zonder aanhalingstekens",
    ),
    (
        "AML201",
        "de rekennaam `{name}` is een tijdelijke aanduiding uit een sjabloon; vul hier de echte naam in",
    ),
    (
        "AML202",
        "de rekennaam `{name}` heeft {length} tekens; namen van een {kind} moeten er {min} tot {max} hebben",
    ),
    (
        "AML203",
        "de rekennaam `{name}` heeft {length} tekens: Azure accepteert er tot {hard_max}, maar het formulier in de studio staat er ten hoogste {max} toe",
    ),
    (
        "AML203.min",
        "de rekennaam `{name}` heeft {length} tekens: Azure accepteert dat, maar de nieuwere AKS-documentatie vraagt er ten minste {min}",
    ),
    (
        "AML204",
        "de rekennaam `{name}` bevat {characters}; alleen letters, cijfers en `-` zijn toegestaan",
    ),
    (
        "AML205",
        "de rekennaam `{name}` moet met een letter beginnen",
    ),
    (
        "AML206",
        "de rekennaam `{name}` eindigt op `-{suffix}`; na de laatste `-` moet een letter staan (Azure weigert namen zoals `cpu-cluster-1`)",
    ),
    (
        "AML207",
        "de rekennaam `{name}` eindigt op `-`; hij moet op een letter of cijfer eindigen",
    ),
    (
        "AML208",
        "de rekennaam `{name}` wordt ook gebruikt door {other}; rekennamen moeten uniek zijn in een werkruimte",
    ),
    (
        "AML301",
        "`min_instances` ({min}) is groter dan `max_instances` ({max})",
    ),
    (
        "AML302",
        "`min_instances: {min}` houdt {min} knooppunt(en) actief en gefactureerd terwijl het cluster inactief is; stel het in op 0 om kosten te besparen",
    ),
    (
        "AML302.vcpus",
        "`min_instances: {min}` houdt {min} knooppunt(en) ({vcpus} vCPU's van {size}) actief en gefactureerd terwijl het cluster inactief is; stel het in op 0 om kosten te besparen",
    ),
    (
        "AML303",
        "`idle_time_before_scale_down: 0` wordt door az ml weggelaten, dus geldt de standaardwaarde van de service",
    ),
    (
        "AML304",
        "`max_instances` is niet ingesteld: volgens de YAML-naslag is de standaardwaarde 1, de CLI en de SDK gebruiken 4; stel het expliciet in",
    ),
    (
        "AML305",
        "VM-grootte `{size}` staat niet in de groottetabel van amlint, dus controles die het aantal vCPU's nodig hebben, worden overgeslagen; `az ml compute list-sizes` toont wat een regio biedt",
    ),
    (
        "AML306",
        "VM-grootte `{size}` wordt niet aangeboden voor Azure Machine Learning-rekenkracht (burstable grootten uit de B-serie worden geweigerd)",
    ),
    (
        "AML306.retired",
        "VM-grootte `{size}` is door Azure buiten gebruik gesteld; nieuwe rekenkracht van deze grootte kan niet worden gemaakt",
    ),
    (
        "AML307",
        "VM-grootte `{size}` heeft geen capaciteit met lage prioriteit, dus `tier: low_priority` krijgt nooit een knooppunt",
    ),
    (
        "AML401",
        "`network_settings.vnet_name` is ingesteld zonder `subnet`; az ml faalt met \"Subnet is required when vnet name is specified\"",
    ),
    (
        "AML402",
        "`network_settings.subnet` is de subnetnaam `{subnet}`, maar `vnet_name` ontbreekt; az ml zou een subnet-id met `virtualNetworks/None` maken",
    ),
    (
        "AML403",
        "laat `vnet_name` weg wanneer `subnet` een volledige subnet-id is",
    ),
    (
        "AML404",
        "`enable_node_public_ip: false` vereist een subnet in `network_settings` en een werkruimte met een privé-eindpunt",
    ),
    (
        "AML405",
        "`location` wordt genegeerd voor type `{kind}`; az ml gebruikt de regio van de werkruimte",
    ),
    (
        "AML406",
        "`network_settings` heeft geen `subnet`; az ml faalt bij het opbouwen van de aanvraag ('NoneType' object has no attribute 'lower'): stel het subnet in, of laat network_settings weg",
    ),
    (
        "AML501",
        "SSH-toegang is ingeschakeld, maar `ssh_settings.ssh_key_value` ontbreekt: niemand kan zich aanmelden tot er een openbare sleutel is toegevoegd",
    ),
    (
        "AML501.cluster",
        "SSH-toegang is ingeschakeld, maar `ssh_settings` (een beheerder met een wachtwoord of sleutel) ontbreekt: az ml schakelt lokaal aanmelden dan uit, dus de open poort laat niemand binnen",
    ),
    (
        "AML502",
        "er is een SSH-sleutel opgegeven, maar `ssh_public_access_enabled` is niet true, dus de sleutel wordt niet gebruikt, en SSH kan na het maken niet worden ingeschakeld",
    ),
    (
        "AML502.cluster",
        "`ssh_settings` is opgegeven, maar `ssh_public_access_enabled` is niet ingesteld: Azure laat de SSH-poort dan open, tenzij het cluster in een virtueel netwerk staat; stel het in op true of false",
    ),
    (
        "AML503",
        "`ssh_settings` vereist `admin_password` of `ssh_key_value`",
    ),
    (
        "AML503.vm",
        "`ssh_settings` vereist `admin_password` of `ssh_private_key_file`",
    ),
    (
        "AML504",
        "`{field}` bevat een geheim dat in het bestand staat; geef het bij het indienen mee of haal het uit een sleutelkluis",
    ),
    (
        "AML505",
        "SSH meldt aan met een wachtwoord; SSH-sleutels zijn veiliger (wachtwoorden zijn kwetsbaar voor brute-force-aanvallen)",
    ),
    (
        "AML506",
        "`ssh_key_value` is geen openbare RSA-sleutel ({key_type}); Azure ML verwacht `ssh-rsa ...` of een openbare sleutel in PEM-indeling",
    ),
    (
        "AML507",
        "`ssh_key_value` bevat een PRIVÉSLEUTEL: zet hier de openbare sleutel, en beschouw deze privésleutel als uitgelekt",
    ),
    (
        "AML508",
        "`identity.type` is door de gebruiker toegewezen, maar `user_assigned_identities` ontbreekt",
    ),
    (
        "AML509",
        "`user_assigned_identities` wordt genegeerd, omdat `identity.type` {type} is",
    ),
    (
        "AML510",
        "door het systeem en door de gebruiker toegewezen identiteiten samen worden volgens de documentatie niet ondersteund voor rekenkracht",
    ),
    (
        "AML511",
        "`ssh_private_key_file` is een relatief pad; az ml leest het vanuit de huidige map, niet vanuit dit bestand",
    ),
    (
        "AML601",
        "{count} start-/stopplanningen; een rekeninstantie staat er ten hoogste 4 toe",
    ),
    ("AML602", "cron-expressie `{expression}`: {problem}"),
    (
        "AML603",
        "in de terugkerende planning ontbreekt {missing}; az ml en Azure vereisen zowel uren als minuten",
    ),
    (
        "AML604",
        "`start_time` `{value}` heeft niet de vorm yyyy-MM-ddTHH:mm:ss",
    ),
    (
        "AML605",
        "de naam van de aangepaste toepassing `{name}` wordt twee keer gebruikt; namen moeten uniek zijn",
    ),
    (
        "AML606",
        "gepubliceerde poort {port} wordt al gebruikt door `{other}`; gepubliceerde poorten moeten uniek zijn",
    ),
    (
        "AML607",
        "gepubliceerde poort {port} ligt buiten 8704-8993, het bereik dat in een werkruimte met Private Link bereikbaar is",
    ),
    (
        "AML608",
        "zowel `idle_time_before_shutdown` als `idle_time_before_shutdown_minutes` is ingesteld; het veld met minuten wint",
    ),
    (
        "AML608.zero",
        "beide velden voor afsluiten bij inactiviteit zijn ingesteld, maar az ml leest `idle_time_before_shutdown_minutes: 0` als niet ingesteld en verstuurt `idle_time_before_shutdown`; verwijder het minutenveld, of stel het in op het gewenste aantal minuten",
    ),
    (
        "AML609",
        "`idle_time_before_shutdown` is `{value}`, geen ISO 8601-duur zoals PT30M",
    ),
    (
        "AML609.range",
        "`idle_time_before_shutdown` is {minutes} minuten; het moet tussen 15 minuten en 3 dagen liggen",
    ),
    (
        "AML610",
        "geen afsluiten bij inactiviteit: een inactieve instantie blijft actief en gefactureerd; stel `idle_time_before_shutdown_minutes` in",
    ),
    (
        "AML610.zero",
        "`idle_time_before_shutdown_minutes: 0` telt als niet ingesteld: az ml verstuurt geen afsluiten bij inactiviteit, en een inactieve instantie blijft actief en gefactureerd; stel 15 minuten of meer in",
    ),
    ("AML611", "`create_on_behalf_of` vereist `{field}`"),
    (
        "AML611.guid",
        "`create_on_behalf_of.{field}` is `{value}`, geen GUID",
    ),
    (
        "AML612",
        "eenmalige aanmelding wordt bij het maken uitgeschakeld voor een instantie die voor een andere gebruiker wordt gemaakt met installatiescripts of aangepaste toepassingen",
    ),
    (
        "AML613",
        "deze aangepaste toepassing heeft geen `image.reference`; az ml faalt zonder, en er zou niets zijn om uit te voeren",
    ),
    (
        "AML614",
        "`time_zone` `{value}` is geen Windows-tijdzonenaam zoals `W. Europe Standard Time` of `UTC`",
    ),
    (
        "AML701",
        "`resource_id` koppelt een bestaand cluster, maar `size`/`agent_count` beschrijven een nieuw cluster; gebruik het een of het ander",
    ),
    ("AML702", "de AKS-specificatie vereist `{missing}`"),
    (
        "AML702.neither",
        "de AKS-specificatie vereist `resource_id` (om een cluster te koppelen), of `size` en `agent_count` (om er een te maken)",
    ),
    (
        "AML703",
        "{nodes} knooppunt(en) van {size} (elk {vcpus} vCPU's) geven {total} vCPU's; een productiecluster heeft er ten minste 12 nodig: gebruik {needed} of meer knooppunten, of `cluster_purpose: dev_test`",
    ),
    (
        "AML704",
        "een productiecluster hoort ten minste 3 knooppunten te hebben; dit cluster heeft er {nodes}",
    ),
    (
        "AML705",
        "{total} vCPU('s) in totaal; voor een ontwikkel-/testcluster worden er ten minste 2 aanbevolen",
    ),
    (
        "AML706",
        "SSL gebruikt tegelijk uw eigen certificaat ({own}) en een Microsoft-certificaat ({managed}); kies er een",
    ),
    ("AML707", "`ssl.status: {status}` vereist {missing}"),
    ("AML708", "`{field}` is `{value}`, niet {expected}"),
    (
        "AML709",
        "`dns_service_ip` {ip} ligt buiten `service_cidr` {cidr}",
    ),
    (
        "AML710",
        "`docker_bridge_cidr` {bridge} overlapt met `service_cidr` {cidr}",
    ),
    ("AML711", "geavanceerde netwerken vereisen ook {missing}"),
    (
        "AML712",
        "`load_balancer_subnet` wordt genegeerd, tenzij `load_balancer_type` internal_load_balancer is",
    ),
    ("AML801", "`{field}` is geen Azure-resource-id: {problem}"),
    (
        "AML802",
        "deze resource-id verwijst naar {found}; verwacht: {expected}",
    ),
    (
        "AML803",
        "`workspace_url` `{value}` is geen https://-URL van Azure Databricks",
    ),
    (
        "AML804",
        "`{field}` bevat nog tijdelijke aanduidingen uit een sjabloon; vul ze in voordat u indient",
    ),
    // Woorden en zinsdelen waarnaar argumenten verwijzen (`Arg::Word`, `Arg::Phrase`).
    (
        "AML805",
        "naamruimte `{name}` is geen Kubernetes-naamruimtenaam: hoogstens 63 kleine letters, cijfers en `-`, beginnend en eindigend met een letter of cijfer",
    ),
    (
        "AML805.instance_type",
        "instantietype `{name}` is geen Kubernetes-objectnaam: kleine letters, cijfers, `-` en `.`, beginnend en eindigend met een letter of cijfer",
    ),
    (
        "AML806",
        "`{value}` is geen Kubernetes-hoeveelheid (zoals `500m`, `2` of `4Gi`)",
    ),
    (
        "AML806.label_key",
        "`{key}` is geen Kubernetes-labelsleutel (een optioneel DNS-voorvoegsel en `/`, dan hoogstens 63 letters, cijfers, `-`, `_` en `.`, beginnend en eindigend met een letter of cijfer)",
    ),
    (
        "AML806.label_value",
        "de waarde `{value}` van label `{key}` is geen Kubernetes-labelwaarde (hoogstens 63 letters, cijfers, `-`, `_` en `.`, beginnend en eindigend met een letter of cijfer)",
    ),
    (
        "AML807",
        "`{location}` is geen Azure-regio die amlint kent; Azure weigert een locatie die het niet heeft",
    ),
    (
        "AML807.suggest",
        "`{location}` is geen Azure-regio die amlint kent; bedoelde u `{suggestion}`?",
    ),
    (
        "AML808",
        "`{name}` is geen naam voor een virtueel netwerk: 2–64 letters, cijfers, `_`, `.` en `-`, beginnend met een letter of cijfer en eindigend met een letter, cijfer of `_`",
    ),
    (
        "AML808.data_lake_store",
        "`{name}` is geen naam voor een Data Lake Store-account: 3–24 kleine letters en cijfers",
    ),
    (
        "AML808.resource_group",
        "`{name}` is geen naam voor een resourcegroep: 1–90 letters, cijfers, `_`, `.`, `-`, `(` en `)`, niet eindigend op `.`",
    ),
    (
        "AML808.subnet",
        "`{name}` is geen subnetnaam: 1–80 letters, cijfers, `_`, `.` en `-`, beginnend met een letter of cijfer en eindigend met een letter, cijfer of `_`",
    ),
    (
        "AML809",
        "`{value}` is geen verwijzing naar een containerinstallatiekopie (`[register/]opslagplaats[:tag][@digest]`, de opslagplaats in kleine letters); Docker weigert hem (\"invalid reference format\")",
    ),
    (
        "AML809.host",
        "`{value}` noemt `{host}` als register: Docker leest een eerste deel met een hoofdletter als hostnaam, en die wordt niet gevonden; schrijf de opslagplaats in kleine letters",
    ),
    (
        "AML810",
        "`{name}` is geen DNS-label: hoogstens 63 letters, cijfers en `-`, niet beginnend of eindigend met `-`",
    ),
    (
        "AML810.cname",
        "`{name}` is geen hostnaam: DNS-labels (letters, cijfers en `-`) verbonden door `.`, hoogstens 253 tekens",
    ),
    (
        "AML810.leaf",
        "`{name}` is te lang voor een leaf-domeinlabel: Azure voegt zes tekens toe (`<label>######.<region>.cloudapp.azure.com`), dus hoogstens {max}",
    ),
    (
        "AML901",
        "`{field}` kan na het maken van de rekenkracht niet meer worden gewijzigd: het is `{old}` in {source}, de specificatie zegt `{new}`; maak in plaats daarvan nieuwe rekenkracht met een andere naam",
    ),
    (
        "AML901.hidden",
        "`{field}` kan na het maken van de rekenkracht niet meer worden gewijzigd, en de specificatie wijkt af van {source}; maak in plaats daarvan nieuwe rekenkracht met een andere naam",
    ),
    (
        "AML901.left_out",
        "de specificatie laat `{field}` weg, dus az ml verstuurt de standaardwaarde `{new}` van azure-ai-ml; maar in {source} is het `{old}`, en dat kan na het maken van de rekenkracht niet meer worden gewijzigd: schrijf `{field}: {old}`",
    ),
    (
        "AML901.vm_type",
        "`{field}` verandert van `{old}` ({old_type}, in {source}) in `{new}` ({new_type}): het type virtuele machine kan na het maken van de rekenkracht niet meer worden gewijzigd; maak in plaats daarvan nieuwe rekenkracht met een andere naam",
    ),
    (
        "AML902",
        "`{field}` verandert van `{old}` (in {source}) in `{new}`, wat `az ml compute update` niet kan doorvoeren (dat wijzigt alleen tags, aantallen knooppunten, de tijd tot omlaag schalen en de identiteit); dien de hele specificatie in met `az ml compute create`, of wijzig het in de studio",
    ),
    (
        "AML902.hidden",
        "`{field}` wijkt af van {source}, wat `az ml compute update` niet kan doorvoeren (dat wijzigt alleen tags, aantallen knooppunten, de tijd tot omlaag schalen en de identiteit); dien de hele specificatie in met `az ml compute create`, of wijzig het in de studio",
    ),
    (
        "AML902.kind",
        "`{field}` wijkt af van {source}, maar `az ml compute update` werkt deze soort rekenkracht ({kind}) niet bij; koppel de rekenkracht los en opnieuw, of wijzig het in de studio",
    ),
    (
        "AML902.left_out",
        "de specificatie laat `{field}` weg, dus az ml verstuurt de standaardwaarde `{new}` van azure-ai-ml waar {source} `{old}` zegt, wat `az ml compute update` niet kan doorvoeren: schrijf `{field}: {old}`, of dien de wijziging in met `az ml compute create`",
    ),
    (
        "AML903",
        "de werkruimte heeft al een {kind} met de naam `{name}`: `az ml compute create` werkt die bij in plaats van nieuwe rekenkracht te maken",
    ),
    (
        "AML904",
        "de werkruimte heeft al een {other} met de naam `{name}`, en rekennamen zijn uniek in een werkruimte; kies een andere naam",
    ),
    (
        "AML904.aks",
        "de werkruimte heeft al rekenkracht met de naam `{name}`, en een AKS-inferentiecluster maken onder een naam die in gebruik is, mislukt (\"already exists\"); kies een andere naam",
    ),
    (
        "AML904.studio",
        "de werkruimte heeft al rekenkracht met de naam `{name}`, en rekennamen zijn uniek in een werkruimte; kies een andere naam",
    ),
    (
        "AML904.type",
        "de werkruimte heeft al rekenkracht van type `{type}` met de naam `{name}`, en rekennamen zijn uniek in een werkruimte; kies een andere naam",
    ),
    (
        "AML904.unsupported",
        "de werkruimte heeft al rekenkracht met de naam `{name}` (van een soort die `az ml` niet toont), en rekennamen zijn uniek in een werkruimte; kies een andere naam",
    ),
    (
        "AML905",
        "VM-grootte `{size}` staat niet in de lijst met grootten van de regio (`--sizes`): de regio biedt hem niet aan voor Azure Machine Learning",
    ),
    (
        "AML905.suggest",
        "VM-grootte `{size}` staat niet in de lijst met grootten van de regio (`--sizes`); bedoelde u `{suggestion}`?",
    ),
    (
        "AML906",
        "VM-grootte `{size}` kan in deze regio niet worden gebruikt voor deze soort rekenkracht ({kind}): hij wordt alleen aangeboden voor {types}",
    ),
    (
        "AML907",
        "`tier: low_priority` met VM-grootte `{size}`, die deze regio zonder capaciteit met lage prioriteit aanbiedt: het cluster krijgt nooit een knooppunt",
    ),
    ("address.cidr", "een IPv4-CIDR-bereik zoals 10.0.0.0/16"),
    ("address.ip", "een IPv4-adres zoals 10.0.0.10"),
    ("cli.context_no_specs", "bevat geen rekenspecificatie"),
    ("cli.context_not_text", "geen UTF-8-tekst"),
    (
        "cli.context_stdin",
        "een contextbestand kan geen standaardinvoer zijn",
    ),
    ("cli.context_too_large", "groter dan amlint leest (1 MiB)"),
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
    ("cli.not_regular.folder", "een map"),
    ("cli.not_regular.other", "geen bestand"),
    ("cli.not_regular.socket", "een socket"),
    ("cli.not_regular.special", "een pipe, apparaat of socket"),
    ("cli.not_regular_file", "geen gewoon bestand ({what})"),
    (
        "cli.output_is_input",
        "{path}: dit bestand wordt in deze controle ook gelezen; amlint overschrijft niet wat het leest",
    ),
    ("cli.permission_denied", "toegang geweigerd"),
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
        "onbekend soort `{name}`; een van: compute, config, {kinds}",
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
    ("context.not_string", "`{key}` moet een tekenreeks zijn"),
    (
        "context.not_strings",
        "`{key}` moet een lijst met tekenreeksen zijn",
    ),
    ("context.previous.empty", "bevat geen specificatie"),
    (
        "context.previous.not_mapping",
        "een document is geen specificatie (een mapping van velden)",
    ),
    (
        "context.previous.unknown_type",
        "`type: {type}` noemt geen soort rekenkracht die amlint kent",
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
    ("doc.all_kinds", "alle soorten"),
    ("doc.applies_to", "Geldt voor: {kinds}"),
    ("doc.context", "Gecontroleerd met dit `{flag}`-bestand:"),
    ("doc.fails", "Faalt:"),
    ("doc.fix.safe", "veilig (`--fix`)"),
    ("doc.fix.unsafe", "onveilig (`--fix --unsafe-fixes`)"),
    (
        "doc.intro",
        "Elke regel die amlint controleert, gegenereerd uit het regelregister. Bronnen verwijzen naar secties van [`reference/azure-compute-rules.md`](reference/azure-compute-rules.md) (de naslag van het project over de velden van Azure ML-rekenkracht) en naar de brontags die daar worden gebruikt; citaten uit Azure en de SDK blijven in het Engels.",
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
    ("fix.description", "oplossing van amlint ({applicability})"),
    ("group.AML0", "Bestand en YAML"),
    ("group.AML1", "Velden, typen en waarden"),
    ("group.AML2", "Rekennamen"),
    ("group.AML3", "Knooppunten en VM-grootten"),
    ("group.AML4", "Netwerken en locatie"),
    ("group.AML5", "SSH, geheimen en identiteit"),
    ("group.AML6", "Extra's van rekeninstanties"),
    ("group.AML7", "AKS-inferentieclusters"),
    (
        "group.AML8",
        "Resource-id's, URL's en namen in andere systemen",
    ),
    ("group.AML9", "Updates, bezette namen en grootten per regio"),
    ("join.and", " en "),
    ("join.or", " of "),
    ("key.unrecognised", "onherkend"),
    ("kind.aks", "AKS-inferentiecluster"),
    ("kind.amlcompute", "rekencluster"),
    ("kind.computeinstance", "rekeninstantie"),
    ("kind.databricks", "Azure Databricks"),
    ("kind.datalakeanalytics", "Data Lake Analytics"),
    ("kind.hdinsight", "HDInsight-cluster"),
    ("kind.kubernetes", "Kubernetes-rekenkracht"),
    ("kind.synapsespark", "Synapse Spark-pool"),
    ("kind.virtualmachine", "gekoppelde virtuele machine"),
    ("place.file", "{path}"),
    ("place.file_document", "{path} (document {document})"),
    ("place.same_file", "document {document} van dit bestand"),
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
    ("summary.count.warning.one", "{count} waarschuwing"),
    ("summary.count.warning.other", "{count} waarschuwingen"),
    (
        "summary.found",
        "{errors}, {warnings} en {infos} gevonden in {with} van {files}.",
    ),
    ("summary.none", "Geen problemen gevonden in {files}."),
    ("type.boolean", "een booleaanse waarde"),
    ("type.integer", "een geheel getal"),
    ("type.list", "een lijst"),
    ("type.mapping", "een toewijzing"),
    ("type.null", "null"),
    ("type.number", "een getal"),
    ("type.string", "een tekenreeks"),
    ("type.timestamp", "een tijdstempel"),
    ("vm.cpu", "CPU"),
    ("vm.gpu", "GPU"),
    (
        "wasm.edits_misfit",
        "applyFixes: de bewerkingen van bevinding {index} passen niet in de tekst (erbuiten, omgekeerd of overlappend)",
    ),
    (
        "wasm.expected.data",
        "een object, een array of een tekenreeks",
    ),
    ("wasm.expected.flag", "true of false"),
    ("wasm.expected.string", "een tekenreeks"),
    ("wasm.expected.string_map", "een object met tekenreeksen"),
    ("wasm.expected.strings", "een array van tekenreeksen"),
    (
        "wasm.expects.findings",
        "{function} verwacht een array van bevindingen",
    ),
    (
        "wasm.expects.kind",
        "schema verwacht de naam van een soort (een tekenreeks), niet {type}",
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
        "wasm.not_spec",
        "{function} verwacht een specificatie als object of als YAML- of JSON-tekst, niet {type}",
    ),
    ("wasm.options", "het optieobject van {function}"),
    ("wasm.options.context", "{options}: `{key}`: {problem}"),
    ("wasm.options.not_object", "{options} moet een object zijn"),
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
        "onbekend soort rekenkracht `{name}`; een van: {kinds}",
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
];
