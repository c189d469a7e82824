//! Compression for what is compressed once and sent many times: the kept pages and
//! self-check steps (`page_cache`).

use std::io::Write;

/// How hard to compress. Kept pages are compressed once a day, so at the highest
/// levels; a self-check step is compressed on every miss (a step never asked before
/// costs its render plus this), so brotli at its fastest level and no gzip form: every
/// browser asks for brotli, and a client that takes gzip only gets the step compressed
/// on the fly, as before steps were kept. Measured on a miss (callgrind): brotli-1
/// 0.87 M instructions, gzip-1 0.77 M, the render about 1.5 M.
#[derive(Clone, Copy, Debug)]
pub struct Levels {
    /// `None`: no gzip form is kept.
    pub gzip: Option<u32>,
    pub brotli: i32,
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

/// gzip at `level` (0–9).
pub fn gzip(data: &[u8], level: u32) -> Option<Vec<u8>> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::new(level));
    encoder.write_all(data).ok()?;
    encoder.finish().ok()
}

/// brotli at `quality` (0–11).
pub fn brotli(data: &[u8], quality: i32) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality,
        // A page is tens of kilobytes: the hint lets the encoder size its tables to
        // it instead of clearing megabytes for every step.
        size_hint: data.len(),
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &data[..], &mut out, &params).ok()?;
    Some(out)
}
