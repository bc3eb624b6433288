// The playground's own words (its chrome: headings, tabs, buttons), in each language it offers.
// Everything about specs — findings, labels, help, kind names — comes from amlint in the language
// asked for; react-jsonschema-form's own buttons are translated here (its `translateString`).
import { englishStringTranslator, TranslatableString } from "@rjsf/utils";

export const LANGUAGES = ["en", "nl"];

const RJSF_NL = {
  [TranslatableString.AddButton]: "Toevoegen",
  [TranslatableString.AddItemButton]: "Item toevoegen",
  [TranslatableString.CopyButton]: "Kopiëren",
  [TranslatableString.MoveDownButton]: "Omlaag",
  [TranslatableString.MoveUpButton]: "Omhoog",
  [TranslatableString.RemoveButton]: "Verwijderen",
  [TranslatableString.ArrayItemTitle]: "Item",
  [TranslatableString.NewStringDefault]: "Nieuwe waarde",
  [TranslatableString.YesLabel]: "Ja",
  [TranslatableString.NoLabel]: "Nee",
  [TranslatableString.ClearButton]: "invoer wissen",
  [TranslatableString.KeyLabel]: "Sleutel %1",
  [TranslatableString.OptionPrefix]: "Optie %1",
  [TranslatableString.TitleOptionPrefix]: "%1 optie %2",
};

/** react-jsonschema-form's own words in `locale` (English is its default). */
export function rjsfTranslator(locale) {
  if (locale !== "nl") return undefined;
  return (text, params) => {
    const dutch = RJSF_NL[text];
    if (dutch === undefined) return englishStringTranslator(text, params);
    return (params ?? []).reduce((out, param, i) => out.replaceAll(`%${i + 1}`, param), dutch);
  };
}

export const WORDS = {
  en: {
    title: "amlint playground",
    intro:
      "Azure Machine Learning compute forms, rendered from amlint's JSON Schemas and checked on every change by its WebAssembly build — the same rules, codes and messages as",
    language: "Language",
    tabs: { instance: "Compute instance", cluster: "Compute cluster", inference: "Inference cluster", attached: "Attached compute" },
    computeType: "Compute type",
    kindsNav: "Kinds of compute",
    form: (kind) => `${kind} form`,
    findings: "Findings",
    count: { error: ["error", "errors"], warning: ["warning", "warnings"], info: ["info", "infos"] },
    clean: "No problems: this spec passes every amlint rule.",
    download: "Download YAML",
    fix: "Fix",
    fixAll: "Fix all",
    unsafeFix: "Probably right: check the result",
    hint: (command) => [`The spec as `, command, ` reads it. Paste or edit YAML here: the form follows, and findings show line:column.`],
    steps: { basics: "Basics", size: "Virtual machine size", settings: "Settings", advanced: "Advanced settings" },
    inAdvanced: (n) => (n === 1 ? "1 finding" : `${n} findings`),
    secretsMasked: "Secrets are masked here; the download holds them.",
    loading: "Loading the YAML reader…",
    locked: "Locked: cannot be changed once the compute exists",
    edit: {
      title: "Edit an existing compute",
      paste: "Existing compute: its YAML, or the output of az ml compute show -o json",
      load: "Edit this compute",
      stop: "Create a new compute instead",
      editing: (name) => `Editing ${name}: fields that cannot change are locked; the YAML shows only what changes.`,
      notSpec: "This is not a compute spec: paste its YAML or az ml compute show -o json.",
      yaml: "YAML for az ml compute update: only what changes",
      nothing: "# nothing changes yet\n",
      hint: (command) => ["Only the fields that change, with the name: set them with ", command, " (its options, such as --max-instances), or submit the whole spec again with az ml compute create when more changes."],
    },
    policy: {
      title: "Policy",
      files: "Azure Policy definitions (JSON files)",
      presets: "Built-in sets",
      preset: { "azure-builtin": "Azure's built-in policies for computes", alz: "Azure Landing Zones (Deny-MachineLearning-*)" },
      loaded: "Loaded",
      remove: "Remove",
      bounds: "What the policy allows",
      allowed: (n) => `${n} allowed`,
      atMost: (n) => `at most ${n}`,
      atLeast: (n) => `at least ${n}`,
      exactly: (v) => `only ${v}`,
      none: "No policy loaded: load a definition or pick a built-in set.",
      unread: (name, message) => `${name} was not read: ${message}`,
      tooLarge: (name) => `${name} was not read: it is larger than 1 MiB, more than amlint reads of a file.`,
    },
  },
  nl: {
    title: "amlint-speeltuin",
    intro:
      "Formulieren voor Azure Machine Learning-rekenkracht, opgebouwd uit de JSON-schema's van amlint en bij elke wijziging gecontroleerd door de WebAssembly-versie — dezelfde regels, codes en meldingen als",
    language: "Taal",
    tabs: { instance: "Reken-exemplaar", cluster: "Rekencluster", inference: "Inferentiecluster", attached: "Gekoppelde rekenkracht" },
    computeType: "Rekentype",
    kindsNav: "Soorten rekenkracht",
    form: (kind) => `Formulier ${kind}`,
    findings: "Bevindingen",
    count: { error: ["fout", "fouten"], warning: ["waarschuwing", "waarschuwingen"], info: ["informatiemelding", "informatiemeldingen"] },
    clean: "Geen problemen: deze specificatie voldoet aan elke regel van amlint.",
    download: "YAML downloaden",
    fix: "Oplossen",
    fixAll: "Alles oplossen",
    unsafeFix: "Waarschijnlijk juist: controleer het resultaat",
    hint: (command) => [`De specificatie zoals `, command, ` haar leest. Plak of bewerk hier YAML: het formulier volgt, en bevindingen tonen regel:kolom.`],
    steps: { basics: "Basis", size: "Grootte van de virtuele machine", settings: "Instellingen", advanced: "Geavanceerde instellingen" },
    inAdvanced: (n) => (n === 1 ? "1 bevinding" : `${n} bevindingen`),
    secretsMasked: "Geheimen zijn hier gemaskeerd; de download bevat ze.",
    loading: "De YAML-lezer wordt geladen…",
    locked: "Vergrendeld: kan niet meer veranderen zodra de rekenkracht bestaat",
    edit: {
      title: "Bestaande rekenkracht bewerken",
      paste: "Bestaande rekenkracht: de YAML, of de uitvoer van az ml compute show -o json",
      load: "Deze rekenkracht bewerken",
      stop: "In plaats daarvan nieuwe rekenkracht maken",
      editing: (name) => `${name} bewerken: velden die niet kunnen veranderen zijn vergrendeld; de YAML toont alleen wat verandert.`,
      notSpec: "Dit is geen specificatie van rekenkracht: plak de YAML of de uitvoer van az ml compute show -o json.",
      yaml: "YAML voor az ml compute update: alleen wat verandert",
      nothing: "# nog verandert er niets\n",
      hint: (command) => ["Alleen de velden die veranderen, met de naam: stel ze in met ", command, " (de opties ervan, zoals --max-instances), of dien de hele specificatie opnieuw in met az ml compute create als er meer verandert."],
    },
    policy: {
      title: "Beleid",
      files: "Azure Policy-definities (JSON-bestanden)",
      presets: "Ingebouwde sets",
      preset: { "azure-builtin": "Ingebouwde beleidsregels van Azure voor rekenkracht", alz: "Azure Landing Zones (Deny-MachineLearning-*)" },
      loaded: "Geladen",
      remove: "Verwijderen",
      bounds: "Wat het beleid toestaat",
      allowed: (n) => `${n} toegestaan`,
      atMost: (n) => `hoogstens ${n}`,
      atLeast: (n) => `minstens ${n}`,
      exactly: (v) => `alleen ${v}`,
      none: "Geen beleid geladen: laad een definitie of kies een ingebouwde set.",
      unread: (name, message) => `${name} is niet gelezen: ${message}`,
      tooLarge: (name) => `${name} is niet gelezen: het is groter dan 1 MiB, meer dan amlint van een bestand leest.`,
    },
  },
};
