//! Expected values from the WHATWG Encoding Standard (the windows-1252 index, the UTF-8 and
//! UTF-16 decoders' error handling) and from Unicode's own encodings of the characters.

use encoding_rs::{
    CoderResult, DecoderResult, Encoding, REPLACEMENT, SHIFT_JIS, UTF_16BE, UTF_16LE, UTF_8,
    WINDOWS_1252,
};

const TEXT: &str = "Måløy – Ørsta € 𝄞 Kárášjohka";

fn utf16le(text: &str) -> Vec<u8> {
    text.encode_utf16().flat_map(u16::to_le_bytes).collect()
}

fn utf16be(text: &str) -> Vec<u8> {
    text.encode_utf16().flat_map(u16::to_be_bytes).collect()
}

fn replaced(encoding: &'static Encoding, bytes: &[u8]) -> String {
    encoding.decode_without_bom_handling(bytes).0.into_owned()
}

/// Decodes one byte per call into a buffer of `room` bytes per call, stopping at malformed
/// input, as a streaming reader does.
fn byte_by_byte(encoding: &'static Encoding, bytes: &[u8], room: usize) -> Option<String> {
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let mut text = Vec::new();
    let mut position = 0;
    loop {
        let end = (position + 1).min(bytes.len());
        let last = end == bytes.len();
        let mut buffer = vec![0; room];
        let (result, read, written) =
            decoder.decode_to_utf8_without_replacement(&bytes[position..end], &mut buffer, last);
        text.extend_from_slice(&buffer[..written]);
        position += read;
        match result {
            DecoderResult::Malformed(_, _) => return None,
            DecoderResult::OutputFull => assert!(written > 0 || room < 4, "no progress"),
            DecoderResult::InputEmpty if last => return Some(String::from_utf8(text).unwrap()),
            DecoderResult::InputEmpty => {}
        }
    }
}

#[test]
fn unicode_round_trips_whole_and_byte_by_byte() {
    for (encoding, bytes) in [
        (UTF_8, TEXT.as_bytes().to_vec()),
        (UTF_16LE, utf16le(TEXT)),
        (UTF_16BE, utf16be(TEXT)),
    ] {
        assert_eq!(
            encoding
                .decode_without_bom_handling_and_without_replacement(&bytes)
                .as_deref(),
            Some(TEXT),
            "{encoding:?}"
        );
        assert_eq!(
            byte_by_byte(encoding, &bytes, 4).as_deref(),
            Some(TEXT),
            "{encoding:?}"
        );
    }
}

#[test]
fn a_full_buffer_stops_before_the_character_and_goes_on_next_call() {
    // The lead bytes of «€» may be taken into the decoder's state; the character is written
    // once there is room, and nothing is lost or doubled.
    let bytes = "a€".as_bytes();
    let mut decoder = UTF_8.new_decoder_without_bom_handling();
    let mut small = [0; 2];
    let (result, read, written) =
        decoder.decode_to_utf8_without_replacement(bytes, &mut small, true);
    assert_eq!(
        (result, written, &small[..1]),
        (DecoderResult::OutputFull, 1, &b"a"[..])
    );
    assert!(read < bytes.len());
    let mut room = [0; 3];
    assert_eq!(
        decoder.decode_to_utf8_without_replacement(&bytes[read..], &mut room, true),
        (DecoderResult::InputEmpty, bytes.len() - read, 3)
    );
    assert_eq!(&room, "€".as_bytes());
}

#[test]
fn malformed_utf8_is_replaced_as_the_standard_says() {
    // A byte that cannot start a sequence, a truncated sequence at the end, a sequence cut by
    // a byte that is read anew, an overlong form and an encoded surrogate.
    assert_eq!(replaced(UTF_8, b"a\xFFb"), "a\u{FFFD}b");
    assert_eq!(replaced(UTF_8, b"ab\xF0\x9F\x98"), "ab\u{FFFD}");
    assert_eq!(replaced(UTF_8, b"\xC3a"), "\u{FFFD}a");
    assert_eq!(replaced(UTF_8, b"\xE0\x80\xAF"), "\u{FFFD}\u{FFFD}\u{FFFD}");
    assert_eq!(replaced(UTF_8, b"\xED\xA0\x80"), "\u{FFFD}\u{FFFD}\u{FFFD}");
    assert_eq!(
        replaced(UTF_8, b"\xF4\x90\x80\x80"),
        "\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}"
    );
    assert!(UTF_8
        .decode_without_bom_handling_and_without_replacement(b"ab\xC3")
        .is_none());
    assert_eq!(byte_by_byte(UTF_8, b"ab\xC3", 4), None);
}

#[test]
fn malformed_utf16_is_replaced_as_the_standard_says() {
    // A lone trail surrogate, a lead surrogate followed by a letter (read anew), and an odd
    // byte at the end.
    assert_eq!(replaced(UTF_16LE, &[0x00, 0xDC, b'a', 0x00]), "\u{FFFD}a");
    assert_eq!(replaced(UTF_16LE, &[0x3D, 0xD8, b'a', 0x00]), "\u{FFFD}a");
    assert_eq!(replaced(UTF_16BE, &[0x00, b'a', 0x00]), "a\u{FFFD}");
    assert_eq!(byte_by_byte(UTF_16BE, &[0xD8, 0x3D], 4), None);
}

#[test]
fn windows_1252_follows_the_whatwg_index() {
    let all: Vec<u8> = (0..=255).collect();
    let text = replaced(WINDOWS_1252, &all);
    let characters: Vec<char> = text.chars().collect();
    assert_eq!(characters.len(), 256);
    assert_eq!(characters[0x41], 'A');
    assert_eq!(characters[0x80], '€');
    assert_eq!(characters[0x81], '\u{81}');
    assert_eq!(characters[0x8A], 'Š');
    assert_eq!(characters[0x96], '–');
    assert_eq!(characters[0x9F], 'Ÿ');
    assert_eq!(characters[0xA0], '\u{A0}');
    assert_eq!(
        (characters[0xE6], characters[0xF8], characters[0xE5]),
        ('æ', 'ø', 'å')
    );
    assert_eq!(characters[0xFF], 'ÿ');
}

#[test]
fn encodings_without_tables_refuse_anything_beyond_ascii() {
    assert_eq!(
        SHIFT_JIS
            .decode_without_bom_handling_and_without_replacement(b"<?xml?>")
            .as_deref(),
        Some("<?xml?>")
    );
    assert_eq!(
        SHIFT_JIS.decode_without_bom_handling_and_without_replacement(b"\x82\xA0"),
        None
    );
    assert_eq!(replaced(REPLACEMENT, b"abc"), "\u{FFFD}");
}

#[test]
fn a_bom_chooses_the_encoding_in_decode() {
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(utf16le("Bø"));
    let (text, encoding, malformed) = UTF_8.decode(&bytes);
    assert_eq!((&*text, encoding, malformed), ("Bø", UTF_16LE, false));
    let (text, encoding, _) = WINDOWS_1252.decode(b"\xEF\xBB\xBFB\xC3\xB8");
    assert_eq!((&*text, encoding), ("Bø", UTF_8));
    assert_eq!(WINDOWS_1252.decode(b"B\xF8").0, "Bø");
}

#[test]
fn labels_are_trimmed_and_case_blind() {
    assert_eq!(Encoding::for_label(b" UTF-8\n"), Some(UTF_8));
    assert_eq!(Encoding::for_label(b"Latin1"), Some(WINDOWS_1252));
    assert_eq!(Encoding::for_label(b"utf-16"), Some(UTF_16LE));
    assert_eq!(Encoding::for_label(b"UTF-16BE"), Some(UTF_16BE));
    assert_eq!(Encoding::for_label(b"shift_jis"), None);
    assert_eq!(Encoding::for_label(b""), None);
    assert_eq!(UTF_16BE.name(), "UTF-16BE");
}

#[test]
fn the_stated_buffer_length_is_always_enough() {
    // Bytes from a fixed linear congruential sequence, decoded in one call into a buffer of
    // exactly the stated length, never fill it.
    let mut seed: u32 = 2017;
    for encoding in [UTF_8, UTF_16LE, UTF_16BE, WINDOWS_1252, SHIFT_JIS] {
        for length in 0..200 {
            let bytes: Vec<u8> = (0..length)
                .map(|_| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    (seed >> 16) as u8
                })
                .collect();
            let mut decoder = encoding.new_decoder_without_bom_handling();
            let mut buffer = vec![0; decoder.max_utf8_buffer_length(length).unwrap()];
            let (result, read, written, _) = decoder.decode_to_utf8(&bytes, &mut buffer, true);
            assert_eq!(
                (result, read),
                (CoderResult::InputEmpty, length),
                "{encoding:?}"
            );
            assert!(std::str::from_utf8(&buffer[..written]).is_ok());
        }
    }
}
