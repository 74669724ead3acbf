"""What a document's rule says happens on the condition a question names, read without the model.

Asked "What happens if my phone rings during a game at Ringfield Chess Club?" over a handbook's
section "Mobile phones must be switched off in the playing room. If a phone rings during a game, the
owner loses that game.", the 135M reader wrote "Ringfield Chess Club must be switched off in the
playing room.", which names the club as the grounding checks want. Rules are written as conditions
("If …, …", "… when …"), so the one sentence whose condition says every word of the question's
(its names may be the section's heading's, or said elsewhere in the file) is the answer, in the
document's own words. Example::

    consequence("What happens if my phone rings during a game?",
                "Handbook › Conduct: If a phone rings during a game, the owner loses that game.")
    # 'If a phone rings during a game, the owner loses that game.'
"""

from __future__ import annotations

import re

from chatbot.rag.grounding import stem_keys
from chatbot.rag.table_lookup import Filed, row_cells
from ingest.separators import body_of, heading_of
from ingest.text import sentences
from vectorstore.words import FILLER, name_words, words

_HAPPENS = r"what\s+(?:happens|will\s+happen|would\s+happen|happened)"
# "What happens if X?", "what happens when X", "What if X?"; "If X, what happens (to the deposit)?"
_ASKED = re.compile(rf"\b(?:{_HAPPENS}\s+(?:if|when)|what\s+if)\s+(?P<condition>[^?]+)", re.IGNORECASE)
_ASKED_AFTER = re.compile(rf"^\s*(?:if|when)\s+(?P<condition>[^,]+),\s*{_HAPPENS}\s*\??\s*$", re.IGNORECASE)
# a rule's condition, up to the comma or semicolon that closes it
_CONDITION = re.compile(r"\b(?:if|when|whenever)\s+(?P<condition>[^,;]+)", re.IGNORECASE)
# who asks, which no rule says ("if my phone rings": "if a phone rings")
_ASKER = frozenset({"i", "i'm", "me", "my", "mine", "we", "our", "us", "you", "your"})


def consequence(question: str, document: str, filed: Filed = lambda word: False) -> str | None:
    """The one sentence of prose ``document`` whose condition says every word of the condition
    ``question`` asks what happens on, less its names that the heading says or its file does
    (``filed``); None for any other question, a table row, or no such sentence or two."""
    asked = _ASKED_AFTER.match(question) or _ASKED.search(question)
    if not asked or row_cells(document) is not None:
        return None
    condition = asked["condition"]
    given = stem_keys(heading_of(document).replace("_", " "))
    named = {w for w in name_words(condition) if filed(w)}
    wanted = {
        key for w in words(condition) if w not in FILLER | _ASKER | named for key in stem_keys(w)
    } - given
    if not wanted:
        return None
    found = [
        sentence
        for sentence in sentences(body_of(document))
        if (rule := _CONDITION.search(sentence)) and wanted <= stem_keys(rule["condition"])
    ]
    return found[0] if len(found) == 1 else None
