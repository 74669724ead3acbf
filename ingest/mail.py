"""E-mail files (.eml) as the text of their header and body, so they are chunked as a pasted e-mail is.

Python's ``email`` package reads the MIME structure: a multipart message, a quoted-printable or
base64 body, its charset. The message's plain-text part is its text, else its HTML part as the
page's visible text; attachments are left out (an attached file is a document of its own to ingest).
The header lines a reader sees (From, To, Cc, Date, Subject) go first, written as the text reader
expects an e-mail's (:mod:`ingest.text`): each line then says which message it belongs to. Example::

    eml_text(Path("quote.eml"))
    # 'From: Bethan Ashlow <bethan@…>\\nDate: Thu, 19 Mar 2026 16:42:10 +0000\\nSubject: …\\n\\nDear Priya, …'
"""

from __future__ import annotations

from email import policy
from email.errors import MessageError
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

from common.errors import SourceError
from ingest.markup import html_markdown

_SHOWN = ("From", "To", "Cc", "Date", "Subject")  # the header lines a mail program shows


def eml_text(path: Path) -> str:
    """The text of the e-mail in ``path``: its shown header lines, a blank line, its body."""
    try:
        with path.open("rb") as file:
            message = BytesParser(policy=policy.default).parse(file)
        header = "\n".join(f"{name}: {message[name]}" for name in _SHOWN if message[name])
        text = _body(message)
    # the standard library's header and MIME parsers raise more than MessageError on a malformed
    # message (an AttributeError for a broken address group, a LookupError for an unknown charset)
    except (
        MessageError,
        LookupError,
        UnicodeError,
        ValueError,
        AttributeError,
        TypeError,
        IndexError,
    ) as error:
        raise SourceError(f"{path}: not a readable e-mail ({error})") from error
    if not header or not message["From"]:
        raise SourceError(f"{path}: not an e-mail (no From header)")
    if not text.strip():
        raise SourceError(f"{path}: an e-mail without text")
    return f"{header}\n\n{text}"


def _body(message: EmailMessage) -> str:
    """The message's plain-text part, else (none, or blank) its HTML part's visible text."""
    for kind in ("plain", "html"):
        part = message.get_body(preferencelist=(kind,))
        text = part.get_content() if part is not None else ""
        if text.strip():
            return html_markdown(text) if kind == "html" else text
    return ""
