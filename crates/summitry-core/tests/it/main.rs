//! Integration tests of summitry-core: one binary for all (saves link time).

mod time;
mod extract;
