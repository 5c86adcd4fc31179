//! Layer 1, data: the data files, their formats and checks, and what the build embeds. Reads
//! text into typed values (`Dataset`) or says which file, line, column and value is wrong, and
//! what (a `Problem`, worded by `wording::data_errors`). Also the map geometry the page fetches
//! (`map_geometry`). `build.rs` compiles the loaders too, so within this layer modules name each other
//! as `super::…`.

pub mod bundled;
pub mod codebook;
pub mod csv;
pub mod dataset;
pub mod error;
pub mod json;
pub mod map_geometry;
pub mod opened_file;
pub mod opened_workbook;
pub mod register;
pub mod responses;
pub mod snapshot;
