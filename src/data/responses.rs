//! The answers: `data/respondents.csv`, one row per responding organisation, stored column by
//! column as answer codes (0 = not answered) for fast counting.

use super::codebook::{Codebook, ColumnId};
use super::csv::{quote, Table};
use super::error::{DataError, Missing, Problem, Repeated};
use super::register::{OrgType, Register};

pub const RESPONDENTS_FILE: &str = "data/respondents.csv";

/// An optional column with the organisation's name, for people filling in a file; not read.
pub const NAME_COLUMN: &str = "navn";

/// Code stored for a blank cell: the item was not answered (or not asked).
pub const NOT_ANSWERED: u8 = 0;

#[derive(Debug, Clone, PartialEq)]
pub struct Responses {
    /// Answer columns in codebook order.
    pub columns: Vec<ColumnId>,
    /// For each respondent, its index in the register.
    pub organisation: Vec<u32>,
    /// `codes[column][respondent]`: the answer code, or [`NOT_ANSWERED`].
    pub codes: Vec<Vec<u8>>,
}

impl Responses {
    pub fn len(&self) -> usize {
        self.organisation.len()
    }

    pub fn is_empty(&self) -> bool {
        self.organisation.is_empty()
    }

    pub fn column_index(&self, column: &ColumnId) -> Option<usize> {
        self.columns.iter().position(|c| c == column)
    }

    /// Row of the respondent that is register organisation `org`, if it answered.
    pub fn row_of(&self, org: usize) -> Option<usize> {
        self.organisation.iter().position(|&o| o as usize == org)
    }

    /// Parses and validates the respondent file against the codebook and register; the first
    /// fault, if any.
    pub fn parse(
        text: &str,
        codebook: &Codebook,
        register: &Register,
    ) -> Result<Responses, DataError> {
        let table = Table::parse(RESPONDENTS_FILE, text)?;
        Responses::check(&table, codebook, register).map_err(|mut errors| errors.swap_remove(0))
    }

    /// Validates a parsed respondent file against the codebook and register: the answers, or
    /// every fault found, in the order of the file (never an empty list). A column `navn` (the
    /// organisation's name, for the people who fill in the file) is allowed and not read.
    pub fn check(
        table: &Table,
        codebook: &Codebook,
        register: &Register,
    ) -> Result<Responses, Vec<DataError>> {
        let file = table.file.as_str();
        if table.header.first().map(String::as_str) != Some("id")
            || table.header.get(1).map(String::as_str) != Some("type")
        {
            return Err(vec![DataError::new(file, 1, Problem::FirstColumns)]);
        }
        let columns = codebook.columns();
        let mut errors = Vec::new();
        // For each codebook column, its position in the file.
        let mut file_position = vec![usize::MAX; columns.len()];
        for (position, name) in table.header.iter().enumerate().skip(2) {
            if name == NAME_COLUMN {
                continue;
            }
            let id = ColumnId::parse(name);
            match columns.iter().position(|c| *c == id) {
                Some(index) => file_position[index] = position,
                None => errors.push(
                    DataError::new(file, 1, Problem::ColumnNotInCodebook).column(name.clone()),
                ),
            }
        }
        for (column, _) in columns
            .iter()
            .zip(&file_position)
            .filter(|(_, &p)| p == usize::MAX)
        {
            errors.push(DataError::new(file, 1, Problem::ColumnMissing).column(column.name()));
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let scales: Vec<_> = columns
            .iter()
            .map(|c| {
                codebook.scale_of(
                    codebook
                        .question(&c.question)
                        .expect("column from codebook"),
                )
            })
            .collect();

        let mut seen = vec![false; register.organisations.len()];
        let mut organisation = Vec::with_capacity(table.records.len());
        let mut lines = Vec::with_capacity(table.records.len());
        let mut codes = vec![Vec::with_capacity(table.records.len()); columns.len()];
        for row in table.rows() {
            let org = (|| {
                let type_key = row.get("type")?;
                let org_type = OrgType::from_key(type_key)
                    .ok_or_else(|| row.error("type", type_key, Problem::UnknownOrgType))?;
                let digits = if org_type == OrgType::Kommune { 4 } else { 2 };
                let id = row.digits("id", digits)?;
                let org = register.position(org_type, id).ok_or_else(|| {
                    row.error("id", id, Problem::Unknown(Missing::Organisation(org_type)))
                })?;
                if std::mem::replace(&mut seen[org], true) {
                    return Err(row.error("id", id, Problem::Repeated(Repeated::Answer)));
                }
                Ok(org)
            })();
            let org = match org {
                Ok(org) => org,
                Err(error) => {
                    errors.push(error);
                    continue;
                }
            };
            organisation.push(org as u32);
            lines.push(row.record.line);
            for (index, column) in columns.iter().enumerate() {
                let raw = row.record.fields[file_position[index]].trim();
                let code = if raw.is_empty() {
                    NOT_ANSWERED
                } else {
                    match raw.parse::<u8>() {
                        Ok(code) if scales[index].index_of(code).is_some() => code,
                        _ => {
                            errors.push(row.error(
                                &column.name(),
                                raw,
                                Problem::AnswerCode {
                                    valid: scales[index].code_list(),
                                },
                            ));
                            NOT_ANSWERED
                        }
                    }
                };
                codes[index].push(code);
            }
        }
        let responses = Responses {
            columns,
            organisation,
            codes,
        };
        responses.check_conditions(codebook, file, &lines, &mut errors);
        if errors.is_empty() {
            Ok(responses)
        } else {
            // In the order of the file: by line, then as found.
            errors.sort_by_key(|e| e.line);
            Err(errors)
        }
    }

    /// A conditional question may only be answered when its condition holds; `lines` are the
    /// file's line of each respondent.
    fn check_conditions(
        &self,
        codebook: &Codebook,
        file: &str,
        lines: &[usize],
        errors: &mut Vec<DataError>,
    ) {
        for (index, column) in self.columns.iter().enumerate() {
            let question = codebook
                .question(&column.question)
                .expect("column from codebook");
            let Some(condition) = &question.asked_when else {
                continue;
            };
            let parent = self
                .column_index(&ColumnId::new(&condition.question, None))
                .expect("validated condition");
            for (row, &code) in self.codes[index].iter().enumerate() {
                let parent_code = self.codes[parent][row];
                if code != NOT_ANSWERED && !condition.codes.contains(&parent_code) {
                    errors.push(
                        DataError::new(
                            file,
                            lines[row],
                            Problem::NotAsked {
                                question: condition.question.as_str().into(),
                                codes: condition.codes.as_slice().into(),
                                had: (parent_code != NOT_ANSWERED).then_some(parent_code),
                            },
                        )
                        .column(column.name())
                        .value(code.to_string()),
                    );
                }
            }
        }
    }

    /// Writes the table in the file format [`Responses::parse`] reads.
    pub fn to_csv(&self, register: &Register) -> String {
        let mut out = String::from("id,type");
        for column in &self.columns {
            out.push(',');
            out.push_str(&quote(&column.name()));
        }
        out.push('\n');
        for (row, &org) in self.organisation.iter().enumerate() {
            let org = &register.organisations[org as usize];
            out.push_str(&org.id);
            out.push(',');
            out.push_str(org.org_type.key());
            for column in &self.codes {
                out.push(',');
                if column[row] != NOT_ANSWERED {
                    out.push_str(&column[row].to_string());
                }
            }
            out.push('\n');
        }
        out
    }
}
