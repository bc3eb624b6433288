//! Fixtures shared by the test modules.

use amlint::{FILE_SEPARATOR, RULES};

/// Every spec text in the rule declarations' examples (several-file examples split into files);
/// the ARM templates of the rules about what only IaC inputs state are not specs.
pub(crate) fn rule_examples() -> Vec<String> {
    RULES
        .iter()
        .filter(|r| r.input == amlint::Input::Yaml)
        .flat_map(|r| [r.invalid, r.valid])
        .flat_map(|t| t.split(FILE_SEPARATOR))
        .map(str::to_owned)
        .collect()
}

/// The `.yml` files of a folder of the repository, sorted: `(path, bytes)`.
pub(crate) fn spec_files(folder: &str) -> Vec<(String, Vec<u8>)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(folder);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yml"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no specs in {folder}");
    files
        .into_iter()
        .map(|p| (p.display().to_string(), std::fs::read(&p).unwrap()))
        .collect()
}

/// The texts of [`spec_files`].
pub(crate) fn spec_texts(folder: &str) -> Vec<String> {
    spec_files(folder)
        .into_iter()
        .map(|(_, bytes)| String::from_utf8_lossy(&bytes).into_owned())
        .collect()
}

/// Every report the library renders for `files`: each format (the human ones plain and styled),
/// the statistics, the GitHub step summary and the baseline.
pub(crate) fn every_output(files: &[amlint::report::File]) -> String {
    use amlint::report::{self, Baseline, Format, Settings, Style};
    let settings = Settings::default();
    let mut out = String::new();
    for format in Format::ALL {
        for style in [Style::Plain, Style::Ansi] {
            out.push_str(&report::render(*format, files, &settings, style, true, 1));
        }
    }
    out.push_str(&report::statistics(files, settings.locale));
    out.push_str(&report::github_summary(files, &settings));
    out.push_str(&Baseline::write(files, &settings));
    out
}

/// A fresh folder under the system's temporary folder, named after the test module and case,
/// removed when dropped.
pub(crate) struct Scratch(pub(crate) std::path::PathBuf);

impl Scratch {
    pub(crate) fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("amlint-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }

    /// The same, marked as a repository's root: a config file above it is not the run's.
    pub(crate) fn root(name: &str) -> Scratch {
        let scratch = Scratch::new(name);
        std::fs::create_dir_all(scratch.0.join(".git")).unwrap();
        scratch
    }

    pub(crate) fn join(&self, path: &str) -> std::path::PathBuf {
        self.0.join(path)
    }

    /// Writes `text` at `path` inside, creating the folders on the way.
    pub(crate) fn write(&self, path: &str, text: &str) -> std::path::PathBuf {
        let path = self.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
        path
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The command's source files (`src/bin/amlint/*.rs`) but those named in `except`: (file name,
/// code without its `#[cfg(test)]` part), for the tests that hold where the command does IO.
pub(crate) fn command_sources(except: &[&str]) -> Vec<(String, String)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/bin/amlint");
    let mut sources: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter_map(|path| {
            let name = path.file_name()?.to_string_lossy().into_owned();
            if except.contains(&name.as_str()) {
                return None;
            }
            let code = std::fs::read_to_string(&path).unwrap();
            let code = code
                .split("#[cfg(test)]")
                .next()
                .unwrap_or_default()
                .to_owned();
            Some((name, code))
        })
        .collect();
    assert!(!sources.is_empty(), "no sources in {}", dir.display());
    sources.sort();
    sources
}
