//! The rules' documentation in Dutch, by code: what `amlint explain CODE --lang nl` and
//! `docs/rules.nl.md` show. Each entry says what the English doc comment of the rule says, in the
//! terms of `docs/reference/glossary-nl.md`; quoted Azure messages, field names, values and the
//! cited sources (`§` sections, source tags, `service-errors #N`) stay as they are. Sorted by code.

pub(super) static DOCS: &[(&str, &str)] = &[
    (
        "AML001",
        "Het bestand is geen geldige YAML (of JSON), of gebruikt een YAML-functie die `az ml` niet kan laden: een tag zonder constructor in de veilige lader van PyYAML (een onbeschermde `=` of `<<` als waarde is er een: YAML 1.1 leest ze als de tags `value` en `merge`), `!!binary`-gegevens die geen base64 van UTF-8-tekst zijn (az ml leest de bytes als tekst), een samenvoegsleutel (`<<`) waarvan de waarde geen toewijzing is, een teken dat PyYAML nergens in een bestand accepteert (besturingstekens zoals ESC of DEL, U+FFFE), of een teken dat PyYAML als regeleinde leest en YAML 1.2-lezers niet (NEL, U+2028, U+2029 — geplakte tekst brengt ze mee), of een tab buiten aanhalingstekens, blokscalars en opmerkingen (YAML 1.2-lezers lezen die als spatie; PyYAML stopt, ook in JSON dat met tabs is ingesprongen). `az ml` stopt bij het eerste zulke probleem en controleert verder niets.\n\nBronnen: reference §15 (gedrag van PyYAML waargenomen met azure-ai-ml 1.35.2); de lezer van PyYAML 6.0.3 (de afdrukbare tekens en regeleinden) en de resolver, elk geval gecontroleerd door het te laden.",
    ),
    (
        "AML002",
        "`az ml` leest precies één YAML-document per bestand en faalt anders met \"expected a single document in the stream\". amlint controleert toch elk document, zodat alle problemen in één keer worden gevonden.\n\nBronnen: reference §15 (waargenomen).",
    ),
    (
        "AML003",
        "Een sleutel staat twee keer in één toewijzing. PyYAML houdt zonder melding de laatste waarde, dus de eerste gaat ongemerkt verloren — zelden wat de auteur bedoelde.\n\nBronnen: reference §15 (waargenomen: de laatste wint, zonder melding).",
    ),
    (
        "AML004",
        "Een onbeschermde waarde die YAML 1.1 en YAML 1.2 verschillend lezen. `az ml` gebruikt PyYAML (YAML 1.1), waarin `yes`/`no`/`on`/`off` booleaanse waarden zijn, `010` octaal 8 is en `1_000` 1000; editors, yq en YAML-bibliotheken voor JavaScript gebruiken YAML 1.2, waarin dat tekenreeksen of 10 zijn. amlint leest de waarde zoals `az ml` dat doet en vraagt u haar ondubbelzinnig te schrijven (`true`, `8`, of tussen aanhalingstekens).\n\nBronnen: reference §15.",
    ),
    (
        "AML005",
        "Het bestand is groter dan amlint leest (1 MiB). Rekenspecificaties zijn enkele kilobytes; een groter bestand is vrijwel zeker geen specificatie, en door het te weigeren blijft een uitvoering snel en begrensd.\n\nBronnen: limiet van amlint (zie `docs/cli.md`, \"Limits\").",
    ),
    (
        "AML006",
        "Het bestand is geen tekst: het bevat NUL-bytes of is geen geldige UTF-8. `az ml` kan het niet als YAML lezen.\n\nBronnen: reference §15; YAML 1.1 §5.1 (tekenset).",
    ),
    (
        "AML007",
        "Het bestand (of een document erin) is leeg of bevat alleen opmerkingen, dus er is geen specificatie.\n\nBronnen: reference §0 (`Compute._load` heeft een toewijzing met `type` nodig).",
    ),
    (
        "AML008",
        "De YAML is dieper genest dan 64 niveaus, groeit via aliassen tot meer dan 100.000 knooppunten (een \"billion laughs\"-bestand), of gebruikt een alias binnen het knooppunt dat hij benoemt. PyYAML vouwt aliassen zonder limiet uit en `az ml` blijft op zulke bestanden hangen; amlint stopt en meldt het.\n\nBronnen: reference §15 (uitvouwen van aliassen waargenomen), §16.",
    ),
    (
        "AML009",
        "Een specificatie moet een toewijzing van velden zijn (`name: ...`, `type: ...`), geen lijst of losse waarde.\n\nBronnen: reference §0 (marshmallow-schema's laden toewijzingen).",
    ),
    (
        "AML010",
        "Elke specificatie heeft `type` nodig, dat het soort rekenkracht kiest; zonder faalt `az ml` met \"Unknown compute type: None\".\n\nBronnen: reference §0 (waargenomen).",
    ),
    (
        "AML011",
        "`type` noemt geen soort rekenkracht. De soorten van CLI v2 zijn `computeinstance`, `amlcompute`, `kubernetes`, `virtualmachine` en `synapsespark` (hoofdletters maken niet uit); amlint voegt `aks`, `hdinsight`, `databricks` en `datalakeanalytics` toe voor de andere rekenkracht van de studio.\n\nBronnen: reference §0 (`Compute._load`, waargenomen), §4, §7.",
    ),
    (
        "AML012",
        "Dit soort bestaat in de studio, de REST API en ARM-sjablonen, maar `az ml` v2 heeft er geen type voor (\"Unknown compute type\"). Maak of koppel het vanuit de studio, de REST API of een sjabloon; amlint controleert de velden die deze accepteren.\n\nBronnen: reference §0, §4, §7.",
    ),
    (
        "AML013",
        "`$schema` verwijst naar het gepubliceerde schema van een ander soort rekenkracht, zodat een editor het bestand tegen de verkeerde velden controleert.\n\nBronnen: reference §12 (URL's van gepubliceerde schema's); service-errors #16.",
    ),
    (
        "AML014",
        "Een onderdrukkingsopmerking (`# amlint: ignore[CODE]` of `ignore-file[CODE]`) noemt een regel die niets meldt waar de opmerking geldt. Blijft ze na een correctie staan, dan verbergt ze de volgende echte bevinding van die regel op die regel zonder dat iemand het merkt. Onderdrukkingen van regels die in de instellingen zijn uitgeschakeld, worden niet gemeld.\n\nBronnen: eigen conventie van amlint, zoals `RUF100` van ruff (ongebruikte `noqa`); hoe onderdrukkingen werken staat in `docs/configuration.md`.",
    ),
    (
        "AML015",
        "Een onderdrukkingsopmerking die niet kan werken: ze noemt een regel die amlint niet heeft (een typfout zoals `AML320`), noemt een regel waarvan de bevindingen niet kunnen worden onderdrukt (het bestand kon niet worden gelezen zoals `az ml` het leest: AML001, AML005, AML006, AML008), is een `ignore-file` voor het hele bestand na de eerste sleutel, of heeft niet de vorm `# amlint: ignore[CODE, ...]`.\n\nBronnen: eigen conventie van amlint; hoe onderdrukkingen werken staat in `docs/configuration.md`.",
    ),
    (
        "AML101",
        "Een veld dat Azure vereist, ontbreekt: overal `name` en `type`; `resource_id` voor de soorten die een bestaande resource koppelen; `action` en `trigger` van een planning, `type` van een trigger, `expression` van een cron-trigger, `frequency` en `interval` van een herhaling; `name` en `endpoints` van een aangepaste toepassing, `target` en `published` van een eindpunt, `source` en `target` van een bind-koppeling; `ssh_settings.admin_username` van een cluster en van een gekoppelde VM, en `ssh_settings` zelf van een gekoppelde VM; `type` van een `identity`.\n\nBronnen: reference §0 (foutmelding van CLI attach), §2–§9 (kolommen \"req?\"), `sdk-fields/`; azure-ai-ml 1.35.2 `load_compute`, waargenomen: de schema's laten enkele hiervan optioneel, maar de objecten die de SDK ervan bouwt, vereisen ze (`RecurrenceTrigger.__init__() missing 1 required keyword-only argument: 'interval'`; een VM zonder `ssh_settings` faalt bij het opbouwen van de aanvraag).",
    ),
    (
        "AML102",
        "Een waarde heeft het verkeerde type: tekst waar een getal wordt verwacht, een losse waarde waar een lijst wordt verwacht (`hours: 1` in plaats van `hours: [1]`), een getal als tagwaarde, of null. `az ml` weigert deze met \"Not a valid integer/string/list\" of \"Field may not be null\".\n\nBronnen: reference §0 (marshmallow-typen, waargenomen), §9.1.",
    ),
    (
        "AML103",
        "Een waarde is geen van de toegestane waarden van het veld. Hoofdletters maken niet uit (`Dedicated` is goed), de spelling wel: `LowPriority` wordt geweigerd met \"Value 'LowPriority' passed is not in set ['low_priority', 'dedicated']\".\n\nBronnen: reference §0, §3 (`tier`), §9.1 (planningen), §14 punt 4.",
    ),
    (
        "AML104",
        "Een veld dat dit soort niet heeft. `az ml` weigert elke onbekende sleutel (\"Unknown field.\"); amlint zegt welk veld waarschijnlijk werd bedoeld, of bij welk soort het veld hoort (een veelvoorkomende verwarring: `idle_time_before_scale_down` is een veld van clusters; instanties gebruiken `idle_time_before_shutdown_minutes`).\n\nBronnen: reference §0 (`unknown = RAISE`, waargenomen), service-errors #8–9.",
    ),
    (
        "AML105",
        "Een veld dat Azure zelf instelt (`id`, `provisioning_state`, `ssh_settings.admin_username` van een instantie, `node_count` van een Spark-pool, ...). `az ml` laat het zonder melding weg voordat het verzendt, dus wat er staat heeft geen effect — vaak een teken dat het bestand is gekopieerd uit de uitvoer van `az ml compute show`.\n\nBronnen: reference §0 (`trim_dump_only`, waargenomen), `sdk-fields/` (alleen-lezen velden).",
    ),
    (
        "AML106",
        "Er wordt een geheel getal verwacht en de waarde heeft een breuk. `az ml` kapt haar zonder melding af (`2.5` wordt `2`), wat zelden de bedoeling is.\n\nBronnen: reference §0 (waargenomen met azure-ai-ml 1.35.2: `2.5` wordt gelezen als 2), §15.",
    ),
    (
        "AML107",
        "Een getal buiten het bereik dat Azure accepteert: `min_instances` onder 0, `max_instances` onder 1, afsluiten bij inactiviteit buiten 15 minuten tot 3 dagen, poorten van aangepaste toepassingen buiten 1026–65534 (Azure controleert `1025 < port < 65535`, hoewel de melding \"between 1025 and 65535\" zegt), SSH-poorten buiten 1–65535, uren van een planning buiten 0–23 en minuten buiten 0–59, en AKS-`agent_count` onder 1.\n\nBronnen: reference §2 (afsluiten bij inactiviteit: DOC-ci, REST), §3, §4 (agentCount), §6, §9.1, §9.3, §11 punt 12; service-errors #15.",
    ),
    (
        "AML108",
        "Een datum of tijd zonder aanhalingstekens waar tekst wordt verwacht. PyYAML maakt van `2024-03-10T21:21:07` een datum-tijd, en `az ml` weigert die dan als \"Not a valid string\". Zet haar tussen aanhalingstekens.\n\nBronnen: reference §15 (waargenomen).",
    ),
    (
        "AML109",
        "Een waarde die `az ml` pas na omzetting accepteert: een getal als tekst (`max_instances: \"4\"`), een booleaanse waarde als tekst of als 0/1, een enumwaarde met andere hoofdletters of in de REST-spelling (`Dedicated`, `SystemAssigned`, `FastProd`). Het werkt, maar editors, de JSON-schema's en YAML 1.2-hulpprogramma's zien iets anders; schrijf de canonieke vorm die de melding geeft.\n\nBronnen: reference §0 (omzettingen van marshmallow `Int`/`Bool`, kleine letters van `StringTransformedEnum`, waargenomen), §14 punt 4.",
    ),
    (
        "AML201",
        "De naam is nog een tijdelijke aanduiding uit een sjabloon, zoals `<COMPUTE_NAME>`, `{{name}}` of `${NAME}`. `az ml` laadt hem zonder klacht (het controleert geen namen) en de service weigert hem. Een waarschuwing, geen fout: sjablonen (waaronder de officiële voorbeelden) zijn bedoeld om vóór het indienen te worden ingevuld. De andere naamregels slaan tijdelijke aanduidingen over.\n\nBronnen: reference §0 (tijdelijke aanduidingen laden zonder problemen), §1.",
    ),
    (
        "AML202",
        "De naam is langer of korter dan Azure voor dit soort accepteert: rekeninstanties 3–24 tekens (formulier in de studio en foutmelding van de service), rekenclusters 3–32 (de service; Terraform en de latere pagina over resourcenamen), AKS-inferentieclusters 2–24 (studio 2–16, AKS-documentatie 3–24), elk ander soort 2–16 (foutmelding van de service \"2 and 16 characters\", pagina over resourcenamen).\n\nBronnen: reference §1, §11 punt 1; service-errors #1, #2, #4, #6.",
    ),
    (
        "AML203",
        "De lengte van de naam wordt door de service geaccepteerd, maar niet door elke bron: namen van rekenclusters van 25–32 tekens (het formulier in de studio en de SEED zeggen ten hoogste 24), AKS-namen van 17–24 tekens (het formulier in de studio zegt ten hoogste 16) of van 2 tekens (nieuwere AKS-documentatie zegt ten minste 3). Kortere namen werken overal.\n\nBronnen: reference §1, §11 punt 1 (SEED, DOC-cluster, DOC-aks-v1, TF, DOC-names).",
    ),
    (
        "AML204",
        "De naam bevat andere tekens dan ASCII-letters, cijfers en `-`. Onderstrepingstekens zijn de gebruikelijke vergissing (`attached_vm` werd door de service geweigerd).\n\nBronnen: reference §1 (SEED \"Valid characters are upper and lower case letters, digits, and the - character\"); service-errors #5.",
    ),
    (
        "AML205",
        "De naam begint niet met een letter.\n\nBronnen: reference §1 (SEED \"Name must start with a letter\"; foutmeldingen van de service).",
    ),
    (
        "AML206",
        "Na de laatste `-` in de naam moet een letter staan, dus een naam kan niet eindigen op `-` of op `-` gevolgd door alleen cijfers. `cpu-cluster-1` en `ci-40986653` werden door de service geweigerd: \"Numbers cannot be the ending of the name if the previous character is a minus symbol\".\n\nBronnen: reference §1 (SEED \"If - is used, then it needs to be followed by at least one letter later in the name\"; foutmelding van de service), §11 punt 2, §14 punt 1; service-errors #1, #3.",
    ),
    (
        "AML207",
        "De naam eindigt op `-`; voor gekoppelde rekenkracht eist de service dat hij \"end with a letter or digit\".\n\nBronnen: reference §1 (foutmelding van de service \"must start with a letter, end with a letter or digit\"; DOC-aks-v1), service-errors #2, #4.",
    ),
    (
        "AML208",
        "Twee specificaties in één uitvoering gebruiken dezelfde rekennaam (zonder onderscheid tussen hoofdletters en kleine letters). Namen moeten uniek zijn binnen de rekenkracht van een werkruimte (AKS-documentatie) en, volgens de studio, van een regio; het tweede maken faalt met \"Compute with this name already exists\". Specificaties voor verschillende werkruimten mogen een naam delen; dan kan deze waarschuwing worden genegeerd.\n\nBronnen: reference §1 (uniciteit), §11 punt 3; service-errors #7.",
    ),
    (
        "AML301",
        "`min_instances` is groter dan `max_instances`. `az ml` noch de SDK vangt dit af; de service weigert de schaalinstellingen.\n\nBronnen: reference §3 (min ≤ max, niet aan de clientzijde afgedwongen), §14 punt 8.",
    ),
    (
        "AML302",
        "`min_instances` boven 0 houdt zoveel knooppunten actief — en gefactureerd — terwijl het cluster inactief is, en reserveert hun vCPU-quotum. Het formulier in de studio raadt aan: \"Save money by setting the minimum to 0\".\n\nBronnen: SEED (\"Minimum aantal knooppunten\"), reference §3 (DOC-inc min-nodes); service-errors #10–11 (quotumfouten), Checkov CKV_AZURE_150.",
    ),
    (
        "AML303",
        "`idle_time_before_scale_down: 0` wordt door `az ml` weggelaten (nul telt als niet ingesteld), dus geldt de standaardwaarde van de service in plaats van \"meteen omlaag schalen\".\n\nBronnen: reference §3 (waargenomen met azure-ai-ml 1.35.2), §14 punt 8.",
    ),
    (
        "AML304",
        "`max_instances` is niet ingesteld. De bronnen zijn het niet eens over de standaardwaarde — de YAML-naslag zegt 1, de SDK en de CLI gebruiken 4 — en de service vereist een maximum aantal knooppunten. Zeg wat u bedoelt.\n\nBronnen: reference §3, §11 punt 5; service-errors #15.",
    ),
    (
        "AML305",
        "De VM-grootte staat niet in de tabel met gangbare grootten van amlint, dus regels die het aantal vCPU's of GPU's nodig hebben (zoals het AKS-minimum van 12 vCPU's), kunnen haar niet controleren. De grootte kan toch geldig zijn: `az ml compute list-sizes --location <region>` toont wat een regio biedt.\n\nBronnen: reference §10 (geen volledige offline catalogus).",
    ),
    (
        "AML306",
        "Azure ML biedt deze VM-grootte niet aan: burstable grootten uit de B-serie worden geweigerd (\"The specified value Standard_B2s for property Cluster.Properties.VMSize is not a supported VM size\"), en buiten gebruik gestelde grootten (NC, NCv2, NV) kunnen niet meer worden gemaakt.\n\nBronnen: reference §10; service-errors #12.",
    ),
    (
        "AML307",
        "`tier: low_priority` met een grootte die geen capaciteit met lage prioriteit heeft (`lowPriorityCapable: false` in de groottelijst van de service). Het cluster zou nooit een knooppunt krijgen.\n\nBronnen: reference §3 (tier; afgeleid uit REST vmSizes `lowPriorityCapable`), §10.",
    ),
    (
        "AML401",
        "`network_settings.vnet_name` zonder `subnet`. `az ml` stopt met \"Subnet is required when vnet name is specified\" — maar pas wanneer het de aanvraag opbouwt.\n\nBronnen: reference §2 (ValidationError waargenomen), §14 punt 6.",
    ),
    (
        "AML402",
        "`network_settings.subnet` is een losse subnetnaam, maar `vnet_name` ontbreekt. `az ml` maakt de subnet-id `.../virtualNetworks/None/subnets/<name>`, die niet bestaat. Geef `vnet_name` op, of de volledige subnet-id.\n\nBronnen: reference §2 (waargenomen), §14 punt 6.",
    ),
    (
        "AML403",
        "`vnet_name` samen met een volledige subnet-id. De YAML-naslag zegt: \"Do not specify vnet_name if the subnet ID is specified\"; de id noemt het netwerk al.\n\nBronnen: reference §2 (DOC-yaml-ci).",
    ),
    (
        "AML404",
        "`enable_node_public_ip: false` zonder subnet. Knooppunten zonder openbaar IP-adres moeten in een virtueel netwerk staan, en de werkruimte heeft een privé-eindpunt nodig; anders antwoordt de service \"Provided EnableNodePublicIp 'False' requires workspace private endpoint.\"\n\nBronnen: reference §2 (CLI-opname, TF, DOC-ci), §3, §14 punt 9; service-errors #13, #14 (azurerm PR#21377).",
    ),
    (
        "AML405",
        "`location` geldt alleen voor rekenclusters. Voor andere soorten logt `az ml` \"'Location' is not supported for compute type ... and will not be used\" en gebruikt het de regio van de werkruimte.\n\nBronnen: reference §0 (SDK `begin_create_or_update`), §2, §14 punt 10.",
    ),
    (
        "AML406",
        "`network_settings` zonder `subnet` of `vnet_name` (leeg, of met een lege `subnet`; met `vnet_name` is het AML401). `az ml` faalt bij het opbouwen van de aanvraag, voordat er iets wordt verzonden: \"'NoneType' object has no attribute 'lower'\". Stel het subnet in (met `vnet_name`, of als volledige id), of laat `network_settings` weg.\n\nBronnen: reference §2, §3 (netwerkinstellingen); azure-ai-ml 1.35.2 `ComputeOperations.begin_create_or_update` → `get_subnet_str`, waargenomen.",
    ),
    (
        "AML501",
        "`ssh_public_access_enabled: true` zonder manier om aan te melden. Azure accepteert de specificatie, maar SSH heeft geen zin: op een rekeninstantie kan niemand zich aanmelden tot er een openbare sleutel is toegevoegd (de sleutel kan later worden ingesteld, DOC-ci); voor een rekencluster zonder `ssh_settings` stuurt azure-ai-ml 1.35.2 `disableLocalAuth: true` naast de open poort (`AmlCompute._to_rest_object`), en de eigen testspecificatie van de SDK `compute-aml-public-access-no-ssh.yaml` is zo'n cluster. Een waarschuwing: geen bron laat zien dat de service het weigert.\n\nBronnen: reference §2 (DOC-ci: de sleutel kan later worden toegevoegd), §3 (SDK-entity, REST `UserAccountCredentials`), DOC-inc enable-ssh.",
    ),
    (
        "AML502",
        "SSH-referenties zonder `ssh_public_access_enabled: true`. Op een rekeninstantie \"can only be configured if ssh_public_access_enabled is set to true\" en SSH kan na het maken niet worden ingeschakeld. Op een cluster stuurt een niet-ingestelde vlag `NotSpecified`, wat de SSH-poort **open** laat, tenzij het cluster in een virtueel netwerk staat — zeg `true` of `false`.\n\nBronnen: reference §2 (docstring van de SDK, DOC-ci), §3 (REST `remoteLoginPortPublicAccess`), §11 punt 7.",
    ),
    (
        "AML503",
        "`ssh_settings` zonder wachtwoord of sleutel: \"One of admin_password or ssh_key_value is required\" (clusters); een gekoppelde VM heeft `admin_password` of `ssh_private_key_file` nodig; een HDInsight-cluster een wachtwoord of een sleutel.\n\nBronnen: reference §3 (DOC-yaml-aml, TF `AtLeastOneOf`), §6 (docstrings van de SDK), §7.",
    ),
    (
        "AML504",
        "Er staat een wachtwoord, token of privésleutel in het bestand. Specificatiebestanden komen in opslagplaatsen en CI-logboeken terecht; geef geheimen mee bij het indienen (`--set`) of bewaar ze in een sleutelkluis. amlint drukt de waarde nooit af.\n\nBronnen: SEED (beveiligingsopmerking), reference §3, §6, §7 (geheime REST-velden).",
    ),
    (
        "AML505",
        "Er wordt een wachtwoord gebruikt en geen SSH-sleutel. \"Microsoft recommends using SSH keys, which are more secure than passwords. Passwords are vulnerable to brute force attacks.\"\n\nBronnen: SEED (opmerking over gekoppelde rekenkracht), reference §3, §6.",
    ),
    (
        "AML506",
        "`ssh_key_value` lijkt geen openbare RSA-sleutel. Azure ML documenteert \"an RSA public key in the single-line format (starting with \"ssh-rsa\") or the multi-line PEM format\"; andere sleuteltypen kunnen worden geweigerd.\n\nBronnen: reference §2, §3 (DOC-inc enable-ssh, REST \"ssh-keygen -t rsa -b 2048\").",
    ),
    (
        "AML507",
        "Er is een **privé**sleutel geplakt waar de openbare sleutel hoort. Azure zou hem weigeren — en de privésleutel staat nu in het bestand: beschouw hem als uitgelekt en maak een nieuw paar.\n\nBronnen: reference §2, §3 (DOC-inc enable-ssh).",
    ),
    (
        "AML508",
        "`identity.type: user_assigned` zonder `user_assigned_identities`. De YAML-naslagen zeggen dat de lijst vereist is; `az ml` controleert dat niet (waargenomen) en de service weigert het.\n\nBronnen: reference §2 (DOC-yaml-ci), §3 (DOC-yaml-aml).",
    ),
    (
        "AML509",
        "`user_assigned_identities` is opgegeven, maar `identity.type` omvat geen door de gebruiker toegewezen identiteit, dus de lijst wordt genegeerd.\n\nBronnen: reference §2, §3 (rijen over identiteit).",
    ),
    (
        "AML510",
        "Zowel een door het systeem toegewezen als door de gebruiker toegewezen identiteiten. De documentatie zegt dat rekenkracht \"support only one system-assigned identity or multiple user-assigned identities, not both concurrently\"; de SDK accepteert en verzendt het (waargenomen), dus de uitkomst hangt af van de service.\n\nBronnen: reference §3 (DOC-yaml-aml), §5 (DOC-yaml-k8s), §11 punt 10.",
    ),
    (
        "AML511",
        "`ssh_private_key_file` is een relatief pad. `az ml` leest het bij het indienen vanuit de **huidige map**, niet vanuit het specificatiebestand, dus dezelfde specificatie werkt of faalt afhankelijk van waar de opdracht wordt uitgevoerd.\n\nBronnen: reference §6 (waargenomen met het testbestand van de SDK).",
    ),
    (
        "AML601",
        "Meer dan vier start-/stopplanningen. \"You can create a total of four schedules per compute instance.\"\n\nBronnen: reference §2, §9.1 (DOC-ci).",
    ),
    (
        "AML602",
        "Een cron-expressie die Azure niet kan uitvoeren. Planningen hebben vijf velden — minuut (0–59), uur (0–23), dag van de maand (1–31), maand (1–12 of JAN–DEC), dag van de week (0–6 of SUN–SAT, zondag is 0) — elk `*`, een waarde, een bereik `a-b`, een lijst `a,b` of een stap `*/n`.\n\nBronnen: reference §9.1 (REST \"NCronTab format\", DOC-ci cron met vijf velden).",
    ),
    (
        "AML603",
        "Een terugkerende `schedule` zonder zowel `hours` als `minutes`. De REST API vereist beide (`ComputeRecurrenceSchedule`), en `az ml` ook: het schema markeert ze als optioneel, maar het object dat ervan wordt gebouwd, heeft beide nodig, dus het bestand faalt voordat er iets wordt verzonden (`RecurrencePattern.__init__() missing 1 required keyword-only argument: 'minutes'`).\n\nBronnen: reference §9.1; azure-ai-ml 1.35.2 `load_compute`, waargenomen (\"optional in the SDK\" in de reference beschrijft het schema, niet het object).",
    ),
    (
        "AML604",
        "De `start_time` van een planning heeft niet de vorm `yyyy-MM-ddTHH:mm:ss`.\n\nBronnen: reference §9.1 (REST `startTime`).",
    ),
    (
        "AML605",
        "Twee aangepaste toepassingen met één naam. \"Value of application_name must be unique across all custom applications\" — pas gemeld wanneer de aanvraag wordt verzonden.\n\nBronnen: reference §9.3 (SDK `_to_rest_object`).",
    ),
    (
        "AML606",
        "Twee eindpunten van aangepaste toepassingen publiceren dezelfde poort. \"Value of published_port must be unique across all custom applications.\"\n\nBronnen: reference §9.3 (SDK `_to_rest_object`), §14 punt 7.",
    ),
    (
        "AML607",
        "Een instantie zonder openbaar IP-adres (Private Link) publiceert een poort van een aangepaste toepassing buiten 8704–8993. Werkruimten met Private Link bereiken gepubliceerde poorten alleen in dat bereik.\n\nBronnen: reference §9.3 (DOC-inc private-link-ports), §14 punt 7.",
    ),
    (
        "AML608",
        "Zowel `idle_time_before_shutdown_minutes` als het afgeschafte `idle_time_before_shutdown`. Het veld met minuten wint; het andere wordt genegeerd.\n\nTenzij het aantal minuten `0` is: azure-ai-ml leest dat als niet ingesteld (`if self.idle_time_before_shutdown_minutes:`), verstuurt dan het ISO-veld, en het minutenveld verandert niets.\n\nBronnen: reference §2 (test van de SDK: \"if both given, minutes wins\"; `_to_rest_object`).",
    ),
    (
        "AML609",
        "Het afgeschafte `idle_time_before_shutdown` is geen ISO 8601-duur (`PT30M`, `PT2H`, `P1D`), of ligt buiten 15 minuten tot 3 dagen.\n\nBronnen: reference §2 (REST `IdleShutdownSetting` \"Minimum is 15 min, maximum is 3 days\", DOC-ci).",
    ),
    (
        "AML610",
        "Er is geen afsluiten bij inactiviteit ingesteld, dus een inactieve instantie blijft actief (en gefactureerd) tot ze met de hand wordt gestopt. Azure Policy en PSRule (`Azure.ML.ComputeIdleShutdown`) controleren hierop.\n\nBronnen: reference §2, §9.1 (PSRule).",
    ),
    (
        "AML611",
        "`create_on_behalf_of` vereist zowel `user_tenant_id` als `user_object_id`, elk een GUID.\n\nBronnen: reference §2 (REST `AssignedUser` vereist `objectId` en `tenantId`; TF IsUUID).",
    ),
    (
        "AML612",
        "Een instantie die voor een andere gebruiker wordt gemaakt met een installatiescript of aangepaste toepassing: eenmalige aanmelding wordt bij het maken uitgeschakeld, en de maker kan die niet voor de gebruiker inschakelen.\n\nBronnen: reference §2 (DOC-ci, rijen over maken namens een ander en SSO).",
    ),
    (
        "AML613",
        "Een aangepaste toepassing zonder `image.reference`: er is niets om uit te voeren, en `az ml` faalt voordat er iets wordt verzonden (`CustomApplications.__init__() missing 1 required keyword-only argument: 'image'`, of `'reference'` wanneer `image` er geen heeft).\n\nBronnen: reference §9.3 (REST `CustomService.image`); azure-ai-ml 1.35.2 `load_compute`, waargenomen.",
    ),
    (
        "AML614",
        "De `time_zone` van een planning is geen Windows-tijdzonenaam. Azure wil namen zoals `UTC`, `W. Europe Standard Time` of `Pacific Standard Time`; IANA-namen (`Europe/Amsterdam`) en verschuivingen (`+01:00`) worden niet begrepen.\n\nBronnen: reference §9.1 (REST `timeZone`: \"should follow Windows time zone format\").",
    ),
    (
        "AML701",
        "Een AKS-specificatie koppelt een bestaand cluster (`resource_id`) of maakt een nieuw cluster (`size` en `agent_count`), niet allebei: het formulier in de studio biedt \"Create new\" of \"Use existing\".\n\nBronnen: SEED (rij Kubernetes-service), reference §4.",
    ),
    (
        "AML702",
        "Een AKS-specificatie zegt niet welk cluster moet worden gekoppeld (`resource_id`), noch hoe er een moet worden gemaakt (zowel `size` als `agent_count`).\n\nBronnen: SEED (rij Kubernetes-service), reference §4.",
    ),
    (
        "AML703",
        "Een AKS-productiecluster met in totaal minder dan 12 vCPU's: \"The number of nodes multiplied by the virtual machine's number of cores (vCPUs) must be greater than or equal to 12.\" Een cluster zonder `cluster_purpose` is een productiecluster. Heeft het aantal vCPU's van de grootte uit de groottetabel van amlint nodig (AML305 meldt wanneer een grootte er niet in staat).\n\nBronnen: SEED (\"Aantal knooppunten\"), reference §4 (DOC-aks-2020, TF-documentatie, DP100#43), §11 punt 4.",
    ),
    (
        "AML704",
        "Een AKS-productiecluster met minder dan 3 knooppunten. De nieuwste AKS-documentatie (2022) zegt dat een productiecluster \"must contain at least 3 nodes\"; de REST API staat er minder toe, dus dit is een waarschuwing.\n\nBronnen: reference §4 (DOC-aks-v1), §11 punt 4.",
    ),
    (
        "AML705",
        "Een AKS-ontwikkel-/testcluster met in totaal minder dan 2 vCPU's; de documentatie raadt er ten minste 2 aan.\n\nBronnen: reference §4 (DOC-aks-2020), §11 punt 4.",
    ),
    (
        "AML706",
        "SSL tegelijk met uw eigen certificaat (`cert`, `key`, `cname`) en met een Microsoft-certificaat (`leaf_domain_label`, `overwrite_existing_domain`). Kies er een.\n\nBronnen: reference §4 (TF `ConflictsWith`).",
    ),
    (
        "AML707",
        "SSL-instellingen die niet kunnen werken: `status: enabled` vereist `cert`, `key` en `cname`; `status: auto` vereist `leaf_domain_label`.\n\nBronnen: reference §4 (REST `sslConfiguration`, afleiding van de status in TF).",
    ),
    (
        "AML708",
        "`service_cidr` of `docker_bridge_cidr` is geen IPv4-CIDR-bereik (`10.0.0.0/16`), of `dns_service_ip` is geen IPv4-adres.\n\nBronnen: reference §4 (REST-patronen voor `serviceCidr`, `dockerBridgeCidr`, `dnsServiceIP`).",
    ),
    (
        "AML709",
        "`dns_service_ip` ligt buiten `service_cidr`. \"DNS IP must be within service CIDR.\"\n\nBronnen: reference §4 (beschrijvingen in REST `aksNetworkingConfiguration`).",
    ),
    (
        "AML710",
        "`docker_bridge_cidr` overlapt met `service_cidr`. De Docker-bridge \"must not overlap\" met het servicebereik (noch met een subnet).\n\nBronnen: reference §4 (beschrijving van REST `dockerBridgeCidr`).",
    ),
    (
        "AML711",
        "Geavanceerde netwerken vereisen alle vier de instellingen: `subnet_id`, `service_cidr`, `dns_service_ip` en `docker_bridge_cidr`.\n\nBronnen: reference §4 (REST `aksNetworkingConfiguration`; formulier \"Advanced\" in de studio).",
    ),
    (
        "AML712",
        "`load_balancer_subnet` geldt alleen voor een interne load balancer; met `public_ip` (de standaardwaarde) wordt het genegeerd.\n\nBronnen: reference §4 (REST `loadBalancerType`, `loadBalancerSubnet`).",
    ),
    (
        "AML801",
        "Een resource-id die geen Azure Resource Manager-id is: `/subscriptions/<GUID>/resourceGroups/<group>/providers/<Namespace>/<type>/<name>`. Geldt voor `resource_id`, subnet-id's en id's van door de gebruiker toegewezen identiteiten. Tijdelijke aanduidingen uit sjablonen zoals `<SUBSCRIPTION_ID>` worden geaccepteerd, zoals de officiële voorbeelden ze gebruiken.\n\nBronnen: reference §2 (ARM-id-regex van de SDK), §4–§8 (resource-id's), §0 (CLI attach).",
    ),
    (
        "AML802",
        "Een resource-id van het verkeerde resourcetype: een gekoppelde VM moet `Microsoft.Compute/virtualMachines` zijn, Kubernetes-rekenkracht een met Arc verbonden cluster of een AKS-cluster, een Spark-pool `Microsoft.Synapse/workspaces/.../bigDataPools`, een subnet `Microsoft.Network/virtualNetworks/.../subnets`, een identiteit `Microsoft.ManagedIdentity/userAssignedIdentities`, enzovoort.\n\nBronnen: reference §4–§8 (rijen over resource-id's), §5 (REST-voorbeeld), §8 (voorbeelden).",
    ),
    (
        "AML803",
        "Een Databricks-`workspace_url` die geen `https://`-URL van een Azure Databricks-werkruimte is (`https://adb-<id>.<n>.azuredatabricks.net`).\n\nBronnen: reference §7 (REST `workspaceUrl`).",
    ),
    (
        "AML804",
        "Een resource-id die nog tijdelijke aanduidingen uit een sjabloon bevat, zoals `<SUBSCRIPTION_ID>` of `${{ vars.RG }}`. Prima in een sjabloon (de officiële voorbeelden zijn zo geschreven), maar de specificatie kan pas worden ingediend als ze zijn ingevuld.\n\nBronnen: reference §0 (tijdelijke aanduidingen laden zonder problemen), §8 (voorbeelden).",
    ),
    (
        "AML805",
        "Een Kubernetes-objectnaam die het cluster zou weigeren. Een `namespace` is een RFC 1123-label: hoogstens 63 kleine letters, cijfers en `-`, beginnend en eindigend met een letter of cijfer (`azureml`, niet `AzureML` of `ml_jobs`). Een instantietype (een sleutel van `properties.instanceTypes`, en `properties.defaultInstanceType`) is een objectnaam: hoogstens 253 kleine letters, cijfers, `-` en `.`, beginnend en eindigend met een letter of cijfer. Azure Machine Learning maakt deze objecten in het cluster wanneer het dat koppelt of een taak uitvoert, en Kubernetes weigert andere namen.\n\nBronnen: reference §5 (`namespace` moet in het cluster bestaan; `properties`: `defaultInstanceType`, `instanceTypes`); Kubernetes-objectnamen en -id's (RFC 1123).",
    ),
    (
        "AML806",
        "De resources of knooppuntselector van een instantietype die Kubernetes zou weigeren. Aanvragen en limieten zijn hoeveelheden: een getal met een optioneel achtervoegsel, binair (`Ki`, `Mi`, `Gi`, `Ti`, `Pi`, `Ei`), decimaal (`n`, `u`, `m`, `k`, `M`, `G`, `T`, `P`, `E`) of een exponent (`1e3`) — `500m`, `2`, `4Gi`, niet `4GB` of `2 cores`. Sleutels van de knooppuntselector zijn labelsleutels (een optioneel DNS-voorvoegsel en `/`, dan hoogstens 63 letters, cijfers, `-`, `_` en `.`, beginnend en eindigend met een letter of cijfer); waarden zijn leeg of zoals het naamdeel van een sleutel.\n\nBronnen: reference §5 (`properties.instanceTypes{name:{nodeSelector, resources{requests, limits}}}`); Kubernetes-resourcehoeveelheden en labelsyntaxis.",
    ),
    (
        "AML807",
        "`location` is geen naam van een Azure-regio die amlint kent (`westeurope`, `eastus2`; weergavenamen zoals `West Europe` worden ook gelezen). Azure weigert een locatie die het niet heeft (\"The provided location ... is not available\"). Een waarschuwing: Azure opent nieuwe regio's, en de lijst van amlint kent er misschien nog een niet.\n\nBronnen: reference §3 (locatie: elke regio), §4 (regio), §10 (`location` van de groottelijst).",
    ),
    (
        "AML808",
        "Een Azure-resourcenaam die de naamgevingsregels van Azure weigeren: een virtueel netwerk (`network_settings.vnet_name`: 2–64 letters, cijfers, `_`, `.` en `-`, beginnend met een letter of cijfer en eindigend met een letter, cijfer of `_`), een subnet dat bij naam is opgegeven (1–80 van dezelfde tekens), of de resourcegroep van een resource-id (1–90 letters, cijfers, `_`, `.`, `-`, `(` en `)`, niet eindigend op `.`); een `load_balancer_subnet` van AKS (een subnetnaam); een Data Lake Store-account (`data_lake_store_account_name`: 3–24 kleine letters en cijfers). `az ml` bouwt de id van het subnet uit deze namen, en de service vindt zo'n resource niet.\n\nBronnen: reference §2 (network_settings: vnet_name, subnet, ARM-id), §3 (VNet in een andere resourcegroep), §4 (`loadBalancerSubnet`), §7 (`dataLakeStoreAccountName`); naamgevingsregels van Azure voor Microsoft.Network, Data Lake Store en resourcegroepen.",
    ),
    (
        "AML809",
        "Een `image.reference` van een aangepaste toepassing die geen verwijzing naar een containerinstallatiekopie is: `[register[:poort]/]opslagplaats[:tag][@digest]`, de opslagplaats in kleine letters (`ghcr.io/org/rstudio:4.3`, `rocker/rstudio@sha256:...`), een digest zoals go-digest die leest (`sha256` met precies 64 hexadecimale cijfers in kleine letters). Docker weigert al het andere op te halen (\"invalid reference format\"), en de toepassing start nooit. Een eerste deel met een hoofdletter (`Rocker/rstudio`) wordt gelezen als registerhost (`splitDockerDomain` van distribution/reference), en die wordt niet gevonden.\n\nBronnen: reference §9.3 (`image.reference`: docker-verwijzing naar een installatiekopie, geen controle).",
    ),
    (
        "AML810",
        "Een domeinnaam in de SSL-instellingen van een AKS-cluster die DNS niet kan bevatten: `leaf_domain_label` is één DNS-label (letters, cijfers en `-`, niet beginnend of eindigend met `-`), het eerste deel van de door Microsoft geleverde naam, waaraan Azure zes tekens toevoegt (`<label>######.<region>.cloudapp.azure.com`), dus hoogstens 57; `cname` is een hostnaam (zulke labels, verbonden door `.`, hoogstens 253 tekens; een `*.` vooraan voor een jokertekencertificaat).\n\nBronnen: reference §4 (`sslConfiguration.{cname, leafDomainLabel}`); DNS-namen (RFC 1123); het v1-artikel over het beveiligen van een webservice (de zes toegevoegde tekens).",
    ),
    (
        "AML901",
        "De specificatie wijzigt een veld dat niet meer kan veranderen zodra de rekenkracht bestaat: van een rekeninstantie de grootte, SSH-toegang, het virtuele netwerk, de instelling voor openbare IP-adressen of de toegewezen gebruiker; van een rekencluster de regio, SSH-toegang, het virtuele netwerk, de instelling voor openbare IP-adressen of het type virtuele machine (een CPU-grootte voor een GPU-grootte of omgekeerd: \"This type can't be changed after creation\"); van een AKS-cluster de grootte of de regio; van elke rekenkracht het `type`. Azure weigert de update, of `az ml` verstuurt hem en de rekenkracht houdt de oude instelling. Maak in plaats daarvan nieuwe rekenkracht met een andere naam.\n\namlint kent de eerdere toestand uit `--previous` (een eerdere specificatie; `amlint diff`) of `--existing` (`az ml compute list -o json`). Een veld dat de eerdere toestand niet bevat, is onbekend, niet gewijzigd; een veld dat de specificatie weglaat, telt als wat azure-ai-ml ervoor in de plaats verstuurt (de `size` van een cluster of instantie als `STANDARD_DS3_V2`, `enable_node_public_ip` als `true`); een melding over een wijziging toont nooit een geheime waarde.\n\nBronnen: reference §2 (wijzigbaarheid: grootte, SSH, netwerk, create_on_behalf_of, lokale verificatie), §3 (wijzigbaarheid: locatie, type virtuele machine, SSH-toegang), §4 (VM-grootte), §14 punt 10.",
    ),
    (
        "AML902",
        "De specificatie wijzigt een veld dat `az ml compute update` niet kan wijzigen: dat werkt alleen `tags`, `min_instances`, `max_instances`, `idle_time_before_scale_down` en de identiteit bij, en alleen van rekeninstanties, rekenclusters, Kubernetes-rekenkracht en Synapse Spark-pools. Andere wijzigingen vragen om het opnieuw indienen van de hele specificatie (`az ml compute create` vervangt de instellingen van de rekenkracht), een eigen opdracht (`az ml compute enable-sso`), de studio, of, voor gekoppelde rekenkracht, loskoppelen en opnieuw koppelen. Een waarschuwing: de wijziging kan bedoeld zijn, maar niet met de opdracht die de meeste pijplijnen uitvoeren.\n\nBronnen: reference §0 (Update; REST-create is een volledige PUT), §2 (inactief afsluiten, schema's, SSO), §3.",
    ),
    (
        "AML903",
        "De werkruimte heeft al rekenkracht met deze naam en van deze soort, dus `az ml compute create` werkt die bij in plaats van nieuwe te maken (de REST-create is een volledige PUT die \"will overwrite a compute if it exists\"). amlint controleert de specificatie dan als update ervan (AML901, AML902). Was nieuwe rekenkracht bedoeld, kies dan een andere naam.\n\namlint kent de rekenkracht van de werkruimte uit `--existing`, de uitvoer van `az ml compute list -o json`. De studio wil een naam die uniek is binnen de rekenkracht van een **regio**, wat de lijst van één werkruimte niet kan tonen.\n\nBronnen: reference §0 (REST-create overschrijft), §1 (uniciteit).",
    ),
    (
        "AML904",
        "De naam is bezet: de werkruimte heeft rekenkracht met deze naam van een andere soort, dus het maken mislukt (namen zijn uniek in een werkruimte, en `az ml compute create` kan de ene soort niet in een andere veranderen). Voor een AKS-inferentiecluster en de andere rekenkracht van de studio telt elke rekenkracht met die naam: een AKS-cluster maken is niet idempotent (\"already exists\"). `az ml compute list` toont de rekenkracht van de studio als `*** Unsupported Compute Type ***`; die bezet haar naam evengoed.\n\namlint kent de rekenkracht van de werkruimte uit `--existing`. De studio wil een naam die uniek is binnen een **regio**, wat de lijst van één werkruimte niet kan tonen; twee specificaties in één uitvoering met dezelfde naam zijn AML208.\n\nBronnen: reference §0 (AKS maken niet idempotent), §1 (uniciteit), §7 (UnsupportedCompute).",
    ),
    (
        "AML905",
        "De lijst met VM-grootten van de regio (`--sizes`, de uitvoer van `az ml compute list-sizes --location REGIO -o json`) bevat deze grootte niet: de regio biedt hem niet aan voor Azure Machine Learning, of de naam is verkeerd gespeld. Met zo'n lijst neemt amlint het aantal vCPU's en GPU's daaruit in plaats van uit de ingebouwde tabel.\n\nBronnen: reference §2 (grootte: lijst per regio), §10 (gezaghebbende gegevens per regio).",
    ),
    (
        "AML906",
        "De regio biedt deze grootte aan, maar niet voor deze soort rekenkracht: `supported_compute_types` in `az ml compute list-sizes` noemt haar niet (`AmlCompute`, `ComputeInstance`).\n\nBronnen: reference §2 (de grootte moet `ComputeInstance` noemen in `supportedComputeTypes`), §10.",
    ),
    (
        "AML907",
        "`tier: low_priority` met een grootte die de regio zonder capaciteit met lage prioriteit aanbiedt (`low_priority_capable: false` in `az ml compute list-sizes`): het cluster krijgt nooit een knooppunt. Zonder lijst van de regio controleert AML307 hetzelfde met de ingebouwde tabel.\n\nBronnen: reference §3 (tier: lage prioriteit vraagt om `lowPriorityCapable`), §10.",
    ),
];
