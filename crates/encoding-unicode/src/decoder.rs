//! Streaming decoders to UTF-8 with encoding_rs 0.8's `Decoder` methods.

use crate::{Encoding, Kind};

/// The outcome of a call that replaces malformed input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CoderResult {
    /// All the input was decoded.
    InputEmpty,
    /// The output buffer had no room for the next character.
    OutputFull,
}

/// The outcome of a call that stops at malformed input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecoderResult {
    /// All the input was decoded.
    InputEmpty,
    /// The output buffer had no room for the next character.
    OutputFull,
    /// The input was malformed (the lengths encoding_rs reports are approximated as 1 and 0).
    Malformed(u8, u8),
}

/// What one input byte gives: up to two items (a malformed sequence and the byte read anew).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Item {
    Char(char),
    Malformed,
}

/// What a decoder carries from one byte to the next.
#[derive(Clone, Copy, Debug)]
struct State {
    // UTF-8 (WHATWG «UTF-8 decoder»)
    code_point: u32,
    bytes_needed: u8,
    bytes_seen: u8,
    lower_boundary: u8,
    upper_boundary: u8,
    // UTF-16 (WHATWG «shared UTF-16 decoder»)
    lead_byte: Option<u8>,
    lead_surrogate: Option<u16>,
    // replacement
    reported: bool,
}

const WINDOWS_1252_HIGH: [char; 32] = [
    '\u{20AC}', '\u{0081}', '\u{201A}', '\u{0192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}',
    '\u{02C6}', '\u{2030}', '\u{0160}', '\u{2039}', '\u{0152}', '\u{008D}', '\u{017D}', '\u{008F}',
    '\u{0090}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}',
    '\u{02DC}', '\u{2122}', '\u{0161}', '\u{203A}', '\u{0153}', '\u{009D}', '\u{017E}', '\u{0178}',
];

impl State {
    const fn new() -> State {
        State {
            code_point: 0,
            bytes_needed: 0,
            bytes_seen: 0,
            lower_boundary: 0x80,
            upper_boundary: 0xBF,
            lead_byte: None,
            lead_surrogate: None,
            reported: false,
        }
    }

    /// Whether a sequence is begun and not finished.
    fn is_pending(&self) -> bool {
        self.bytes_needed != 0 || self.lead_byte.is_some() || self.lead_surrogate.is_some()
    }

    fn step(&mut self, kind: Kind, byte: u8) -> [Option<Item>; 2] {
        match kind {
            Kind::Utf8 => self.utf8(byte),
            Kind::Utf16Le => self.utf16(u16::from_le_bytes, byte),
            Kind::Utf16Be => self.utf16(u16::from_be_bytes, byte),
            Kind::Windows1252 => [Some(Item::Char(windows_1252(byte))), None],
            Kind::AsciiOnly if byte.is_ascii() => [Some(Item::Char(char::from(byte))), None],
            Kind::AsciiOnly => [Some(Item::Malformed), None],
            Kind::Replacement if self.reported => [None, None],
            Kind::Replacement => {
                self.reported = true;
                [Some(Item::Malformed), None]
            }
        }
    }

    fn utf8(&mut self, byte: u8) -> [Option<Item>; 2] {
        if self.bytes_needed == 0 {
            return [self.utf8_first(byte), None];
        }
        if !(self.lower_boundary..=self.upper_boundary).contains(&byte) {
            *self = State::new();
            return [Some(Item::Malformed), self.utf8_first(byte)];
        }
        self.lower_boundary = 0x80;
        self.upper_boundary = 0xBF;
        self.code_point = (self.code_point << 6) | u32::from(byte & 0x3F);
        self.bytes_seen += 1;
        if self.bytes_seen < self.bytes_needed {
            return [None, None];
        }
        let code_point = self.code_point;
        *self = State::new();
        [
            Some(char::from_u32(code_point).map_or(Item::Malformed, Item::Char)),
            None,
        ]
    }

    fn utf8_first(&mut self, byte: u8) -> Option<Item> {
        let (needed, bits) = match byte {
            0x00..=0x7F => return Some(Item::Char(char::from(byte))),
            0xC2..=0xDF => (1, byte & 0x1F),
            0xE0..=0xEF => (2, byte & 0x0F),
            0xF0..=0xF4 => (3, byte & 0x07),
            _ => return Some(Item::Malformed),
        };
        match byte {
            0xE0 => self.lower_boundary = 0xA0,
            0xED => self.upper_boundary = 0x9F,
            0xF0 => self.lower_boundary = 0x90,
            0xF4 => self.upper_boundary = 0x8F,
            _ => {}
        }
        self.bytes_needed = needed;
        self.code_point = u32::from(bits);
        None
    }

    fn utf16(&mut self, unit_of: fn([u8; 2]) -> u16, byte: u8) -> [Option<Item>; 2] {
        let Some(lead_byte) = self.lead_byte.take() else {
            self.lead_byte = Some(byte);
            return [None, None];
        };
        let code_unit = unit_of([lead_byte, byte]);
        let Some(lead_surrogate) = self.lead_surrogate.take() else {
            return [self.utf16_unit(code_unit), None];
        };
        if (0xDC00..=0xDFFF).contains(&code_unit) {
            let code_point = 0x10000
                + ((u32::from(lead_surrogate) - 0xD800) << 10)
                + (u32::from(code_unit) - 0xDC00);
            return [
                Some(char::from_u32(code_point).map_or(Item::Malformed, Item::Char)),
                None,
            ];
        }
        // A lead surrogate without its trail: malformed, and the unit after it is read anew.
        [Some(Item::Malformed), self.utf16_unit(code_unit)]
    }

    fn utf16_unit(&mut self, code_unit: u16) -> Option<Item> {
        match code_unit {
            0xD800..=0xDBFF => {
                self.lead_surrogate = Some(code_unit);
                None
            }
            0xDC00..=0xDFFF => Some(Item::Malformed),
            _ => char::from_u32(u32::from(code_unit)).map(Item::Char),
        }
    }
}

fn windows_1252(byte: u8) -> char {
    match byte {
        0x80..=0x9F => WINDOWS_1252_HIGH[usize::from(byte - 0x80)],
        _ => char::from(byte),
    }
}

/// Where decoded text goes: a byte buffer of fixed length or a growing `String`.
trait Output {
    fn has_room(&self, bytes: usize) -> bool;
    fn push(&mut self, character: char);
}

struct Bytes<'a> {
    buffer: &'a mut [u8],
    written: usize,
}

impl Output for Bytes<'_> {
    fn has_room(&self, bytes: usize) -> bool {
        self.buffer.len() - self.written >= bytes
    }

    fn push(&mut self, character: char) {
        let length = character.len_utf8();
        character.encode_utf8(&mut self.buffer[self.written..self.written + length]);
        self.written += length;
    }
}

impl Output for String {
    fn has_room(&self, _bytes: usize) -> bool {
        true
    }

    fn push(&mut self, character: char) {
        String::push(self, character);
    }
}

/// Why a run over the input stopped.
enum Stop {
    InputEmpty,
    OutputFull,
    Malformed,
}

/// A streaming decoder of one encoding (without BOM handling).
pub struct Decoder {
    encoding: &'static Encoding,
    state: State,
}

impl Decoder {
    pub(crate) fn new(encoding: &'static Encoding) -> Decoder {
        Decoder {
            encoding,
            state: State::new(),
        }
    }

    /// The encoding decoded.
    pub fn encoding(&self) -> &'static Encoding {
        self.encoding
    }

    /// Room enough in UTF-8 for decoding `byte_length` more bytes, with replacement.
    pub fn max_utf8_buffer_length(&self, byte_length: usize) -> Option<usize> {
        // Every input byte gives at most three bytes of UTF-8 (a U+FFFD, a BMP character from
        // one windows-1252 byte, or a third of a UTF-16 pair's four); the pending bytes of an
        // unfinished sequence add at most one character or replacement.
        byte_length.checked_mul(3)?.checked_add(4)
    }

    /// Room enough in UTF-8 for decoding `byte_length` more bytes, stopping at malformed input.
    pub fn max_utf8_buffer_length_without_replacement(&self, byte_length: usize) -> Option<usize> {
        self.max_utf8_buffer_length(byte_length)
    }

    /// Decodes into `dst`, stopping at malformed input: the outcome, bytes read and written.
    pub fn decode_to_utf8_without_replacement(
        &mut self,
        src: &[u8],
        dst: &mut [u8],
        last: bool,
    ) -> (DecoderResult, usize, usize) {
        let mut output = Bytes {
            buffer: dst,
            written: 0,
        };
        let (stop, read, _) = self.run(src, last, &mut output, false);
        (decoder_result(stop), read, output.written)
    }

    /// Decodes onto `dst`, stopping at malformed input: the outcome and bytes read.
    pub fn decode_to_string_without_replacement(
        &mut self,
        src: &[u8],
        dst: &mut String,
        last: bool,
    ) -> (DecoderResult, usize) {
        let (stop, read, _) = self.run(src, last, dst, false);
        (decoder_result(stop), read)
    }

    /// Decodes into `dst`, malformed input as U+FFFD: the outcome, bytes read and written,
    /// and whether anything was replaced.
    pub fn decode_to_utf8(
        &mut self,
        src: &[u8],
        dst: &mut [u8],
        last: bool,
    ) -> (CoderResult, usize, usize, bool) {
        let mut output = Bytes {
            buffer: dst,
            written: 0,
        };
        let (stop, read, replaced) = self.run(src, last, &mut output, true);
        (coder_result(stop), read, output.written, replaced)
    }

    /// Decodes onto `dst`, malformed input as U+FFFD: the outcome, bytes read and whether
    /// anything was replaced.
    pub fn decode_to_string(
        &mut self,
        src: &[u8],
        dst: &mut String,
        last: bool,
    ) -> (CoderResult, usize, bool) {
        let (stop, read, replaced) = self.run(src, last, dst, true);
        (coder_result(stop), read, replaced)
    }

    fn run(
        &mut self,
        src: &[u8],
        last: bool,
        output: &mut impl Output,
        replace: bool,
    ) -> (Stop, usize, bool) {
        let mut replaced = false;
        for (index, &byte) in src.iter().enumerate() {
            let mut next = self.state;
            let items = next.step(self.encoding.kind, byte);
            let room: usize = items
                .iter()
                .flatten()
                .map(|item| match item {
                    Item::Char(character) => character.len_utf8(),
                    Item::Malformed => '\u{FFFD}'.len_utf8(),
                })
                .sum();
            if !output.has_room(room) {
                return (Stop::OutputFull, index, replaced);
            }
            for item in items.into_iter().flatten() {
                match item {
                    Item::Char(character) => output.push(character),
                    Item::Malformed if replace => {
                        output.push('\u{FFFD}');
                        replaced = true;
                    }
                    Item::Malformed => {
                        self.state = State::new();
                        return (Stop::Malformed, index + 1, replaced);
                    }
                }
            }
            self.state = next;
        }
        if last && self.state.is_pending() {
            if !replace {
                self.state = State::new();
                return (Stop::Malformed, src.len(), replaced);
            }
            if !output.has_room('\u{FFFD}'.len_utf8()) {
                return (Stop::OutputFull, src.len(), replaced);
            }
            self.state = State::new();
            output.push('\u{FFFD}');
            replaced = true;
        }
        (Stop::InputEmpty, src.len(), replaced)
    }
}

fn decoder_result(stop: Stop) -> DecoderResult {
    match stop {
        Stop::InputEmpty => DecoderResult::InputEmpty,
        Stop::OutputFull => DecoderResult::OutputFull,
        Stop::Malformed => DecoderResult::Malformed(1, 0),
    }
}

fn coder_result(stop: Stop) -> CoderResult {
    match stop {
        Stop::InputEmpty => CoderResult::InputEmpty,
        // Malformed input is replaced in these calls, so a run never stops for it.
        Stop::OutputFull | Stop::Malformed => CoderResult::OutputFull,
    }
}
