//! Output formats. The only place where spans become lines and columns, and where colour lives.

use std::io::{self, Write};

use amlint::source::{Encoding, LineIndex, Position};
use amlint::{Diagnostic, Locale, Severity, Span};
use anstyle::{AnsiColor, Style};
use serde::Serialize;

use crate::Checked;

const BOLD: Style = Style::new().bold();
const GUTTER: Style = AnsiColor::Blue.on_default().bold();

fn severity_style(severity: Severity) -> Style {
    match severity {
        Severity::Error => AnsiColor::Red.on_default().bold(),
        Severity::Warning => AnsiColor::Yellow.on_default().bold(),
        Severity::Info => AnsiColor::Cyan.on_default().bold(),
    }
}

/// Start and end positions of a diagnostic; file-level findings point at 1:1.
fn positions(index: &LineIndex, text: &str, span: Option<Span>) -> (Position, Position) {
    let span = span.unwrap_or_default();
    (
        index.position(text, span.start as usize, Encoding::Chars),
        index.position(text, span.end as usize, Encoding::Chars),
    )
}

/// The source line with secrets replaced by `*`.
fn masked_line(index: &LineIndex, text: &str, line: usize, secrets: &[Span]) -> String {
    let start = index.line_start(line);
    let body = index.line(text, line);
    body.char_indices()
        .map(|(i, c)| {
            let at = u32::try_from(start + i).unwrap_or(u32::MAX);
            if secrets.iter().any(|s| s.start <= at && at < s.end) {
                '*'
            } else if c.is_control() && c != '\t' {
                // Raw control characters would garble the terminal.
                '\u{FFFD}'
            } else {
                c
            }
        })
        .collect()
}

#[derive(Default)]
struct Counts {
    errors: usize,
    warnings: usize,
    infos: usize,
}

impl Counts {
    fn add(&mut self, d: &Diagnostic) {
        match d.severity {
            Severity::Error => self.errors += 1,
            Severity::Warning => self.warnings += 1,
            Severity::Info => self.infos += 1,
        }
    }
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

pub(crate) fn human(out: &mut impl Write, files: &[Checked]) -> io::Result<()> {
    let mut counts = Counts::default();
    let mut with_findings = 0;
    for file in files {
        let index = LineIndex::new(&file.text);
        with_findings += usize::from(!file.report.diagnostics.is_empty());
        for d in &file.report.diagnostics {
            counts.add(d);
            let (start, end) = positions(&index, &file.text, d.span);
            let style = severity_style(d.severity);
            writeln!(
                out,
                "{BOLD}{}:{}:{}:{BOLD:#} {style}{}[{}]{style:#} {}",
                file.label,
                start.line,
                start.column,
                d.severity.as_str(),
                d.code(),
                d.message(Locale::En)
            )?;
            if d.span.is_none() || file.text.is_empty() {
                continue;
            }
            let line = masked_line(&index, &file.text, start.line, &file.report.secret_spans);
            let width = start.line.to_string().len();
            let carets = if end.line == start.line {
                end.column.saturating_sub(start.column).max(1)
            } else {
                line.chars().count().saturating_sub(start.column - 1).max(1)
            };
            writeln!(out, "{GUTTER}{:width$} |{GUTTER:#}", "")?;
            writeln!(out, "{GUTTER}{} |{GUTTER:#} {line}", start.line)?;
            writeln!(
                out,
                "{GUTTER}{:width$} |{GUTTER:#} {}{style}{}{style:#}",
                "",
                " ".repeat(start.column - 1),
                "^".repeat(carets)
            )?;
        }
    }
    if counts.errors + counts.warnings + counts.infos == 0 {
        writeln!(out, "No problems found in {}.", plural(files.len(), "file"))?;
    } else {
        writeln!(
            out,
            "Found {}, {} and {} in {} of {}.",
            plural(counts.errors, "error"),
            plural(counts.warnings, "warning"),
            plural(counts.infos, "info"),
            with_findings,
            plural(files.len(), "file")
        )?;
    }
    Ok(())
}

#[derive(Serialize)]
struct JsonReport<'a> {
    files: Vec<JsonFile<'a>>,
    summary: JsonSummary,
}

#[derive(Serialize)]
struct JsonFile<'a> {
    path: &'a str,
    diagnostics: Vec<JsonDiagnostic>,
}

#[derive(Serialize)]
struct JsonDiagnostic {
    code: &'static str,
    rule: &'static str,
    severity: Severity,
    pointer: String,
    document: usize,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    message: String,
}

#[derive(Serialize)]
struct JsonSummary {
    files: usize,
    errors: usize,
    warnings: usize,
    infos: usize,
}

pub(crate) fn json(out: &mut impl Write, files: &[Checked]) -> io::Result<()> {
    let mut counts = Counts::default();
    let files_json = files
        .iter()
        .map(|file| {
            let index = LineIndex::new(&file.text);
            let diagnostics = file
                .report
                .diagnostics
                .iter()
                .map(|d| {
                    counts.add(d);
                    let (start, end) = positions(&index, &file.text, d.span);
                    JsonDiagnostic {
                        code: d.code(),
                        rule: d.rule.name,
                        severity: d.severity,
                        pointer: d.pointer.clone(),
                        document: d.document,
                        line: start.line,
                        column: start.column,
                        end_line: end.line,
                        end_column: end.column,
                        message: d.message(Locale::En),
                    }
                })
                .collect();
            JsonFile {
                path: &file.label,
                diagnostics,
            }
        })
        .collect();
    let report = JsonReport {
        files: files_json,
        summary: JsonSummary {
            files: files.len(),
            errors: counts.errors,
            warnings: counts.warnings,
            infos: counts.infos,
        },
    };
    serde_json::to_writer_pretty(&mut *out, &report).map_err(io::Error::other)?;
    writeln!(out)
}

#[derive(Serialize)]
struct JsonRule {
    code: &'static str,
    name: &'static str,
    severity: Severity,
    kinds: Vec<&'static str>,
    summary: String,
    docs: String,
    schema_keywords: Option<&'static [&'static str]>,
}

pub(crate) fn rules_json(out: &mut impl Write) -> io::Result<()> {
    let rules: Vec<JsonRule> = amlint::RULES
        .iter()
        .map(|rule| JsonRule {
            code: rule.code,
            name: rule.name,
            severity: rule.severity,
            kinds: rule.kinds.iter().map(|k| k.type_name()).collect(),
            summary: rule.summary(),
            docs: rule.docs(),
            schema_keywords: match rule.enforcement {
                amlint::Enforcement::Schema(keywords) => Some(keywords),
                amlint::Enforcement::Semantic => None,
            },
        })
        .collect();
    serde_json::to_writer_pretty(&mut *out, &rules).map_err(io::Error::other)?;
    writeln!(out)
}

const GROUPS: &[(&str, &str)] = &[
    ("AML0", "File and YAML"),
    ("AML1", "Fields, types and values"),
    ("AML2", "Compute names"),
    ("AML3", "Nodes and VM sizes"),
    ("AML4", "Networking and location"),
    ("AML5", "SSH, secrets and identity"),
    ("AML6", "Compute instance extras"),
    ("AML7", "AKS inference clusters"),
    ("AML8", "Resource IDs and URLs"),
];

/// The rule reference in Markdown, generated from the registry (`docs/rules.md`).
pub(crate) fn rules_markdown(out: &mut impl Write) -> io::Result<()> {
    writeln!(
        out,
        "<!-- @generated by `amlint rules --format markdown`; do not edit by hand. -->"
    )?;
    writeln!(out, "# amlint rules\n")?;
    writeln!(
        out,
        "Every rule amlint checks, generated from the rule registry. Sources cite sections of \
         [`reference/azure-compute-rules.md`](reference/azure-compute-rules.md) (the project's \
         reference on Azure ML compute fields) and the \
         source tags used there.\n"
    )?;
    writeln!(
        out,
        "**Severity.** *error*: Azure (service, SDK or CLI) would reject the spec, or the studio article amlint was specified from states it and no newer authoritative source relaxes it. *warning*: a limit that newer sources relax, a risk, or something that needs context. *info*: advice.\n"
    )?;
    writeln!(
        out,
        "**Schema.** Rules marked with keywords are also expressed by the JSON Schemas; the others need amlint itself (arithmetic across fields, tables, YAML reading, several files).\n"
    )?;
    writeln!(out, "| code | name | severity | applies to | schema |")?;
    writeln!(out, "|---|---|---|---|---|")?;
    for rule in amlint::RULES {
        writeln!(
            out,
            "| [{}](#{}) | {} | {} | {} | {} |",
            rule.code,
            rule.code.to_ascii_lowercase(),
            rule.name,
            rule.severity.as_str(),
            kinds_text(rule),
            enforcement_text(rule)
        )?;
    }
    for (prefix, title) in GROUPS {
        writeln!(out, "\n## {title}")?;
        for rule in amlint::RULES.iter().filter(|r| r.code.starts_with(prefix)) {
            writeln!(out, "\n### {}\n", rule.code)?;
            writeln!(
                out,
                "`{}` · {} · applies to {} · schema: {}\n",
                rule.name,
                rule.severity.as_str(),
                kinds_text(rule),
                enforcement_text(rule)
            )?;
            writeln!(out, "{}\n", rule.docs())?;
            if !rule.invalid.is_empty() {
                writeln!(
                    out,
                    "Fails:\n\n```yaml\n{}```\n",
                    rule.invalid.replace('\0', "\\0")
                )?;
            }
            writeln!(out, "Passes:\n\n```yaml\n{}```", rule.valid)?;
        }
    }
    Ok(())
}

fn kinds_text(rule: &amlint::Rule) -> String {
    if rule.kinds.len() == amlint::Kind::ALL.len() {
        "all kinds".to_owned()
    } else {
        rule.kinds
            .iter()
            .map(|k| format!("`{k}`"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

fn enforcement_text(rule: &amlint::Rule) -> String {
    match rule.enforcement {
        amlint::Enforcement::Schema(keywords) => keywords
            .iter()
            .map(|k| format!("`{k}`"))
            .collect::<Vec<_>>()
            .join(", "),
        amlint::Enforcement::Semantic => "—".to_owned(),
    }
}
