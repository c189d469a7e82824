//! Uploads: what a file is, told by its first bytes ("magic bytes"), never by its name
//! or the type the browser sends. Only PDF, JPEG and PNG are taken: what residents send
//! (a payslip as PDF, a photo of a letter) and what a case worker opens safely. An
//! executable renamed to `loonstrook.pdf` starts with `MZ` or `\x7fELF`, not `%PDF-`,
//! and is refused.
//!
//! The original file name is kept for display only (cleaned by [`display_name`]); the
//! store saves the bytes under a name it generates.

use super::fields::{is_direction_control, Problem};

/// At most this many bytes per file (10 MB): a phone photo is 2–5 MB.
pub const MAX_FILE_BYTES: usize = 10 * 1024 * 1024;
/// At most this many files per change.
pub const MAX_FILES_PER_CHANGE: usize = 5;
/// The most bytes all files of one notice may have together: what one notice holds in
/// memory when it is sent stays bounded, whatever the number of changes.
pub const MAX_NOTICE_FILE_BYTES: usize = 25 * 1024 * 1024;
/// A displayed file name is cut to this many characters (the extension is kept).
pub const MAX_DISPLAY_NAME_CHARS: usize = 80;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FileType {
    Pdf,
    Jpeg,
    Png,
}

impl FileType {
    pub const ALL: [FileType; 3] = [FileType::Pdf, FileType::Jpeg, FileType::Png];

    /// The media type to send when the file is downloaded.
    pub fn media_type(self) -> &'static str {
        match self {
            FileType::Pdf => "application/pdf",
            FileType::Jpeg => "image/jpeg",
            FileType::Png => "image/png",
        }
    }

    /// The extension for a stored or downloaded file.
    pub fn extension(self) -> &'static str {
        match self {
            FileType::Pdf => "pdf",
            FileType::Jpeg => "jpg",
            FileType::Png => "png",
        }
    }

    fn magic(self) -> &'static [u8] {
        match self {
            FileType::Pdf => b"%PDF-",
            FileType::Jpeg => &[0xff, 0xd8, 0xff],
            FileType::Png => &[0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a],
        }
    }

    /// The type the bytes start with, if it is one the portal takes.
    pub fn sniff(bytes: &[u8]) -> Option<FileType> {
        FileType::ALL
            .into_iter()
            .find(|t| bytes.starts_with(t.magic()))
    }
}

/// An upload that passed [`check_upload`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Upload {
    /// The type by the file's bytes.
    pub file_type: FileType,
    /// In bytes.
    pub size: usize,
    /// The name the device sent, cleaned for display (see [`display_name`]).
    pub display_name: Option<String>,
}

/// Checks an upload: not empty, not over [`MAX_FILE_BYTES`], and a PDF, JPEG or PNG by
/// its bytes. The declared name plays no part in the decision (a photo saved as
/// `scan.pdf` is taken as the JPEG it is); it is only cleaned for display.
pub fn check_upload(declared_name: &str, bytes: &[u8]) -> Result<Upload, Problem> {
    check_upload_head(declared_name, bytes, bytes.len())
}

/// How many leading bytes [`check_upload_head`] needs to tell the type: more than the
/// longest signature.
pub const HEAD_BYTES: usize = 16;

/// [`check_upload`] for a file that is not in memory whole: its first bytes (at least
/// [`HEAD_BYTES`] of them, or all if it is shorter) and its size.
pub fn check_upload_head(declared_name: &str, head: &[u8], size: usize) -> Result<Upload, Problem> {
    if size == 0 {
        return Err(Problem::FileEmpty);
    }
    if size > MAX_FILE_BYTES {
        return Err(Problem::FileTooLarge);
    }
    let file_type = FileType::sniff(head).ok_or(Problem::FileType)?;
    Ok(Upload {
        file_type,
        size,
        display_name: display_name(declared_name),
    })
}

/// The file name the resident's device sent, safe to show: without folders
/// (`C:\fakepath\…`, `../`), control characters and characters that reverse the writing
/// direction (`invoice\u{202e}fdp.exe`), trimmed, and cut to
/// [`MAX_DISPLAY_NAME_CHARS`] characters with the extension kept. `None` when nothing
/// is left. Never use it as a storage name.
pub fn display_name(declared_name: &str) -> Option<String> {
    let base = declared_name
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or(declared_name);
    let clean: String = base
        .chars()
        .filter(|&c| !c.is_control() && !is_direction_control(c))
        .collect();
    let clean = clean.trim();
    if clean.is_empty() || clean.chars().all(|c| c == '.') {
        return None;
    }
    let count = clean.chars().count();
    if count <= MAX_DISPLAY_NAME_CHARS {
        return Some(clean.to_owned());
    }
    let extension = clean
        .rsplit_once('.')
        .map(|(_, ext)| ext)
        .filter(|ext| !ext.is_empty() && ext.chars().count() <= 5);
    let keep = MAX_DISPLAY_NAME_CHARS - 1 - extension.map_or(0, |e| e.chars().count() + 1);
    let head: String = clean.chars().take(keep).collect();
    Some(match extension {
        Some(ext) => format!("{}….{ext}", head.trim_end()),
        None => format!("{}…", head.trim_end()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(start: &[u8]) -> Vec<u8> {
        let mut bytes = start.to_vec();
        bytes.extend_from_slice(&[0x20; 64]);
        bytes
    }

    #[test]
    fn the_bytes_decide() {
        let cases: Vec<(&str, Vec<u8>, Result<FileType, Problem>)> = vec![
            ("loonstrook.pdf", file(b"%PDF-1.7\n"), Ok(FileType::Pdf)),
            (
                "foto.jpg",
                file(&[0xff, 0xd8, 0xff, 0xe0]),
                Ok(FileType::Jpeg),
            ),
            (
                "foto.jpeg",
                file(&[0xff, 0xd8, 0xff, 0xe1]),
                Ok(FileType::Jpeg),
            ),
            ("scan.png", file(b"\x89PNG\r\n\x1a\n"), Ok(FileType::Png)),
            // A misnamed photo is taken as what it is.
            (
                "scan.pdf",
                file(&[0xff, 0xd8, 0xff, 0xdb]),
                Ok(FileType::Jpeg),
            ),
            // Executables, whatever their name.
            (
                "loonstrook.pdf",
                file(b"MZ\x90\x00"),
                Err(Problem::FileType),
            ),
            ("foto.jpg", file(b"\x7fELF\x02\x01"), Err(Problem::FileType)),
            ("run.pdf", file(b"#!/bin/sh\n"), Err(Problem::FileType)),
            // Other documents and images.
            ("brief.docx", file(b"PK\x03\x04"), Err(Problem::FileType)),
            ("foto.gif", file(b"GIF89a"), Err(Problem::FileType)),
            (
                "foto.heic",
                file(b"\x00\x00\x00\x18ftypheic"),
                Err(Problem::FileType),
            ),
            ("plaatje.svg", file(b"<svg xmlns="), Err(Problem::FileType)),
            (
                "pagina.pdf",
                file(b"<html><script>"),
                Err(Problem::FileType),
            ),
            // Almost a PDF or a PNG.
            ("kort.pdf", b"%PDF".to_vec(), Err(Problem::FileType)),
            ("kort.png", b"\x89PNG\r\n".to_vec(), Err(Problem::FileType)),
            (" %PDF.pdf", file(b" %PDF-1.7"), Err(Problem::FileType)),
            ("leeg.pdf", Vec::new(), Err(Problem::FileEmpty)),
        ];
        for (name, bytes, expected) in cases {
            let got = check_upload(name, &bytes).map(|u| u.file_type);
            assert_eq!(got, expected, "{name}");
        }
        let upload = check_upload(r"C:\fakepath\loonstrook.pdf", &file(b"%PDF-1.4")).unwrap();
        assert_eq!(
            upload,
            Upload {
                file_type: FileType::Pdf,
                size: 72,
                display_name: Some("loonstrook.pdf".into()),
            }
        );
    }

    #[test]
    fn size_limit() {
        let mut bytes = vec![0u8; MAX_FILE_BYTES];
        bytes[..5].copy_from_slice(b"%PDF-");
        let upload = check_upload("groot.pdf", &bytes).unwrap();
        assert_eq!(upload.size, MAX_FILE_BYTES);
        bytes.push(0);
        assert_eq!(
            check_upload("groot.pdf", &bytes),
            Err(Problem::FileTooLarge)
        );
    }

    #[test]
    fn the_head_and_size_decide_as_the_whole_file_would() {
        let png: &[u8] = &[0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13];
        let cases: Vec<(&[u8], usize, Result<FileType, Problem>)> = vec![
            (b"%PDF-1.7\n0123456", 3_000_000, Ok(FileType::Pdf)),
            (png, MAX_FILE_BYTES, Ok(FileType::Png)),
            (&[0xff, 0xd8, 0xff], 3, Ok(FileType::Jpeg)),
            (png, MAX_FILE_BYTES + 1, Err(Problem::FileTooLarge)),
            (
                b"MZ\x90\0\x03\0\0\0\x04\0\0\0\xff\xff\0\0",
                40_000,
                Err(Problem::FileType),
            ),
            (b"", 0, Err(Problem::FileEmpty)),
        ];
        for (head, size, expected) in cases {
            let got = check_upload_head("scan", head, size).map(|u| (u.file_type, u.size));
            assert_eq!(got, expected.map(|t| (t, size)), "{head:?}");
        }
        // A head of HEAD_BYTES is enough for every signature.
        assert!(FileType::ALL.iter().all(|t| t.magic().len() < HEAD_BYTES));
    }

    #[test]
    fn types_have_media_types_and_extensions() {
        let got: Vec<_> = FileType::ALL
            .iter()
            .map(|t| (t.media_type(), t.extension()))
            .collect();
        assert_eq!(
            got,
            [
                ("application/pdf", "pdf"),
                ("image/jpeg", "jpg"),
                ("image/png", "png")
            ]
        );
    }

    #[test]
    fn names_are_cleaned_for_display() {
        let long = format!("{}.pdf", "a".repeat(200));
        let long_shown = format!("{}….pdf", "a".repeat(MAX_DISPLAY_NAME_CHARS - 5));
        let no_ext = "b".repeat(100);
        let no_ext_shown = format!("{}…", "b".repeat(MAX_DISPLAY_NAME_CHARS - 1));
        let cases: Vec<(&str, Option<&str>)> = vec![
            ("loonstrook maart.pdf", Some("loonstrook maart.pdf")),
            (r"C:\fakepath\loonstrook.pdf", Some("loonstrook.pdf")),
            ("../../etc/passwd", Some("passwd")),
            ("invoice\u{202e}fdp.exe", Some("invoicefdp.exe")),
            ("a\u{0}b\nc.pdf", Some("abc.pdf")),
            ("قسيمة الراتب.pdf", Some("قسيمة الراتب.pdf")),
            ("<script>.pdf", Some("<script>.pdf")),
            ("  ", None),
            ("..", None),
            ("map/", None),
            (&long, Some(&long_shown)),
            (&no_ext, Some(&no_ext_shown)),
        ];
        for (input, expected) in cases {
            let shown = display_name(input);
            assert_eq!(shown.as_deref(), expected, "{input}");
            if let Some(shown) = shown {
                assert!(shown.chars().count() <= MAX_DISPLAY_NAME_CHARS, "{input}");
            }
        }
    }
}
