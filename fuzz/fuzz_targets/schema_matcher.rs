//! Any two JSON values, as a schema and an instance (or an instance for amlint's own combined
//! schema): the matcher answers or says the schema cannot be used, and never panics or hangs.
#![no_main]

use amlint::schema::{self, Draft};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (first, second) = text.split_once('\n').unwrap_or((&text, "null"));
    let (Ok(a), Ok(b)) = (
        serde_json::from_str::<serde_json::Value>(first),
        serde_json::from_str::<serde_json::Value>(second),
    ) else {
        return;
    };
    let _ = schema::matches(&a, &b, &a);
    let combined = schema::combined(Draft::Draft07).to_value();
    let _ = schema::matches(&combined, &a, &combined);
});
