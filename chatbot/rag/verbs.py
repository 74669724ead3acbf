"""The forms of English irregular verbs, so a check that asks "do the documents use this word?" sees
that "Hetty Marchbank leads the walk." says what "Led by Hetty Marchbank" does, and "teaches" what
"are taught by" does. A crude stem cannot: "led" and "taught" share no letters' ending with "lead"
and "teach". Verbs whose forms are also common nouns or other words ("found", "left", "saw",
"ground", "rose", "fell", "born", "lay", "lie") are left out: "founded" is not "found". Example::

    forms("teaches")   # {"teach", "teaches", "teaching", "taught"}
"""

from __future__ import annotations

import re

# a final consonant doubled before "-ing" (every such verb below is stressed on its last syllable)
_SHORT_ENDING = re.compile(r"(?:^|[^aeiou])[aeiou][^aeiouwxy]$")
# base, then its past and participle forms (those that are not base + "ed"; a verb with none, such as
# "cut" or "put", is here for its "-ing" form, which a crude stem reads as "putt")
_IRREGULAR = """
begin began begun; bend bent; bind bound; bite bitten; blow blew blown;
break broke broken; breed bred;
bring brought; build built; burn burnt; buy bought; catch caught; choose chose chosen; come came; cut;
deal dealt; dig dug; draw drew drawn; drink drank drunk; drive drove driven; eat ate eaten; feed fed;
feel felt; fight fought; flee fled; fly flew flown; forbid forbade forbidden; forget forgot forgotten;
forgive forgave forgiven; freeze froze frozen; get got gotten; give gave given; go went gone;
grow grew grown; hang hung; hear heard; hide hid hidden; hold held; keep kept; know knew known;
lead led; lend lent; lose lost; make made; mean meant; meet met; oversee oversaw overseen; pay paid; put;
rebuild rebuilt; ride rode ridden; ring rang rung; run ran; say said; see seen; sell sold;
send sent; shake shook shaken; shoot shot; show shown; shut; sing sang sung; sink sank sunk;
sit sat; sleep slept; speak spoke spoken; spend spent; spin spun; stand stood;
steal stole stolen; stick stuck; strike struck; swear swore sworn; sweep swept; swim swam swum;
swing swung; take took taken; teach taught; tell told; think thought; throw threw thrown;
undertake undertook undertaken; understand understood; wake woke woken; wear wore worn;
weave wove woven; win won; withdraw withdrew withdrawn; write wrote written
"""


def _family(base: str, others: list[str]) -> frozenset[str]:
    """Every form of a verb: its base, third person, -ing form and irregular forms."""
    third = f"{base}es" if base.endswith(("s", "sh", "ch", "x", "o")) else f"{base}s"
    if base.endswith("e") and not base.endswith("ee"):
        stem = base[:-1]  # "take": "taking"
    elif _SHORT_ENDING.search(base):
        stem = base + base[-1]  # "run": "running", "begin": "beginning"
    else:
        stem = base
    return frozenset({base, third, f"{stem}ing", *others})


def _table() -> dict[str, frozenset[str]]:
    """Each form of each irregular verb, with all the forms of its verb."""
    table: dict[str, frozenset[str]] = {}
    for entry in _IRREGULAR.split(";"):
        base, *others = entry.split()
        family = _family(base, others)
        table.update(dict.fromkeys(family, family))
    return table


_FORMS = _table()


def forms(word: str) -> frozenset[str]:
    """All the forms of the irregular verb ``word`` is a form of (lower case), or just ``word``."""
    return _FORMS.get(word, frozenset({word}))
