//! Integration tests of the `summitry` command: one binary for all (saves link time).

mod commands;
mod extraction_quality;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Runs the built `summitry` binary.
pub(crate) fn summitry(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_summitry"))
        .args(args)
        .output()
        .expect("the summitry binary runs")
}

pub(crate) fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

pub(crate) fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("stderr is UTF-8")
}

/// A fresh empty folder for one test.
pub(crate) fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("summitry-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// `../shared` beside the repository, when this machine has it.
pub(crate) fn shared() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
    dir.join("corpus/seeds").is_dir().then_some(dir)
}
