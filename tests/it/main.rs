//! The single integration-test binary (one link step instead of many).
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::panic,
    reason = "in tests a failing unwrap is a failing test"
)]

mod architecture;
mod az_ml_readings;
mod azure_policy;
mod bench;
mod ci;
mod cli;
mod context;
mod docs;
mod dutch;
mod fixes;
mod fixtures;
mod grammar;
mod hostile_files;
mod iac;
mod messages;
mod printing;
mod promises;
mod pyyaml;
mod registry;
mod release;
mod robustness;
mod schema;
mod secrets;
mod support;
mod wasm_parity;
