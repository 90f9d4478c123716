"""The text of a saved web page (trafilatura) or of a PDF (pypdf), with its metadata."""
import io
import re
from dataclasses import dataclass

from ...core.errors import InputError, PipelineError
from .names import clean_title, valid_iso_date


XML_DECL = re.compile(r"\A\s*<\?xml[^>]*\?>", re.I)
PAGE_BREAK = "\n\f\n"
JUNK_PDF_TITLE = re.compile(
    r"^(?:untitled|title|document|microsoft word\b.*|.*\.(?:docx?|pdf|odt|rtf|indd|pptx?|txt))$", re.I)


@dataclass
class Extraction:
    """Text of a document and what its metadata says (None when absent)."""
    text: str
    title: str = None
    date: str = None
    url: str = None


def _trafilatura():
    try:
        import trafilatura
        from trafilatura.metadata import extract_metadata
    except ImportError as exc:
        raise PipelineError(f"HTML extraction needs trafilatura, which cannot be imported: {exc} "
                            "(a dependency of trafilatura is missing; see requirements.lock)") from None
    return trafilatura, extract_metadata


def extract_text_from_html(html, url=None):
    """Main text and metadata of an HTML page (a str), by trafilatura.

    Each block trafilatura keeps (paragraph, heading, list item, table row)
    becomes a paragraph, separated from the next by a blank line. Returns an
    Extraction whose text is "" when the page has no main text.
    """
    trafilatura, extract_metadata = _trafilatura()
    html = XML_DECL.sub("", html, count=1)  # lxml refuses a str that declares its encoding
    text = trafilatura.extract(html, url=url, output_format="txt", include_comments=False,
                               include_tables=True, favor_recall=True, with_metadata=False)
    blocks = [line.rstrip() for line in (text or "").split("\n")]
    body = "\n\n".join(b for b in blocks if b.strip())
    meta = extract_metadata(html, default_url=url, extensive=False)
    date = meta.date if meta.date and valid_iso_date(meta.date) else None
    return Extraction(body, clean_title(meta.title), date, meta.url or None)


def extract_text_from_pdf(data, path="<pdf>"):
    """Text and metadata of a PDF (bytes), by pypdf.

    Pages are joined by ``"\\n\\f\\n"``: the segmenter reads the form feed as
    a page break (a paragraph break, except that a line without a sentence
    end followed by a lower-case line is joined across it). Returns an
    Extraction whose text is "" when no page has text (a scan, images only).
    Raises InputError for a file pypdf cannot read or decrypt.
    """
    import pypdf
    from pypdf.errors import DependencyError, FileNotDecryptedError

    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        pages = [(page.extract_text() or "") for page in reader.pages]
    except FileNotDecryptedError:
        raise InputError(path, "the PDF is encrypted with a password",
                         "save an unprotected copy, or add its text as .txt") from None
    except DependencyError as exc:
        raise InputError(path, f"the PDF cannot be decrypted: {exc}", "add its text as .txt") from None
    except Exception as exc:  # noqa: BLE001 -- pypdf on a malformed file can raise almost anything
        raise InputError(path, f"not a readable PDF: {type(exc).__name__}: {exc}",
                         "download it again, or add its text as .txt") from None
    pages = [p.replace("\r\n", "\n").replace("\r", "\n").strip("\n").rstrip() for p in pages]
    text = PAGE_BREAK.join(pages) if any(p.strip() for p in pages) else ""
    title = date = None
    try:
        info = reader.metadata
        if info is not None:
            title = clean_title(info.title)
            if title and JUNK_PDF_TITLE.match(title):
                title = None
            created = info.creation_date
            date = created.date().isoformat() if created else None
    except Exception:  # noqa: BLE001 -- malformed metadata is ignored, the text is what counts
        title = date = None
    return Extraction(text, title, date, None)
