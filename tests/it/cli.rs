//! The command line, as data: each `tests/cmd/*.toml` holds arguments, input and the expected
//! output and exit code. `TRYCMD=overwrite cargo test` rewrites the expectations.

#[test]
fn cli_cases() {
    trycmd::TestCases::new()
        .register_bin("amlint", std::path::Path::new(env!("CARGO_BIN_EXE_amlint")))
        .case("tests/cmd/*.toml");
}
