//! Integration tests of summitry-core: one binary for all (saves link time).

mod actors;
mod time;
mod extract;
mod topics;
