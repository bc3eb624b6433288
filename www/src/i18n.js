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
    form: (kind) => `${kind} form`,
    findings: "Findings",
    count: { error: ["error", "errors"], warning: ["warning", "warnings"], info: ["info", "infos"] },
    clean: "No problems: this spec passes every amlint rule.",
    download: "Download YAML",
    fix: "Fix",
    fixAll: "Fix all",
    unsafeFix: "Probably right: check the result",
    hint: (command) => [`The spec as `, command, ` reads it. Paste or edit YAML here: the form follows, and findings show line:column.`],
  },
  nl: {
    title: "amlint-speeltuin",
    intro:
      "Formulieren voor Azure Machine Learning-rekenkracht, opgebouwd uit de JSON-schema's van amlint en bij elke wijziging gecontroleerd door de WebAssembly-versie — dezelfde regels, codes en meldingen als",
    language: "Taal",
    tabs: { instance: "Reken-exemplaar", cluster: "Rekencluster", inference: "Inferentiecluster", attached: "Gekoppelde rekenkracht" },
    computeType: "Rekentype",
    form: (kind) => `Formulier ${kind}`,
    findings: "Bevindingen",
    count: { error: ["fout", "fouten"], warning: ["waarschuwing", "waarschuwingen"], info: ["informatiemelding", "informatiemeldingen"] },
    clean: "Geen problemen: deze specificatie voldoet aan elke regel van amlint.",
    download: "YAML downloaden",
    fix: "Oplossen",
    fixAll: "Alles oplossen",
    unsafeFix: "Waarschijnlijk juist: controleer het resultaat",
    hint: (command) => [`De specificatie zoals `, command, ` haar leest. Plak of bewerk hier YAML: het formulier volgt, en bevindingen tonen regel:kolom.`],
  },
};
