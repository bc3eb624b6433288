//! The benchmark harness (`scripts/bench`) keeps working: on a tiny corpus (`--smoke`: 3 files,
//! only the tools already installed, nothing installed) it prints amlint's row of the speed table
//! and the verdict matrix, well formed. Timings are not asserted: the machines are shared.

use std::process::Command;

/// The cells of a Markdown table row, or `None` for a line that is not one.
fn cells(line: &str) -> Option<Vec<&str>> {
    let inner = line.strip_prefix('|')?.strip_suffix('|')?;
    Some(inner.split('|').map(str::trim).collect())
}

/// The row of `table` whose first cell starts with `label`.
fn row<'a>(table: &'a [Vec<&'a str>], label: &str) -> &'a [&'a str] {
    table
        .iter()
        .find(|cells| cells[0].starts_with(label))
        .unwrap_or_else(|| panic!("no row {label:?} in {table:?}"))
}

/// The table that starts with a header row whose first cells are `header`.
fn table<'a>(out: &'a str, header: &[&str]) -> Vec<Vec<&'a str>> {
    let lines: Vec<&str> = out.lines().collect();
    let start = lines
        .iter()
        .position(|line| cells(line).is_some_and(|c| c.starts_with(header)))
        .unwrap_or_else(|| panic!("no table headed {header:?} in\n{out}"));
    let rows: Vec<Vec<&str>> = lines[start..]
        .iter()
        .map_while(|line| cells(line))
        .collect();
    let width = rows[0].len();
    assert!(
        rows[1].iter().all(|c| c.starts_with("---")),
        "{:?}",
        rows[1]
    );
    for row in &rows {
        assert_eq!(row.len(), width, "a row of another width: {row:?}");
    }
    rows
}

#[test]
fn the_harness_prints_amlint_s_row_and_the_verdict_matrix() {
    let root = env!("CARGO_MANIFEST_DIR");
    let done = Command::new("python3")
        .args([
            "scripts/bench",
            "--smoke",
            "--amlint",
            env!("CARGO_BIN_EXE_amlint"),
        ])
        .current_dir(root)
        .output()
        .unwrap();
    let out = String::from_utf8(done.stdout).unwrap();
    assert!(
        done.status.success(),
        "{out}\n{}",
        String::from_utf8_lossy(&done.stderr)
    );

    let speed = table(&out, &["", "amlint (native)"]);
    let time = regex::Regex::new(r"^\d+(\.\d+)? (ms|s) \(").unwrap();
    let three = row(&speed, "3 files");
    assert!(time.is_match(three[1]), "amlint's cell: {three:?}");
    let rss = row(&speed, "peak RSS");
    assert!(rss[1].ends_with(" MB"), "amlint's peak RSS: {rss:?}");

    let verdicts = table(&out, &["corpus", "specs", "amlint (native)"]);
    let count = regex::Regex::new(r"^(\d+)/(\d+)").unwrap();
    for label in [
        "rules' failing examples: error rules",
        "rules' failing examples: warning rules",
        "examples/invalid",
        "examples/valid",
        "rules' passing examples",
    ] {
        let cells = row(&verdicts, label);
        let found = count
            .captures(cells[2])
            .unwrap_or_else(|| panic!("amlint's cell: {cells:?}"));
        assert_eq!(&found[2], cells[1], "out of the row's specs: {cells:?}");
        assert!(found[1].parse::<u32>().unwrap() <= found[2].parse().unwrap());
    }
}
