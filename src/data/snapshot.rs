//! The dataset as a compact binary snapshot, written once at build time (`build.rs`, after the
//! files have been parsed and validated with every check of `Dataset::parse`) and read by the
//! page at start. The page then neither carries the parsers and their messages nor spends its
//! first task parsing text: a bad data file stops the build with the same Norwegian message the
//! parser gives, instead of reaching readers.
//!
//! Format: `AGM1`; the table of distinct strings (count, then each as length + UTF-8); then the
//! fields of [`Dataset`] in declaration order: whole numbers as LEB128, strings as their index
//! in the table (names of fylker and landsdeler, labels of scales repeat hundreds of times),
//! lists as length + items, options as 0/1 + value, `f64` as its 8 bytes (little-endian).
//! The register's organisations and successors are written column by column (the count, then
//! each field for all of them), so that a column's repeating values compress together; a
//! successor's share is 0 for 1 (all but the split kommuner) or 1 and the 8 bytes.

use super::codebook::{
    Code, CodeGroup, Codebook, ColumnId, Condition, Item, KeyFigureDef, Question, Scale,
    SizeClassDef, Text, Theme,
};
use super::dataset::{Dataset, DatasetMeta};
use super::register::{OrgType, Organisation, Register, Successor};
use super::responses::Responses;

const MAGIC: &[u8; 4] = b"AGM1";

/// The register's text fields, in the order their columns are written.
const ORGANISATION_TEXTS: [fn(&mut Organisation) -> &mut String; 7] = [
    |o| &mut o.id,
    |o| &mut o.name,
    |o| &mut o.unique_name,
    |o| &mut o.fylkesnr,
    |o| &mut o.fylke,
    |o| &mut o.landsdel,
    |o| &mut o.ssb_landsdel,
];
const SUCCESSOR_TEXTS: [fn(&mut Successor) -> &mut String; 4] = [
    |s| &mut s.knr_2017,
    |s| &mut s.knr_2024,
    |s| &mut s.name_2024,
    |s| &mut s.fylke_2024,
];

/// Where the page reads the snapshot from, for messages.
pub const SNAPSHOT_FILE: &str = "dataset.bin";

// ---- writing ----

struct Writer {
    body: Vec<u8>,
    strings: Vec<String>,
    index: std::collections::HashMap<String, u64>,
}

impl Writer {
    fn new() -> Writer {
        Writer {
            body: Vec::new(),
            strings: Vec::new(),
            index: std::collections::HashMap::new(),
        }
    }

    /// The snapshot: magic, string table, body.
    fn finish(self) -> Vec<u8> {
        let mut out = Writer::new();
        out.body.extend_from_slice(MAGIC);
        out.uint(self.strings.len() as u64);
        for text in &self.strings {
            out.bytes(text.as_bytes());
        }
        out.body.extend_from_slice(&self.body);
        out.body
    }

    fn uint(&mut self, mut value: u64) {
        loop {
            let byte = (value & 0x7f) as u8;
            value >>= 7;
            if value == 0 {
                self.body.push(byte);
                return;
            }
            self.body.push(byte | 0x80);
        }
    }

    /// The place of `text` in the table, added when new.
    fn index_of(&mut self, text: &str) -> u64 {
        let next = self.strings.len() as u64;
        let index = *self.index.entry(text.to_string()).or_insert(next);
        if index == next {
            self.strings.push(text.to_string());
        }
        index
    }

    fn str(&mut self, text: &str) {
        let index = self.index_of(text);
        self.uint(index);
    }

    /// A text field of every record, as the step in the table from the record before (zigzag:
    /// 0, -1, 1, -2 … as 0, 1, 2, 3 …): names new to the table come one after the other, and a
    /// fylke repeats, so the steps are mostly 1 or 0.
    fn text_columns<T>(&mut self, records: &mut [T], fields: &[fn(&mut T) -> &mut String]) {
        for field in fields {
            let mut previous = 0u64;
            for record in records.iter_mut() {
                let index = self.index_of(field(record));
                let step = index.wrapping_sub(previous) as i64;
                self.uint(((step << 1) ^ (step >> 63)) as u64);
                previous = index;
            }
        }
    }

    fn opt_str(&mut self, text: &Option<String>) {
        self.uint(text.is_some() as u64);
        if let Some(text) = text {
            self.str(text);
        }
    }

    fn bytes(&mut self, bytes: &[u8]) {
        self.uint(bytes.len() as u64);
        self.body.extend_from_slice(bytes);
    }

    fn list<T>(&mut self, items: &[T], mut each: impl FnMut(&mut Self, &T)) {
        self.uint(items.len() as u64);
        for item in items {
            each(self, item);
        }
    }

    fn text(&mut self, text: &Text) {
        self.str(&text.nb);
        self.opt_str(&text.nn);
        self.opt_str(&text.en);
    }

    fn group(&mut self, group: &CodeGroup) {
        self.bytes(&group.codes);
        self.text(&group.label);
    }
}

/// The snapshot of `dataset`.
pub fn encode(dataset: &Dataset) -> Vec<u8> {
    let mut w = Writer::new();
    let meta = &dataset.meta;
    for text in [&meta.format, &meta.title, &meta.source] {
        w.str(text);
    }
    w.text(&meta.answers_description);
    w.uint(meta.demo as u64);
    w.uint(meta.answers_public as u64);
    w.uint(meta.year as u64);
    w.opt_str(&meta.generator);
    w.uint(meta.seed.is_some() as u64);
    w.uint(meta.seed.unwrap_or(0));

    let cb = &dataset.codebook;
    w.str(&cb.format);
    w.text(&cb.survey);
    w.list(&cb.languages, |w, l| w.str(l));
    w.list(&cb.size_classes, |w, c| {
        w.str(&c.id);
        w.text(&c.label);
        w.text(&c.short);
        w.uint(c.min_population as u64);
    });
    w.list(&cb.themes, |w, t| {
        w.str(&t.id);
        w.text(&t.title);
    });
    w.list(&cb.scales, |w, s| {
        w.str(&s.id);
        w.text(&s.label);
        w.list(&s.codes, |w, c| {
            w.uint(c.code as u64);
            w.text(&c.label);
            w.uint(c.dont_know as u64);
        });
        w.group(&s.headline);
        w.uint(s.low.is_some() as u64);
        if let Some(low) = &s.low {
            w.group(low);
        }
        w.opt_str(&s.reconstructed);
    });
    w.list(&cb.questions, |w, q| {
        w.str(&q.id);
        w.str(&q.theme);
        w.str(&q.scale);
        w.text(&q.text);
        w.list(&q.items, |w, i| {
            w.str(&i.id);
            w.text(&i.label);
        });
        w.uint(q.asked_when.is_some() as u64);
        if let Some(condition) = &q.asked_when {
            w.str(&condition.question);
            w.bytes(&condition.codes);
        }
        w.opt_str(&q.reconstructed);
    });
    w.list(&cb.key_figures, |w, k| {
        w.str(&k.id);
        w.str(&k.question);
        w.opt_str(&k.item);
        w.bytes(&k.codes);
        w.text(&k.label);
        w.text(&k.sentence);
    });

    // The register column by column: each column's values repeat and compress together.
    let register = &dataset.register;
    let mut organisations = register.organisations.clone();
    w.uint(organisations.len() as u64);
    w.text_columns(&mut organisations, &ORGANISATION_TEXTS);
    organisations.iter().for_each(|o| w.uint(o.org_type as u64));
    organisations
        .iter()
        .for_each(|o| w.uint(o.population as u64));
    organisations
        .iter()
        .for_each(|o| w.uint(o.size_class.map_or(0, |c| c as u64 + 1)));
    let mut successors = register.successors.clone();
    w.uint(successors.len() as u64);
    w.text_columns(&mut successors, &SUCCESSOR_TEXTS);
    // Shares are 1 but for the split kommuner: a 0 stands for 1, a 1 for 8 bytes that follow.
    for s in &successors {
        if s.share == 1.0 {
            w.uint(0);
        } else {
            w.uint(1);
            w.body.extend_from_slice(&s.share.to_le_bytes());
        }
    }

    let responses = &dataset.responses;
    w.list(&responses.columns, |w, c| {
        w.str(&c.question);
        w.opt_str(&c.item);
    });
    // Each respondent's place in the register as the step from the one before (they come in
    // the register's order, so the steps are small and repeat).
    let mut previous = 0u32;
    w.list(&responses.organisation, |w, &o| {
        w.uint(o.wrapping_sub(previous) as u64);
        previous = o;
    });
    w.list(&responses.codes, |w, column| w.bytes(column));
    w.finish()
}

// ---- reading ----

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
    strings: Vec<String>,
}

/// The snapshot ended early or holds something impossible: the build is damaged.
fn damaged(pos: usize) -> Damaged {
    Damaged { byte: pos }
}

/// The embedded snapshot is damaged at this byte: the build must be redone. (The only way the
/// page's data can fail; the data files' faults stop the build.)
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Damaged {
    pub byte: usize,
}

type Read<T> = Result<T, Damaged>;

impl Reader<'_> {
    fn byte(&mut self) -> Read<u8> {
        let byte = *self.bytes.get(self.pos).ok_or_else(|| damaged(self.pos))?;
        self.pos += 1;
        Ok(byte)
    }

    fn uint(&mut self) -> Read<u64> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = self.byte()?;
            value |= ((byte & 0x7f) as u64) << shift;
            if byte & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(damaged(self.pos))
    }

    fn small<T: TryFrom<u64>>(&mut self) -> Read<T> {
        let pos = self.pos;
        T::try_from(self.uint()?).map_err(|_| damaged(pos))
    }

    fn flag(&mut self) -> Read<bool> {
        match self.uint()? {
            0 => Ok(false),
            1 => Ok(true),
            _ => Err(damaged(self.pos)),
        }
    }

    fn raw(&mut self, len: usize) -> Read<&[u8]> {
        let end = self
            .pos
            .checked_add(len)
            .filter(|&e| e <= self.bytes.len())
            .ok_or_else(|| damaged(self.pos))?;
        let slice = &self.bytes[self.pos..end];
        self.pos = end;
        Ok(slice)
    }

    fn bytes(&mut self) -> Read<Vec<u8>> {
        let len = self.small()?;
        Ok(self.raw(len)?.to_vec())
    }

    /// A string of the table, at its place in the body.
    fn str(&mut self) -> Read<String> {
        let pos = self.pos;
        let index: usize = self.small()?;
        self.strings.get(index).cloned().ok_or_else(|| damaged(pos))
    }

    /// The text fields written by `Writer::text_columns`.
    fn text_columns<T>(
        &mut self,
        records: &mut [T],
        fields: &[fn(&mut T) -> &mut String],
    ) -> Read<()> {
        for field in fields {
            let mut previous = 0u64;
            for record in records.iter_mut() {
                let pos = self.pos;
                let step = self.uint()?;
                previous =
                    previous.wrapping_add(((step >> 1) as i64 ^ -((step & 1) as i64)) as u64);
                *field(record) = usize::try_from(previous)
                    .ok()
                    .and_then(|index| self.strings.get(index))
                    .ok_or_else(|| damaged(pos))?
                    .clone();
            }
        }
        Ok(())
    }

    /// A string written in full (the table's entries).
    fn literal(&mut self) -> Read<String> {
        let pos = self.pos;
        let bytes = self.bytes()?;
        String::from_utf8(bytes).map_err(|_| damaged(pos))
    }

    fn opt_str(&mut self) -> Read<Option<String>> {
        Ok(if self.flag()? {
            Some(self.str()?)
        } else {
            None
        })
    }

    fn list<T>(&mut self, mut each: impl FnMut(&mut Self) -> Read<T>) -> Read<Vec<T>> {
        let len: usize = self.small()?;
        // Never trust a length beyond what the remaining bytes could hold.
        if len > self.bytes.len() - self.pos {
            return Err(damaged(self.pos));
        }
        // A plain loop: a `collect` into `Result<Vec<_>>` per item type costs the page code.
        let mut items = Vec::with_capacity(len);
        for _ in 0..len {
            items.push(each(self)?);
        }
        Ok(items)
    }

    /// A count, then as many blank records to fill column by column.
    fn records<T: Default>(&mut self) -> Read<Vec<T>> {
        let len: usize = self.small()?;
        if len > self.bytes.len() - self.pos {
            return Err(damaged(self.pos));
        }
        Ok((0..len).map(|_| T::default()).collect())
    }

    fn text(&mut self) -> Read<Text> {
        Ok(Text {
            nb: self.str()?,
            nn: self.opt_str()?,
            en: self.opt_str()?,
        })
    }

    fn group(&mut self) -> Read<CodeGroup> {
        Ok(CodeGroup {
            codes: self.bytes()?,
            label: self.text()?,
        })
    }
}

/// Reads a snapshot written by [`encode`].
pub fn decode(bytes: &[u8]) -> Result<Dataset, Damaged> {
    let mut r = Reader {
        bytes,
        pos: 0,
        strings: Vec::new(),
    };
    if r.raw(MAGIC.len())? != MAGIC {
        return Err(damaged(0));
    }
    r.strings = r.list(|r| r.literal())?;
    let (format, title, source) = (r.str()?, r.str()?, r.str()?);
    let answers_description = r.text()?;
    let demo = r.flag()?;
    let answers_public = r.flag()?;
    let year = r.small()?;
    let generator = r.opt_str()?;
    let has_seed = r.flag()?;
    let seed = r.uint()?;
    let meta = DatasetMeta {
        format,
        demo,
        answers_public,
        title,
        year,
        source,
        answers_description,
        generator,
        seed: has_seed.then_some(seed),
    };

    let codebook = Codebook {
        format: r.str()?,
        survey: r.text()?,
        languages: r.list(|r| r.str())?,
        size_classes: r.list(|r| {
            Ok(SizeClassDef {
                id: r.str()?,
                label: r.text()?,
                short: r.text()?,
                min_population: r.small()?,
            })
        })?,
        themes: r.list(|r| {
            Ok(Theme {
                id: r.str()?,
                title: r.text()?,
            })
        })?,
        scales: r.list(|r| {
            Ok(Scale {
                id: r.str()?,
                label: r.text()?,
                codes: r.list(|r| {
                    Ok(Code {
                        code: r.small()?,
                        label: r.text()?,
                        dont_know: r.flag()?,
                    })
                })?,
                headline: r.group()?,
                low: if r.flag()? { Some(r.group()?) } else { None },
                reconstructed: r.opt_str()?,
            })
        })?,
        questions: r.list(|r| {
            Ok(Question {
                id: r.str()?,
                theme: r.str()?,
                scale: r.str()?,
                text: r.text()?,
                items: r.list(|r| {
                    Ok(Item {
                        id: r.str()?,
                        label: r.text()?,
                    })
                })?,
                asked_when: if r.flag()? {
                    Some(Condition {
                        question: r.str()?,
                        codes: r.bytes()?,
                    })
                } else {
                    None
                },
                reconstructed: r.opt_str()?,
            })
        })?,
        key_figures: r.list(|r| {
            Ok(KeyFigureDef {
                id: r.str()?,
                question: r.str()?,
                item: r.opt_str()?,
                codes: r.bytes()?,
                label: r.text()?,
                sentence: r.text()?,
            })
        })?,
    };

    let mut organisations: Vec<Organisation> = r.records()?;
    r.text_columns(&mut organisations, &ORGANISATION_TEXTS)?;
    for o in &mut organisations {
        if r.flag()? {
            o.org_type = OrgType::Fylkeskommune;
        }
    }
    for o in &mut organisations {
        o.population = r.small()?;
    }
    for o in &mut organisations {
        o.size_class = r.small::<usize>()?.checked_sub(1);
    }
    let mut successors: Vec<Successor> = r.records()?;
    r.text_columns(&mut successors, &SUCCESSOR_TEXTS)?;
    for s in &mut successors {
        s.share = if r.flag()? {
            let mut share = [0u8; 8];
            share.copy_from_slice(r.raw(8)?);
            f64::from_le_bytes(share)
        } else {
            1.0
        };
    }
    let register = Register::from_organisations(organisations, successors);

    let responses = Responses {
        columns: r.list(|r| {
            Ok(ColumnId {
                question: r.str()?,
                item: r.opt_str()?,
            })
        })?,
        organisation: {
            let mut previous = 0u32;
            r.list(|r| {
                previous = previous.wrapping_add(r.small()?);
                Ok(previous)
            })?
        },
        codes: r.list(|r| r.bytes())?,
    };
    if r.pos != bytes.len() {
        return Err(damaged(r.pos));
    }
    // What the parsers guarantee and the page relies on: every respondent is in the register
    // and every column has an answer for every respondent.
    let count = responses.organisation.len();
    if responses
        .organisation
        .iter()
        .any(|&o| o as usize >= register.organisations.len())
        || responses.codes.len() != responses.columns.len()
        || responses.codes.iter().any(|c| c.len() != count)
    {
        return Err(damaged(r.pos));
    }
    Ok(Dataset {
        meta,
        codebook,
        register,
        responses,
    })
}
