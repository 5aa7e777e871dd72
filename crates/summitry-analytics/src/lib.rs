//! Polars DataFrames of documents, events and meetings, and analytics over them.
