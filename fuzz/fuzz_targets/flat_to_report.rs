//! Any text, as the flat notation the npm package hands a JS value over in: read, checked and
//! written back as the findings text JS reads. Nothing may panic.
#![no_main]

use amlint::{Kind, Locale, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for (kind, form_state) in [(None, false), (Some(Kind::AmlCompute), true)] {
        let options = Options {
            kind,
            form_state,
            ..Options::default()
        };
        let _ = amlint::wasm::validate_flat(text, &options, Locale::En);
    }
});
