//! UTF-8, UTF-16LE/BE and windows-1252 decoding behind the part of `encoding_rs` 0.8's API
//! that calamine, codepage and quick-xml call. Every other encoding exists as a value (so that
//! code pages and labels still resolve to something), and decoding with it reports malformed
//! input for any byte outside ASCII. The decoders follow the WHATWG Encoding Standard's
//! algorithms (<https://encoding.spec.whatwg.org/>).

mod decoder;
mod labels;

use std::borrow::Cow;
use std::fmt;
use std::hash::{Hash, Hasher};

pub use decoder::{CoderResult, Decoder, DecoderResult};

/// How an encoding's bytes become characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Utf8,
    Utf16Le,
    Utf16Be,
    Windows1252,
    /// Known by name only: ASCII decodes, any other byte is malformed.
    AsciiOnly,
    /// The WHATWG «replacement» encoding: all input is malformed.
    Replacement,
}

/// An encoding, compared by identity as in encoding_rs.
pub struct Encoding {
    name: &'static str,
    pub(crate) kind: Kind,
}

impl Encoding {
    /// The encoding a label names (trimmed, case-insensitive), for the labels of the
    /// encodings decoded here; `None` for any other label.
    pub fn for_label(label: &[u8]) -> Option<&'static Encoding> {
        labels::for_label(label)
    }

    /// Like [`Encoding::for_label`], but `None` for the replacement encoding.
    pub fn for_label_no_replacement(label: &[u8]) -> Option<&'static Encoding> {
        Self::for_label(label).filter(|encoding| *encoding != REPLACEMENT)
    }

    /// The encoding a byte order mark at the start of `buffer` names, and its length.
    pub fn for_bom(buffer: &[u8]) -> Option<(&'static Encoding, usize)> {
        if buffer.starts_with(b"\xEF\xBB\xBF") {
            Some((UTF_8, 3))
        } else if buffer.starts_with(b"\xFF\xFE") {
            Some((UTF_16LE, 2))
        } else if buffer.starts_with(b"\xFE\xFF") {
            Some((UTF_16BE, 2))
        } else {
            None
        }
    }

    /// The encoding's canonical name.
    pub fn name(&'static self) -> &'static str {
        self.name
    }

    /// Whether ASCII bytes stand for themselves in this encoding.
    pub fn is_ascii_compatible(&'static self) -> bool {
        !matches!(self.kind, Kind::Utf16Le | Kind::Utf16Be | Kind::Replacement)
    }

    /// The encoding a decoder of this one writes to: always UTF-8 here.
    pub fn output_encoding(&'static self) -> &'static Encoding {
        UTF_8
    }

    /// Decodes with BOM sniffing and replacement: the text, the encoding used and whether
    /// anything was malformed.
    pub fn decode<'a>(&'static self, bytes: &'a [u8]) -> (Cow<'a, str>, &'static Encoding, bool) {
        let (encoding, bom_length) = Encoding::for_bom(bytes).unwrap_or((self, 0));
        let (text, malformed) = encoding.decode_without_bom_handling(&bytes[bom_length..]);
        (text, encoding, malformed)
    }

    /// Decodes with replacement, dropping a BOM of this encoding.
    pub fn decode_with_bom_removal<'a>(&'static self, bytes: &'a [u8]) -> (Cow<'a, str>, bool) {
        let bom_length = match Encoding::for_bom(bytes) {
            Some((encoding, length)) if encoding == self => length,
            _ => 0,
        };
        self.decode_without_bom_handling(&bytes[bom_length..])
    }

    /// Decodes with replacement, leaving a BOM as it is.
    pub fn decode_without_bom_handling<'a>(&'static self, bytes: &'a [u8]) -> (Cow<'a, str>, bool) {
        if let Some(text) = self.borrowed(bytes) {
            return (Cow::Borrowed(text), false);
        }
        let mut text = String::with_capacity(bytes.len());
        let (_, _, malformed) = self
            .new_decoder_without_bom_handling()
            .decode_to_string(bytes, &mut text, true);
        (Cow::Owned(text), malformed)
    }

    /// Decodes, or `None` if anything is malformed; a BOM is left as it is.
    pub fn decode_without_bom_handling_and_without_replacement<'a>(
        &'static self,
        bytes: &'a [u8],
    ) -> Option<Cow<'a, str>> {
        if let Some(text) = self.borrowed(bytes) {
            return Some(Cow::Borrowed(text));
        }
        let mut text = String::with_capacity(bytes.len());
        let (result, _) = self
            .new_decoder_without_bom_handling()
            .decode_to_string_without_replacement(bytes, &mut text, true);
        match result {
            DecoderResult::InputEmpty => Some(Cow::Owned(text)),
            _ => None,
        }
    }

    /// A decoder that leaves a BOM as it is (the only kind this crate offers).
    pub fn new_decoder_without_bom_handling(&'static self) -> Decoder {
        Decoder::new(self)
    }

    /// The input as text without copying, where the bytes are already that text.
    fn borrowed<'a>(&'static self, bytes: &'a [u8]) -> Option<&'a str> {
        match self.kind {
            Kind::Utf8 => std::str::from_utf8(bytes).ok(),
            Kind::Windows1252 | Kind::AsciiOnly if bytes.is_ascii() => {
                std::str::from_utf8(bytes).ok()
            }
            _ => None,
        }
    }
}

impl PartialEq for Encoding {
    fn eq(&self, other: &Encoding) -> bool {
        std::ptr::eq(self, other)
    }
}

impl Eq for Encoding {}

impl Hash for Encoding {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.name.hash(state);
    }
}

impl fmt::Debug for Encoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Encoding {{ {} }}", self.name)
    }
}

macro_rules! encodings {
    ($($init:ident, $reference:ident, $name:literal, $kind:ident;)*) => {
        $(
            #[doc = concat!("The `", $name, "` encoding, to be referred to as `&", stringify!($init), "` in statics.")]
            pub static $init: Encoding = Encoding { name: $name, kind: Kind::$kind };
            #[doc = concat!("The `", $name, "` encoding.")]
            pub static $reference: &Encoding = &$init;
        )*
    };
}

encodings! {
    UTF_8_INIT, UTF_8, "UTF-8", Utf8;
    UTF_16LE_INIT, UTF_16LE, "UTF-16LE", Utf16Le;
    UTF_16BE_INIT, UTF_16BE, "UTF-16BE", Utf16Be;
    WINDOWS_1252_INIT, WINDOWS_1252, "windows-1252", Windows1252;
    REPLACEMENT_INIT, REPLACEMENT, "replacement", Replacement;
    BIG5_INIT, BIG5, "Big5", AsciiOnly;
    EUC_JP_INIT, EUC_JP, "EUC-JP", AsciiOnly;
    EUC_KR_INIT, EUC_KR, "EUC-KR", AsciiOnly;
    GBK_INIT, GBK, "GBK", AsciiOnly;
    GB18030_INIT, GB18030, "gb18030", AsciiOnly;
    IBM866_INIT, IBM866, "IBM866", AsciiOnly;
    ISO_2022_JP_INIT, ISO_2022_JP, "ISO-2022-JP", AsciiOnly;
    ISO_8859_2_INIT, ISO_8859_2, "ISO-8859-2", AsciiOnly;
    ISO_8859_3_INIT, ISO_8859_3, "ISO-8859-3", AsciiOnly;
    ISO_8859_4_INIT, ISO_8859_4, "ISO-8859-4", AsciiOnly;
    ISO_8859_5_INIT, ISO_8859_5, "ISO-8859-5", AsciiOnly;
    ISO_8859_6_INIT, ISO_8859_6, "ISO-8859-6", AsciiOnly;
    ISO_8859_7_INIT, ISO_8859_7, "ISO-8859-7", AsciiOnly;
    ISO_8859_8_INIT, ISO_8859_8, "ISO-8859-8", AsciiOnly;
    ISO_8859_8_I_INIT, ISO_8859_8_I, "ISO-8859-8-I", AsciiOnly;
    ISO_8859_10_INIT, ISO_8859_10, "ISO-8859-10", AsciiOnly;
    ISO_8859_13_INIT, ISO_8859_13, "ISO-8859-13", AsciiOnly;
    ISO_8859_14_INIT, ISO_8859_14, "ISO-8859-14", AsciiOnly;
    ISO_8859_15_INIT, ISO_8859_15, "ISO-8859-15", AsciiOnly;
    ISO_8859_16_INIT, ISO_8859_16, "ISO-8859-16", AsciiOnly;
    KOI8_R_INIT, KOI8_R, "KOI8-R", AsciiOnly;
    KOI8_U_INIT, KOI8_U, "KOI8-U", AsciiOnly;
    MACINTOSH_INIT, MACINTOSH, "macintosh", AsciiOnly;
    SHIFT_JIS_INIT, SHIFT_JIS, "Shift_JIS", AsciiOnly;
    WINDOWS_874_INIT, WINDOWS_874, "windows-874", AsciiOnly;
    WINDOWS_1250_INIT, WINDOWS_1250, "windows-1250", AsciiOnly;
    WINDOWS_1251_INIT, WINDOWS_1251, "windows-1251", AsciiOnly;
    WINDOWS_1253_INIT, WINDOWS_1253, "windows-1253", AsciiOnly;
    WINDOWS_1254_INIT, WINDOWS_1254, "windows-1254", AsciiOnly;
    WINDOWS_1255_INIT, WINDOWS_1255, "windows-1255", AsciiOnly;
    WINDOWS_1256_INIT, WINDOWS_1256, "windows-1256", AsciiOnly;
    WINDOWS_1257_INIT, WINDOWS_1257, "windows-1257", AsciiOnly;
    WINDOWS_1258_INIT, WINDOWS_1258, "windows-1258", AsciiOnly;
    X_MAC_CYRILLIC_INIT, X_MAC_CYRILLIC, "x-mac-cyrillic", AsciiOnly;
    X_USER_DEFINED_INIT, X_USER_DEFINED, "x-user-defined", AsciiOnly;
}
