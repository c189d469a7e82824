//! What bodies compressed once and sent many times need: compression (at the highest
//! levels, or the fastest for self-check steps), the choice of encoding from
//! `Accept-Encoding`, and a strong ETag. Used by the kept pages and self-check steps
//! (`page_cache`) and the built assets under `/pkg` (`static_files`).

use axum::body::Bytes;
use axum::http::{header, HeaderMap, HeaderValue};
use base64::Engine;
use sha2::{Digest, Sha256};
use std::io::Write;

/// How hard to compress. Kept pages are compressed once a day, so at the highest
/// levels; a self-check step is compressed on every miss (a step never asked before
/// costs its render plus this), so brotli at its fastest level and no gzip form: every
/// browser asks for brotli, and a client that takes gzip only gets the step compressed
/// on the fly, as before steps were kept.
#[derive(Clone, Copy, Debug)]
pub struct Levels {
    /// `None`: no gzip form is kept.
    pub gzip: Option<u32>,
    /// brotli's quality, 0–11.
    pub brotli: u8,
}

impl Levels {
    pub const BEST: Levels = Levels {
        gzip: Some(9),
        brotli: 11,
    };
    pub const FAST: Levels = Levels {
        gzip: None,
        brotli: 1,
    };
}

/// The compressed forms of one body, made once at some [`Levels`].
#[derive(Debug)]
pub struct Compressed {
    pub brotli: Bytes,
    /// `None` when the levels keep no gzip form.
    pub gzip: Option<Bytes>,
}

impl Compressed {
    /// Compresses `data` at `levels`; `None` when a compressor failed.
    pub fn make(data: &[u8], levels: Levels) -> Option<Compressed> {
        let brotli = Bytes::from(brotli(data, levels.brotli)?);
        let gzip = match levels.gzip {
            Some(level) => Some(Bytes::from(gzip(data, level)?)),
            None => None,
        };
        Some(Compressed { brotli, gzip })
    }

    /// What to send for `encoding`: the kept form and its coding, or `identity` (the
    /// body itself) when that coding is not kept or not wanted.
    pub fn choose(&self, encoding: Encoding, identity: &Bytes) -> (Bytes, Encoding) {
        match (encoding, &self.gzip) {
            (Encoding::Brotli, _) => (self.brotli.clone(), Encoding::Brotli),
            (Encoding::Gzip, Some(gzip)) => (gzip.clone(), Encoding::Gzip),
            (Encoding::Gzip | Encoding::Identity, _) => (identity.clone(), Encoding::Identity),
        }
    }

    /// The bytes held.
    pub fn size(&self) -> usize {
        self.brotli.len() + self.gzip.as_ref().map_or(0, Bytes::len)
    }
}

/// gzip at `level` (0–9).
pub fn gzip(data: &[u8], level: u32) -> Option<Vec<u8>> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::new(level));
    encoder.write_all(data).ok()?;
    encoder.finish().ok()
}

/// brotli at `quality` (0–11), with Google's encoder (`brotlic`). On a 6.4 KB step at
/// quality 1 it took 29 µs where the Rust port took 51 µs, for the same 2,813 bytes.
pub fn brotli(data: &[u8], quality: u8) -> Option<Vec<u8>> {
    let encoder = brotlic::BrotliEncoderOptions::new()
        .quality(brotlic::Quality::new(quality).ok()?)
        // A page is tens of kilobytes: the hint lets the encoder size its tables to it.
        .size_hint(u32::try_from(data.len()).unwrap_or(u32::MAX))
        .build()
        .ok()?;
    // The whole body in one write: at the fastest levels the encoder compresses each
    // piece it is given on its own, and pieces compress worse than the whole.
    let mut writer =
        brotlic::CompressorWriter::with_encoder(encoder, Vec::with_capacity(data.len() / 2));
    writer.write_all(data).ok()?;
    // Finishes the stream; writing into a `Vec` cannot fail.
    writer.into_inner().ok()
}

/// The encodings the portal sends bodies in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Brotli,
    Gzip,
    Identity,
}

impl Encoding {
    /// The accepted coding with the highest q-value, brotli before gzip when they tie
    /// (it is the smaller); identity when neither is accepted. `q=0` refuses a coding,
    /// `*` stands for every coding not named, and a q-value that does not parse counts
    /// as a refusal: identity is always a safe answer.
    pub fn accepted(headers: &HeaderMap) -> Encoding {
        let (mut br, mut gz, mut any) = (None, None, None);
        for value in headers.get_all(header::ACCEPT_ENCODING) {
            let Ok(value) = value.to_str() else { continue };
            for item in value.split(',') {
                let mut fields = item.split(';');
                let coding = fields.next().unwrap_or_default().trim();
                let mut q = 1.0f32;
                for param in fields {
                    let (name, value) = param.split_once('=').unwrap_or((param, ""));
                    if name.trim().eq_ignore_ascii_case("q") {
                        q = value
                            .trim()
                            .parse::<f32>()
                            .ok()
                            .filter(|q| (0.0..=1.0).contains(q))
                            .unwrap_or(0.0);
                    }
                }
                let slot = if coding.eq_ignore_ascii_case("br") {
                    &mut br
                } else if coding.eq_ignore_ascii_case("gzip")
                    || coding.eq_ignore_ascii_case("x-gzip")
                {
                    &mut gz
                } else if coding == "*" {
                    &mut any
                } else {
                    continue;
                };
                // Named twice: the higher weight counts.
                *slot = Some(slot.map_or(q, |old: f32| old.max(q)));
            }
        }
        let br = br.or(any).unwrap_or(0.0);
        let gz = gz.or(any).unwrap_or(0.0);
        if br > 0.0 && br >= gz {
            Encoding::Brotli
        } else if gz > 0.0 {
            Encoding::Gzip
        } else {
            Encoding::Identity
        }
    }

    /// The `Content-Encoding` value, none for identity.
    pub fn name(self) -> Option<&'static str> {
        match self {
            Encoding::Brotli => Some("br"),
            Encoding::Gzip => Some("gzip"),
            Encoding::Identity => None,
        }
    }
}

/// A strong ETag for `body`: part of its SHA-256, so equal bytes get the same tag on
/// every instance and after a restart.
pub fn strong_etag(body: &[u8]) -> HeaderValue {
    let digest = Sha256::digest(body);
    let tag = format!(
        "\"{}\"",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(&digest[..18])
    );
    HeaderValue::from_str(&tag).expect("base64 in quotes is a valid header value")
}

/// `If-None-Match: "a", W/"b"` against our strong tag (weak comparison, as RFC 9110
/// asks for `GET`).
pub fn etag_matches(header: &HeaderValue, etag: &HeaderValue) -> bool {
    let Ok(list) = header.to_str() else {
        return false;
    };
    let ours = etag.to_str().unwrap_or_default();
    list.split(',')
        .map(|t| t.trim().trim_start_matches("W/"))
        .any(|t| t == "*" || t == ours)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_the_best_accepted_encoding() {
        let cases = [
            ("br, gzip", Encoding::Brotli),
            ("gzip, deflate, br", Encoding::Brotli),
            ("gzip", Encoding::Gzip),
            ("GZIP", Encoding::Gzip),
            ("x-gzip", Encoding::Gzip),
            ("br;q=0, gzip", Encoding::Gzip),
            ("identity", Encoding::Identity),
            ("", Encoding::Identity),
            ("gzip;q=0", Encoding::Identity),
            ("deflate, zstd", Encoding::Identity),
            // The weights decide, brotli only wins a tie.
            ("br;q=0.5, gzip", Encoding::Gzip),
            ("br;q=0.5, gzip;q=0.8", Encoding::Gzip),
            ("gzip;q=0.8, br;q=0.9", Encoding::Brotli),
            ("gzip;q=0.5, br;q=0.5", Encoding::Brotli),
            ("br; q=0.001", Encoding::Brotli),
            ("br;Q=0", Encoding::Identity),
            ("br;q=0.0, gzip;q=0.000", Encoding::Identity),
            // The wildcard stands for what is not named.
            ("*", Encoding::Brotli),
            ("*;q=0.5, gzip", Encoding::Gzip),
            ("*;q=0, gzip", Encoding::Gzip),
            ("br;q=0, *", Encoding::Gzip),
            ("*;q=0", Encoding::Identity),
            // Nonsense weights refuse; identity is always safe.
            ("br;q=abc, gzip", Encoding::Gzip),
            ("br;q=2", Encoding::Identity),
            ("br;q=-1, gzip;q=0.1", Encoding::Gzip),
            // Named twice: the higher weight.
            ("br;q=0, br;q=0.4, gzip;q=0.3", Encoding::Brotli),
        ];
        for (accept, expected) in cases {
            let mut headers = HeaderMap::new();
            headers.insert(header::ACCEPT_ENCODING, HeaderValue::from_static(accept));
            assert_eq!(Encoding::accepted(&headers), expected, "{accept}");
        }
        assert_eq!(Encoding::accepted(&HeaderMap::new()), Encoding::Identity);
        // Several header lines count together.
        let mut headers = HeaderMap::new();
        headers.append(header::ACCEPT_ENCODING, HeaderValue::from_static("gzip"));
        headers.append(header::ACCEPT_ENCODING, HeaderValue::from_static("br"));
        assert_eq!(Encoding::accepted(&headers), Encoding::Brotli);
    }

    #[test]
    fn matches_etags_weakly() {
        let ours = HeaderValue::from_static("\"abc\"");
        let cases = [
            ("\"abc\"", true),
            ("W/\"abc\"", true),
            ("\"x\", \"abc\"", true),
            ("*", true),
            ("\"abd\"", false),
            ("abc", false),
        ];
        for (header, expected) in cases {
            assert_eq!(
                etag_matches(&HeaderValue::from_static(header), &ours),
                expected,
                "{header}"
            );
        }
    }

    #[test]
    fn the_etag_follows_the_bytes() {
        assert_eq!(strong_etag(b"a"), strong_etag(b"a"));
        assert_ne!(strong_etag(b"a"), strong_etag(b"b"));
        let tag = strong_etag(b"a");
        let tag = tag.to_str().unwrap();
        assert!(
            tag.starts_with('"') && tag.ends_with('"') && tag.len() == 26,
            "{tag}"
        );
    }

    #[test]
    fn the_compressed_forms_give_the_bytes_back() {
        let data = "Meldwijzer ".repeat(1000);
        let gz = gzip(data.as_bytes(), 9).unwrap();
        let mut back = String::new();
        std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&gz[..]), &mut back)
            .unwrap();
        assert_eq!(back, data);
        assert!(gz.len() < data.len() / 10);
        // A step's fastest level and a page's highest, over more than one 4 KiB piece.
        for quality in [Levels::FAST.brotli, Levels::BEST.brotli] {
            let br = brotli(data.as_bytes(), quality).unwrap();
            let mut back = Vec::new();
            brotli::BrotliDecompress(&mut &br[..], &mut back).unwrap();
            assert_eq!(back, data.as_bytes(), "{quality}");
            assert!(br.len() < data.len() / 10, "{quality}: {}", br.len());
        }
    }
}
