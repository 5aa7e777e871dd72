//! The pyo3 module `summitry._summitry`.
