//! The command line's help in Dutch: the command's and each subcommand's description, and each
//! argument's, by `subcommand.argument` (clap's ids). English is the doc comments in
//! `src/bin/amlint/args.rs`; a test holds this table to the same commands and arguments. Sorted.
//! Then clap's own words (headings, its help and version flags, its parse errors) and the names
//! of the values the arguments take, which clap would print in English.

pub(super) static HELP: &[(&str, &str)] = &[
    (
        "about",
        "Controleert Azure Machine Learning-rekenspecificaties (`az ml compute create --file`) aan elke gedocumenteerde veldregel, voordat Azure dat doet.",
    ),
    (
        "check",
        "Specificatiebestanden controleren (YAML of JSON); in mappen wordt naar rekenspecificaties gezocht",
    ),
    (
        "check.baseline",
        "Alleen bevindingen melden die niet in dit baselinebestand staan",
    ),
    (
        "check.color",
        "Wanneer de leesbare indelingen (human, concise) kleur krijgen (NO_COLOR schakelt het ook uit)",
    ),
    (
        "check.config",
        "Dit configuratiebestand voor elke invoer gebruiken in plaats van de bestanden ernaast",
    ),
    (
        "check.diff",
        "Tonen wat `--fix` zou wijzigen, als unified diff, en niets wijzigen",
    ),
    (
        "check.existing",
        "De rekenkracht van de werkruimte: de uitvoer van `az ml compute list -o json`",
    ),
    (
        "check.exit_zero",
        "Afsluiten met 0, wat de bevindingen ook zijn (problemen bij het lezen van invoer geven nog steeds 2)",
    ),
    (
        "check.extend_select",
        "Deze regels uitvoeren naast de geselecteerde",
    ),
    (
        "check.fail_on",
        "De laagste ernst waarbij de uitvoering mislukt [standaard: error]",
    ),
    (
        "check.fix",
        "De veilige oplossingen toepassen op de bestanden (atomair; het doel van een symbolische koppeling; machtigingen behouden) en daarna melden wat overblijft. Met `-` gaat de gecorrigeerde tekst naar de standaarduitvoer.",
    ),
    (
        "check.force_exclude",
        "De `exclude` van de configuratie ook toepassen op bestanden die op de opdrachtregel staan (voor pre-commit)",
    ),
    (
        "check.format",
        "De indeling van het rapport [standaard: human; `github` onder GitHub Actions, `azure` onder Azure Pipelines, tenzij een configuratiebestand er een noemt]",
    ),
    ("check.ignore", "Deze regels niet uitvoeren"),
    (
        "check.input",
        "Wat de bestanden bevatten: `auto` onderscheidt een ARM-sjabloon, REST-body of Terraform-plan van een az ml-specificatie aan de inhoud, en leest `.tf`-bestanden als Terraform; `arm` (of `rest`: ARM-sjablonen, de JSON van Bicep, REST-bodies), `terraform` (`.tf`), `terraform-plan` (`terraform show -json`) en `azml` zeggen het. De parameterbestanden van een sjabloon worden ernaast gelezen (`x.json` → `x.parameters.json`) en tussen de gecontroleerde bestanden (de bestanden waarvan `metadata.template` het noemt); `.bicep`-bestanden worden gebouwd met de Bicep-CLI; de module van een `.tf`-bestand (de andere `.tf`-bestanden in de map, `terraform.tfvars`, `*.auto.tfvars`) wordt ermee gelezen",
    ),
    ("check.isolated", "Configuratiebestanden negeren"),
    (
        "check.lang",
        "De taal van meldingen: `en` of `nl` [standaard: AMLINT_LANG, dan `lang` in de configuratie, dan LC_ALL / LC_MESSAGES / LANG, dan Engels]",
    ),
    (
        "check.output_file",
        "Het rapport naar BESTAND schrijven in plaats van naar de standaarduitvoer",
    ),
    (
        "check.parameters",
        "Het parameterbestand waarmee elk sjabloon (en elk `.bicep`-bestand) wordt gecontroleerd, in plaats van de bestanden die er via de naam (`x.parameters.json`) of via hun `metadata.template` aan gekoppeld zijn",
    ),
    (
        "check.paths",
        "Te controleren bestanden en mappen; `-` leest de standaardinvoer",
    ),
    (
        "check.policy",
        "Azure Policy-definities of beleidssets waaraan elke specificatie wordt getoetst (JSON, zoals Azure en de Landing Zones-bibliotheek ze publiceren; herhaalbaar; een set na zijn definities)",
    ),
    (
        "check.previous",
        "De specificaties controleren als updates van de rekenkracht die deze eerdere specificaties beschrijven (bestanden of mappen; aan elkaar gekoppeld via de rekennaam; herhaalbaar)",
    ),
    ("check.quiet", "Geen samenvattingsregel"),
    (
        "check.report",
        "Ook een rapport in INDELING naar BESTAND schrijven (herhaalbaar): `--report sarif=amlint.sarif`",
    ),
    (
        "check.select",
        "Alleen deze regels uitvoeren: codes, namen, groepsvoorvoegsels (`AML3`) of `ALL`; gescheiden door komma's",
    ),
    (
        "check.severity",
        "De ernst van regels instellen: `AML201=error`, `AML3=off` (herhaalbaar)",
    ),
    (
        "check.show_settings",
        "De instellingen tonen die de uitvoering zou gebruiken, en waar ze vandaan komen, en niets controleren",
    ),
    (
        "check.sizes",
        "De VM-grootten van de regio: de uitvoer van `az ml compute list-sizes --location REGIO -o json`",
    ),
    (
        "check.specs_only",
        "Alleen bestanden controleren die op rekenspecificaties lijken, ook als ze op de opdrachtregel staan (zoals bij het doorzoeken van een map; voor pre-commit, dat elk YAML-bestand noemt dat voor de commit is klaargezet)",
    ),
    (
        "check.statistics",
        "Tonen hoe vaak elke regel iets vond, in plaats van de bevindingen",
    ),
    (
        "check.stdin_filename",
        "De bestandsnaam voor de standaardinvoer in het rapport (en voor `per-file-ignores`)",
    ),
    (
        "check.unsafe_fixes",
        "Ook de onveilige oplossingen toepassen (hernoemen na een \"bedoelde u\", verwijderen): controleer ze",
    ),
    (
        "check.var_files",
        "Een Terraform-bestand met variabelewaarden, gelezen na `terraform.tfvars` en `*.auto.tfvars` (zoals `terraform plan -var-file`); herhaal het voor meerdere, het laatste wint",
    ),
    (
        "check.write_baseline",
        "De bevindingen van vandaag in een baselinebestand vastleggen, en niets melden",
    ),
    (
        "completions",
        "Een script voor aanvullen in de shell tonen: `amlint completions bash > /etc/bash_completion.d/amlint`",
    ),
    ("completions.shell", "De shell waarvoor het script is"),
    (
        "diff",
        "NIEUW controleren als update van OUD: elke bevinding van `check`, en elke wijziging van een veld dat na het maken niet meer kan veranderen of dat `az ml compute update` niet kan doorvoeren",
    ),
    ("diff.old", "De specificatie zoals ze was (geïmplementeerd)"),
    (
        "explain",
        "Eén regel uitleggen: wat ze controleert, waarom, haar bronnen en voorbeelden",
    ),
    ("explain.lang", "De taal: `en` of `nl` (zoals bij `check`)"),
    (
        "explain.rule",
        "Een regelcode (AML301) of naam (min-instances-above-max)",
    ),
    (
        "lang",
        "De taal van meldingen en hulp: `en` of `nl`, voor of na de opdracht (zoals `--lang` van elke opdracht)",
    ),
    (
        "man",
        "De handleidingpagina tonen (roff): `amlint man > /usr/local/share/man/man1/amlint.1`",
    ),
    (
        "policy",
        "De Azure Policy-definities tonen die `check` toepast: uit `[policy]` in de configuratie en uit `--policy`-bestanden, met de ernst die elk geeft en de waarden van de parameters",
    ),
    (
        "policy.action",
        "Wat te doen: `show` toont het beleid dat van kracht is",
    ),
    (
        "policy.config",
        "Dit configuratiebestand gebruiken in plaats van er een te zoeken",
    ),
    ("policy.format", "De uitvoer: `text` of `json`"),
    ("policy.isolated", "Geen configuratiebestand gebruiken"),
    ("policy.lang", "De taal: `en` of `nl` (zoals bij `check`)"),
    (
        "policy.policy",
        "Azure Policy-definities of beleidssets, zoals bij `check`",
    ),
    ("rules", "Elke regel tonen"),
    (
        "rules.format",
        "De indeling: text, json of markdown (de regelnaslag, zoals in `docs/rules.md`)",
    ),
    ("rules.lang", "De taal: `en` of `nl` (zoals bij `check`)"),
    (
        "schema",
        "Het JSON-schema van een type rekenkracht tonen, of met --all elk schema schrijven",
    ),
    (
        "schema.all",
        "Eén bestand per type plus `compute.schema.json` naar --out-dir schrijven",
    ),
    (
        "schema.config",
        "Het schema vernauwen met de `[policy]` van deze configuratie: wat het weigerende beleid van een veld toestaat, wordt de `enum`, `maximum`, `const` of `required` van dat veld (docs/policy.md)",
    ),
    (
        "schema.draft",
        "JSON Schema-versie: 07 (RJSF, JSON Forms, editors) of 2020-12",
    ),
    (
        "schema.kind",
        "Een type rekenkracht (`amlcompute`, `computeinstance`, ...), `compute` voor het schema dat het type kiest op `type`, of `config` voor het schema van het configuratiebestand",
    ),
    (
        "schema.lang",
        "De taal van titels en beschrijvingen: `en` (de standaard, wat de omgeving ook zegt: schema's zijn bestanden om vast te leggen) of `nl`",
    ),
    (
        "schema.mode",
        "`create`, of `update` voor een formulier dat bestaande rekenkracht bewerkt: velden die na het maken niet meer kunnen veranderen, zijn `readOnly`",
    ),
    ("schema.out_dir", "De map voor --all"),
    (
        "schema.policy",
        "Het schema ook vernauwen met deze Azure Policy-definities, zoals `check --policy` ze leest",
    ),
];

/// clap's own words, by id: its headings, help and version flags, and parse errors (`{arg}`,
/// `{value}`, `{command}`, `{flag}`, `{expected}`, `{actual}` are filled in). Sorted.
pub(super) static CLAP: &[(&str, &str)] = &[
    ("arguments", "Argumenten"),
    ("command", "OPDRACHT"),
    ("commands", "Opdrachten"),
    (
        "conflict",
        "het argument '{arg}' kan niet samen worden gebruikt met",
    ),
    (
        "conflict.others",
        "een of meer van de andere opgegeven argumenten",
    ),
    (
        "conflict.repeated",
        "het argument '{arg}' kan maar één keer worden opgegeven",
    ),
    ("default", "standaard"),
    ("did_you_mean", "bedoelde u '{value}'?"),
    ("error", "fout:"),
    ("help", "Hulp tonen"),
    (
        "help.command",
        "Deze hulp tonen, of de hulp bij een opdracht",
    ),
    ("invalid", "de opdrachtregel is ongeldig"),
    ("invalid_subcommand", "onbekende opdracht '{command}'"),
    ("invalid_value", "ongeldige waarde '{value}' voor '{arg}'"),
    ("missing", "deze vereiste argumenten ontbreken:"),
    (
        "missing_subcommand",
        "'{command}' heeft een opdracht nodig, maar er is er geen opgegeven",
    ),
    (
        "no_equals",
        "geef de waarde van '{arg}' op met een isgelijkteken",
    ),
    ("options", "Opties"),
    ("options.placeholder", "[OPTIES]"),
    ("possible_values", "mogelijke waarden"),
    ("subcommands", "opdrachten"),
    (
        "too_few",
        "'{arg}' heeft ten minste {expected} waarden nodig, maar kreeg er {actual}",
    ),
    (
        "too_many",
        "onverwachte waarde '{value}' voor '{arg}'; er werden geen waarden meer verwacht",
    ),
    ("try_help", "Zie '{flag}' voor meer informatie."),
    ("unknown_argument", "onverwacht argument '{arg}'"),
    ("usage", "Gebruik:"),
    (
        "value_required",
        "'{arg}' heeft een waarde nodig, maar er is er geen opgegeven",
    ),
    ("version", "Versie tonen"),
    (
        "wrong_count",
        "'{arg}' heeft {expected} waarden nodig, maar kreeg er {actual}",
    ),
];

/// The names of the values arguments take, by the English name clap shows (`<FILE>`). Sorted.
pub(super) static VALUE_NAMES: &[(&str, &str)] = &[
    ("ACTION", "ACTIE"),
    ("COLOR", "KLEUR"),
    ("DRAFT", "VERSIE"),
    ("FILE", "BESTAND"),
    ("FORMAT", "INDELING"),
    ("FORMAT=FILE", "INDELING=BESTAND"),
    ("KIND", "TYPE"),
    ("LANG", "TAAL"),
    ("MODE", "MODUS"),
    ("OLD", "OUD"),
    ("OUT_DIR", "MAP"),
    ("PATH", "PAD"),
    ("PATHS", "PADEN"),
    ("RULE", "REGEL"),
    ("RULES", "REGELS"),
    ("RULES=LEVEL", "REGELS=NIVEAU"),
    ("SEVERITY", "ERNST"),
    ("SHELL", "SHELL"),
    ("STDIN_FILENAME", "NAAM"),
];
