//! Layer 6, render: models made into what the reader gets — HTML (tables, key figures,
//! organisation page, «Om dataene», filter controls), chart options (`charts`), downloads
//! (`export`) and the embed snippet.

pub mod about_html;
pub mod charts;
pub mod comparison_csv;
pub mod comparison_html;
pub mod comparison_svg;
pub mod comparison_text;
pub mod embed_snippet;
pub mod export;
pub mod filter_controls;
pub mod key_figures_html;
pub mod map_job;
pub mod map_svg;
pub mod organisation_html;
pub mod organisation_text;
pub mod own_data_html;
pub mod respondent_template;
pub mod search_html;
pub mod summary_text;
pub mod table_html;
