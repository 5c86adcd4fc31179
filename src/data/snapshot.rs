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
//! each field for all of them), so that a column's repeating values compress together (kommune
//! and fylke numbers as numbers, see `Writer::number_columns`); a
//! successor's share is 0 for 1 (all but the split kommuner) or 1 and the 8 bytes.

use super::codebook::{
    Code, CodeGroup, Codebook, ColumnId, Condition, Item, KeyFigureDef, Question, Scale,
    SizeClassDef, Text, Theme,
};
use super::dataset::{Dataset, DatasetMeta};
use super::register::{OrgType, Organisation, Register, Successor};
use super::responses::Responses;

const MAGIC: &[u8; 4] = b"AGM1";

/// The register's kommune and fylke numbers, written as numbers (`Writer::number_columns`).
const ORGANISATION_NUMBERS: [fn(&mut Organisation) -> &mut String; 2] =
    [|o| &mut o.id, |o| &mut o.fylkesnr];
const SUCCESSOR_NUMBERS: [fn(&mut Successor) -> &mut String; 2] =
    [|s| &mut s.knr_2017, |s| &mut s.knr_2024];

/// The register's text fields, in the order their columns are written.
const ORGANISATION_TEXTS: [fn(&mut Organisation) -> &mut String; 5] = [
    |o| &mut o.name,
    |o| &mut o.unique_name,
    |o| &mut o.fylke,
    |o| &mut o.landsdel,
    |o| &mut o.ssb_landsdel,
];
const SUCCESSOR_TEXTS: [fn(&mut Successor) -> &mut String; 2] =
    [|s| &mut s.name_2024, |s| &mut s.fylke_2024];

/// 0, -1, 1, -2 … as 0, 1, 2, 3 …
fn zigzag(step: u64) -> u64 {
    let step = step as i64;
    ((step << 1) ^ (step >> 63)) as u64
}

fn unzigzag(value: u64) -> u64 {
    ((value >> 1) as i64 ^ -((value & 1) as i64)) as u64
}

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
                self.uint(zigzag(index.wrapping_sub(previous)));
                previous = index;
            }
        }
    }

    /// Number-like text fields (kommune and fylke numbers) as numbers: the count of digits,
    /// then the step from the record before (zigzag), so that «0101», «0104» … cost a byte or
    /// two each; a text that is not such a number as 0 and its place in the string table.
    fn number_columns<T>(&mut self, records: &mut [T], fields: &[fn(&mut T) -> &mut String]) {
        for field in fields {
            let mut previous = 0u64;
            for record in records.iter_mut() {
                let text = field(record).clone();
                let digits = !text.is_empty() && text.len() < 19;
                match text
                    .parse::<u64>()
                    .ok()
                    .filter(|_| digits && text.bytes().all(|b| b.is_ascii_digit()))
                {
                    Some(value) => {
                        self.uint(text.len() as u64);
                        self.uint(zigzag(value.wrapping_sub(previous)));
                        previous = value;
                    }
                    None => {
                        self.uint(0);
                        self.str(&text);
                    }
                }
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
    w.number_columns(&mut organisations, &ORGANISATION_NUMBERS);
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
    w.number_columns(&mut successors, &SUCCESSOR_NUMBERS);
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

/// Reads the snapshot's parts in order. A fault (the end reached early, a value out of range)
/// is kept, not returned at once: every read after it gives an empty value and reads nothing
/// more, and [`decode`] reports the first fault's place once the parts are read. (Without an
/// early return at each of the hundreds of reads, the page carries far less code.)
struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
    strings: Vec<String>,
    /// Where the first fault was.
    fault: Option<usize>,
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

impl Reader<'_> {
    /// Keeps the first fault, at `pos`, and stops reading.
    fn fail(&mut self, pos: usize) {
        self.fault.get_or_insert(pos);
        self.pos = self.bytes.len();
    }

    /// The first fault, if any.
    fn check(&self) -> Result<(), Damaged> {
        self.fault.map_or(Ok(()), |pos| Err(damaged(pos)))
    }

    fn byte(&mut self) -> u8 {
        match self.bytes.get(self.pos) {
            Some(&byte) => {
                self.pos += 1;
                byte
            }
            None => {
                self.fail(self.pos);
                0
            }
        }
    }

    fn uint(&mut self) -> u64 {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = self.byte();
            value |= ((byte & 0x7f) as u64) << shift;
            if byte & 0x80 == 0 {
                return value;
            }
        }
        self.fail(self.pos);
        0
    }

    fn small<T: TryFrom<u64> + Default>(&mut self) -> T {
        let pos = self.pos;
        T::try_from(self.uint()).unwrap_or_else(|_| {
            self.fail(pos);
            T::default()
        })
    }

    fn flag(&mut self) -> bool {
        let pos = self.pos;
        match self.uint() {
            0 => false,
            1 => true,
            _ => {
                self.fail(pos);
                false
            }
        }
    }

    fn raw(&mut self, len: usize) -> &[u8] {
        let start = self.pos;
        match start.checked_add(len).filter(|&e| e <= self.bytes.len()) {
            Some(end) => {
                self.pos = end;
                &self.bytes[start..end]
            }
            None => {
                self.fail(start);
                &[]
            }
        }
    }

    fn bytes(&mut self) -> Vec<u8> {
        let len = self.small();
        self.raw(len).to_vec()
    }

    /// The string of the table at `index`, or a fault at `pos`.
    fn string(&mut self, index: u64, pos: usize) -> String {
        match usize::try_from(index)
            .ok()
            .and_then(|i| self.strings.get(i))
        {
            Some(text) => text.clone(),
            None => {
                self.fail(pos);
                String::new()
            }
        }
    }

    /// A string of the table, at its place in the body.
    fn str(&mut self) -> String {
        let pos = self.pos;
        let index = self.uint();
        self.string(index, pos)
    }

    /// The text fields written by `Writer::text_columns`.
    fn text_columns<T>(&mut self, records: &mut [T], fields: &[fn(&mut T) -> &mut String]) {
        for field in fields {
            let mut previous = 0u64;
            for record in records.iter_mut() {
                let pos = self.pos;
                let step = self.uint();
                previous = previous.wrapping_add(unzigzag(step));
                *field(record) = self.string(previous, pos);
            }
        }
    }

    /// The number fields written by `Writer::number_columns`.
    fn number_columns<T>(&mut self, records: &mut [T], fields: &[fn(&mut T) -> &mut String]) {
        for field in fields {
            let mut previous = 0u64;
            for record in records.iter_mut() {
                let pos = self.pos;
                *field(record) = match self.uint() {
                    0 => self.str(),
                    width @ 1..19 => {
                        previous = previous.wrapping_add(unzigzag(self.uint()));
                        format!("{previous:0width$}", width = width as usize)
                    }
                    _ => {
                        self.fail(pos);
                        String::new()
                    }
                };
            }
        }
    }

    /// A string written in full (the table's entries).
    fn literal(&mut self) -> String {
        let pos = self.pos;
        let bytes = self.bytes();
        String::from_utf8(bytes).unwrap_or_else(|_| {
            self.fail(pos);
            String::new()
        })
    }

    fn opt_str(&mut self) -> Option<String> {
        if self.flag() {
            Some(self.str())
        } else {
            None
        }
    }

    /// A count, never beyond what the remaining bytes could hold.
    fn count(&mut self) -> usize {
        let len: usize = self.small();
        if len > self.bytes.len() - self.pos {
            self.fail(self.pos);
            return 0;
        }
        len
    }

    fn list<T>(&mut self, mut each: impl FnMut(&mut Self) -> T) -> Vec<T> {
        let len = self.count();
        let mut items = Vec::with_capacity(len);
        for _ in 0..len {
            items.push(each(self));
        }
        items
    }

    /// A count, then as many blank records to fill column by column.
    fn records<T: Default>(&mut self) -> Vec<T> {
        let len = self.count();
        (0..len).map(|_| T::default()).collect()
    }

    fn text(&mut self) -> Text {
        Text {
            nb: self.str(),
            nn: self.opt_str(),
            en: self.opt_str(),
        }
    }

    fn group(&mut self) -> CodeGroup {
        CodeGroup {
            codes: self.bytes(),
            label: self.text(),
        }
    }
}

/// Reads a snapshot written by [`encode`].
pub fn decode(bytes: &[u8]) -> Result<Dataset, Damaged> {
    let mut r = Reader {
        bytes,
        pos: 0,
        strings: Vec::new(),
        fault: None,
    };
    if r.raw(MAGIC.len()) != MAGIC {
        return Err(damaged(0));
    }
    r.strings = r.list(|r| r.literal());
    let (format, title, source) = (r.str(), r.str(), r.str());
    let answers_description = r.text();
    let demo = r.flag();
    let answers_public = r.flag();
    let year = r.small();
    let generator = r.opt_str();
    let has_seed = r.flag();
    let seed = r.uint();
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
        format: r.str(),
        survey: r.text(),
        languages: r.list(|r| r.str()),
        size_classes: r.list(|r| SizeClassDef {
            id: r.str(),
            label: r.text(),
            short: r.text(),
            min_population: r.small(),
        }),
        themes: r.list(|r| Theme {
            id: r.str(),
            title: r.text(),
        }),
        scales: r.list(|r| Scale {
            id: r.str(),
            label: r.text(),
            codes: r.list(|r| Code {
                code: r.small(),
                label: r.text(),
                dont_know: r.flag(),
            }),
            headline: r.group(),
            low: if r.flag() { Some(r.group()) } else { None },
            reconstructed: r.opt_str(),
        }),
        questions: r.list(|r| Question {
            id: r.str(),
            theme: r.str(),
            scale: r.str(),
            text: r.text(),
            items: r.list(|r| Item {
                id: r.str(),
                label: r.text(),
            }),
            asked_when: if r.flag() {
                Some(Condition {
                    question: r.str(),
                    codes: r.bytes(),
                })
            } else {
                None
            },
            reconstructed: r.opt_str(),
        }),
        key_figures: r.list(|r| KeyFigureDef {
            id: r.str(),
            question: r.str(),
            item: r.opt_str(),
            codes: r.bytes(),
            label: r.text(),
            sentence: r.text(),
        }),
    };

    let mut organisations: Vec<Organisation> = r.records();
    r.number_columns(&mut organisations, &ORGANISATION_NUMBERS);
    r.text_columns(&mut organisations, &ORGANISATION_TEXTS);
    for o in &mut organisations {
        if r.flag() {
            o.org_type = OrgType::Fylkeskommune;
        }
    }
    for o in &mut organisations {
        o.population = r.small();
    }
    for o in &mut organisations {
        o.size_class = r.small::<usize>().checked_sub(1);
    }
    let mut successors: Vec<Successor> = r.records();
    r.number_columns(&mut successors, &SUCCESSOR_NUMBERS);
    r.text_columns(&mut successors, &SUCCESSOR_TEXTS);
    for s in &mut successors {
        s.share = if r.flag() {
            let mut share = [0u8; 8];
            // Short only after a fault, which `check` reports.
            let raw = r.raw(8);
            if raw.len() == 8 {
                share.copy_from_slice(raw);
            }
            f64::from_le_bytes(share)
        } else {
            1.0
        };
    }
    // Nothing is built from values read after a fault.
    r.check()?;
    let register = Register::from_organisations(organisations, successors);

    let responses = Responses {
        columns: r.list(|r| ColumnId {
            question: r.str(),
            item: r.opt_str(),
        }),
        organisation: {
            let mut previous = 0u32;
            r.list(|r| {
                previous = previous.wrapping_add(r.small());
                previous
            })
        },
        codes: r.list(|r| r.bytes()),
    };
    r.check()?;
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
