"""The RAG chain: question → its parts → retriever → the seed's prompt → the LM → answer + sources.

``build_chain().invoke("What is the capital of France?")`` returns a dict with ``question``,
``settings``, ``sources`` (Documents, score in ``metadata["score"]``), ``prompt`` (exactly what the
model read, or None), ``retrieval_s`` (seconds spent finding the sources) and ``answer``;
``.stream(...)`` yields the same keys, then the answer a sentence at a time. A request may also be
``{"question": ..., "options": {"temperature": 0.5, "top_k": 3}}``: those settings (see
:data:`chatbot.settings.PER_REQUEST`) apply to that request only, and travel with it from step to
step (:class:`Request` → :class:`Retrieved` → :class:`Prompted`).

A question about several entities ("the capitals of Peru and Chile") is split into one part per
entity (:mod:`chatbot.rag.decompose`); each part is retrieved and answered on its own, and the
answers are joined. When no document passes retrieval, small talk gets its reply
(:mod:`chatbot.rag.smalltalk`) and any other question :data:`NO_ANSWER`, without the model: a small
model asked for a fact it has no document for invents one.
"""

from __future__ import annotations

import threading
import time
import weakref
from collections.abc import Iterator
from dataclasses import dataclass, field

from langchain_core.documents import Document
from langchain_core.language_models.llms import LLM
from langchain_core.retrievers import BaseRetriever
from langchain_core.runnables import Runnable, RunnableConfig, RunnableGenerator, RunnableLambda
from langchain_core.runnables.utils import AddableDict

from chatbot.lm.doccache import DocumentCache
from chatbot.lm.engine import Engine
from chatbot.lm.llm import EngineLLM
from chatbot.lm.models import LoadedLM, load_for_chat, load_lm
from chatbot.rag.address_lookup import LOCATED, addressed
from chatbot.rag.age_rule import age_ruled, ages_another_doing
from chatbot.rag.answer import NO_ANSWER, clean_answer
from chatbot.rag.answer_kind import fits, known_kind
from chatbot.rag.code_lookup import code_kind, keyed_row, whole_codes
from chatbot.rag.compare import comparison, told_gap
from chatbot.rag.consequence import consequence
from chatbot.rag.day_rule import day_ruled
from chatbot.rag.decompose import leans_on, split
from chatbot.rag.fact_lookup import stated
from chatbot.rag.field_lookup import named_in_field
from chatbot.rag.grounding import asks_unsaid, checked, gives_address
from chatbot.rag.leave_rule import leave_ruled
from chatbot.rag.list_lookup import keyed_by, labelled_by, listed
from chatbot.rag.measure_rule import measure_ruled
from chatbot.rag.numbered import numbered
from chatbot.rag.phone_lookup import phone_owner
from chatbot.rag.prompt import render_segments, sanitize, special_tokens
from chatbot.rag.reference_lookup import referenced
from chatbot.rag.renumbered import renumbered
from chatbot.rag.sentence_lookup import conditioned, quoted, quoted_instead, seasonal
from chatbot.rag.smalltalk import SmallTalk
from chatbot.rag.table_lookup import (
    Filed,
    Table,
    Unique,
    about_row,
    another_rows,
    keyed_otherwise,
    looked_up,
    names_row,
    row_cells,
    row_label,
    row_unnamed,
    table_of,
)
from chatbot.settings import Settings
from common.errors import QuestionError
from ingest.separators import ROW_SEPARATOR, body_of
from vectorstore.embedder import Embedder, load_embedder
from vectorstore.hybrid import lexical_index, mended
from vectorstore.lexical import LexicalIndex
from vectorstore.retriever import make_retriever
from vectorstore.spelling import plain
from vectorstore.store import open_store

# the row subjects of each table an index holds, by the table rows' label ("islands.csv — ")
_TABLES: weakref.WeakKeyDictionary[LexicalIndex, dict[str, Table]] = weakref.WeakKeyDictionary()
_ACROSS_ROWS = 5  # documents read for a difference of two columns of one row, or two items of a list


@dataclass(frozen=True)
class Prompt:
    """What the model reads: the text, and its segments when documents are encoded independently."""

    text: str
    segments: list[str] | None = None


@dataclass(frozen=True)
class Part:
    """One entity's share of a question: its own question, documents and prompt."""

    question: str
    name: str | None  # the entity, when the question listed several
    sources: list[Document] = field(default_factory=list)
    prompt: Prompt | None = None  # None: the answer is ``given``, or else NO_ANSWER
    given: str | None = None  # an answer without the model: a table row's cell, a reply to small talk


@dataclass(frozen=True)
class Request:
    """A question ready to answer: sanitized and cut to size, with this request's settings."""

    question: str
    settings: Settings


@dataclass(frozen=True)
class Retrieved(Request):
    """The request's parts, each with the documents retrieved for it (best first)."""

    parts: list[Part]
    seconds: float = 0.0  # what retrieval took (splitting, searching, gating every part)

    @property
    def sources(self) -> list[Document]:
        """Every part's documents, each once, in order."""
        return list({doc.id or doc.page_content: doc for part in self.parts for doc in part.sources}.values())


@dataclass(frozen=True)
class Prompted(Retrieved):
    """The request's parts, each with its prompt."""

    @property
    def prompt(self) -> str | None:
        """What the model read (the parts' prompts one after another), or None when it was not asked."""
        texts = [part.prompt.text for part in self.parts if part.prompt]
        return "\n\n".join(texts) if texts else None


class Rag:
    """The chain's parts, loaded once and shared by every request."""

    def __init__(self, settings: Settings, lm: LoadedLM, embedder: Embedder) -> None:
        self.settings = settings
        self.lm = lm
        self.tokens = special_tokens(lm.tokenizer)  # never let user text or documents forge them
        self.store = open_store(settings, embedder, create=False)
        self.small_talk = SmallTalk(embedder.embeddings)
        self.llm = self.generator(settings, lm)
        self.base: tuple[LoadedLM, LLM] | None = None
        self.base_lock = threading.Lock()
        config = lm.model.config
        self.context_tokens = getattr(config, "max_position_embeddings", None) or getattr(
            config, "n_positions", 1024
        )

    def question(self, request: str | dict) -> Request:
        """The request: the question sanitized, cut to ``max_question_chars`` and never empty; the
        settings with the request's options applied."""
        raw = request.get("question", "") if isinstance(request, dict) else request
        if not isinstance(raw, str):
            raise QuestionError(f"The question must be text, got {type(raw).__name__}.")
        limit = self.settings.max_question_chars
        question = sanitize(raw[: limit * 2], self.tokens)[:limit]
        if not question:
            raise QuestionError("The question is empty: type a question.")
        options = request.get("options") if isinstance(request, dict) else None
        return Request(question, self.settings.with_options(options))

    def retrieve(self, request: Request) -> Retrieved:
        """The request's parts (one per entity it lists), each with its documents, under this
        request's retrieval settings."""
        started = time.perf_counter()
        index = lexical_index(self.store)
        settings = request.settings
        wider = max(settings.top_k, settings.row_candidates) if settings.table_lookup else settings.top_k
        retriever = make_retriever(self.store, settings.model_copy(update={"top_k": wider}))
        compared = self.compared(request.question, retriever, index) if settings.table_lookup else None
        if compared:
            return Retrieved(request.question, settings, [compared], time.perf_counter() - started)
        questions = split(request.question, index.vocabulary.names, index.has_phrase)
        parts = [
            Part(
                question,
                name if len(questions) > 1 else None,
                self.about(
                    question, retriever, index, settings.top_k, settings.kind_candidates, settings.grounding
                ),
            )
            for question, name in questions
        ]
        return Retrieved(request.question, request.settings, parts, time.perf_counter() - started)

    def compared(self, question: str, retriever: BaseRetriever, index: LexicalIndex) -> Part | None:
        """The question answered whole when it compares two things by a measure their table rows
        give ("Which crossing is quicker, S8 or S9?"), with both rows as its sources; else None."""
        comparing = comparison(question)
        if not comparing:
            return None
        rows = [self.about(asked, retriever, index, 1) for asked in comparing.questions]
        answer = comparing.answer([row[0].page_content if row else None for row in rows])
        if answer:
            return Part(question, None, [row[0] for row in rows], given=answer)
        for doc in self.about(question, retriever, index, _ACROSS_ROWS):  # of one row, or one list?
            if answer := comparing.across(doc.page_content) or comparing.between_items(doc.page_content):
                return Part(question, None, [doc], given=answer)
        return None

    @staticmethod
    def about(
        question: str,
        retriever: BaseRetriever,
        index: LexicalIndex,
        k: int,
        kinds: int = 1,
        named_first: bool = False,
    ) -> list[Document]:
        """The ``k`` best documents ``retriever`` finds for ``question`` that are not table rows it is
        not about (nor rows of a table where it names another row's subject), after the first row
        among all it found that answers it by a column (read as the retriever reads it: slips
        mended, codes joined), else the first labelled list among them with an item that answers
        it; of the ``kinds`` best, those that give a value of the kind the question asks go first;
        when ``named_first`` and the best one answers nothing outright, those of its file that name
        what it asks (:func:`asks_unsaid`) before those that do not, which the chain would not read
        ("the total for the quartz version": the quote's totals sentence, not the row of a sink "for
        quartz only"; another file's words are no sign of the right file), and where the first is a
        rule of ages for another doing, the one of its file that rules the doing asked ("Volunteers
        must be 14 or over" for "is my 14-year-old allowed to volunteer?", not "Only volunteers
        aged 18 or over may work on the till", whose "No" the model turned on volunteering)."""
        searched = mended(question, index)
        found = kind_first(question, retriever.invoke(question), kinds)
        found = [
            doc for doc in found if not another_rows(searched, doc.page_content, _table(doc, index), question)
        ]
        best = [doc for doc in found if about_row(searched, doc.page_content)]
        if named_first and best and not stated_outright(question, best[0].page_content):
            source = best[0].metadata.get("source")  # another chunk of its file
            ours = [doc for doc in best if doc.metadata.get("source") == source]
            named = [doc for doc in ours if not asks_unsaid(question, [doc.page_content])]
            best = [*named, *(doc for doc in best if doc not in named)]
            if ages_another_doing(question, best[0].page_content):
                ruled = next((doc for doc in ours if age_ruled(question, doc.page_content)), None)
                best = [ruled, *(doc for doc in best if doc is not ruled)] if ruled else best
        best = best[:k]
        first = next(
            (doc for doc in found if names_row(searched, doc.page_content, _table(doc, index))), None
        )
        first = first or next((doc for doc in found if listed_outright(question, doc.page_content)), None)
        return [first, *(doc for doc in best if doc is not first)][:k] if first else best

    @staticmethod
    def generator(settings: Settings, lm: LoadedLM) -> LLM:
        """What writes the answers: ``lm`` in this process, or the server ``settings.llm_url`` names."""
        if settings.llm_url:
            from chatbot.lm.remote import remote_llm  # the openai client: imported only when used

            return remote_llm(settings, lm.tokenizer)
        documents = DocumentCache(settings.document_cache_mb) if settings.document_cache_mb else None
        return EngineLLM(engine=Engine(lm, documents))

    def model_for(self, settings: Settings) -> tuple[LoadedLM, LLM]:
        """The model that answers a request: the tuned one, or the base model when the request turns
        the adapter off (for side-by-side comparison; loaded on the first such request, ~0.5 GB)."""
        if settings.use_adapter or self.lm.adapter is None:
            return self.lm, self.llm
        with self.base_lock:
            if self.base is None:
                lm = load_lm(self.settings.model_copy(update={"adapter": "none"}))
                self.base = lm, EngineLLM(engine=Engine(lm))
        return self.base

    def fit(self, question: str, documents: list[str], settings: Settings) -> Prompt:
        """The prompt for the model, with the longest of the question and the documents (a huge table
        row or JSON record is one document) shortened until it fits the context window."""
        lm = self.model_for(settings)[0]
        budget = self.context_tokens - settings.max_new_tokens
        texts = [question, *documents]
        prompt, excess = self.measured(texts, lm, budget)
        for _ in texts:
            if excess <= 0:
                break
            longest = max(range(len(texts)), key=lambda i: len(texts[i]))
            texts[longest] = shortened(lm.tokenizer, texts[longest], excess + 8)
            prompt, excess = self.measured(texts, lm, budget)
        return prompt

    def measured(self, texts: list[str], lm: LoadedLM, budget: int) -> tuple[Prompt, int]:
        """The prompt of ``texts`` (the question, then the documents) and by how many tokens it exceeds
        ``budget`` (≤ 0: it fits)."""
        prompt = self.format(render_segments(texts[0], texts[1:], self.tokens), lm)
        return prompt, len(lm.tokenizer(prompt.text).input_ids) - budget

    def format(self, segments: list[str], lm: LoadedLM) -> Prompt:
        """The seed prompt as ``lm`` reads it: as is with an adapter (trained on it, in segments); inside
        the chat template, as one text, for a bare instruct model."""
        tokenizer = lm.tokenizer
        if lm.adapter or not tokenizer.chat_template:
            return Prompt("".join(segments), segments)
        messages = [
            {"role": "system", "content": self.settings.system_prompt},
            {"role": "user", "content": "".join(segments)},
        ]
        return Prompt(tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True))

    def unique(self, cell: str) -> bool:
        """Whether one document only of the store holds ``cell`` ("Item: Chain hoist"), so a "who" given
        it asks of one row (the lexical index's n-grams find the candidates)."""
        index, folded = lexical_index(self.store), cell.casefold()
        return sum(folded in index.texts[id_] for id_, _ in index.search(cell, 20)) == 1

    def filed(self, document: str) -> Filed:
        """Whether the other parts of ``document``'s file say a word (a name the bait box register
        of a pest control agreement leaves to the agreement's other sections)."""
        index = lexical_index(self.store)
        return lambda word: index.titled(plain(word), document)

    def prompt(self, retrieved: Retrieved) -> Prompted:
        """Each part's prompt; None when its document states the answer outright (a table row's
        cell, a list's item, a one-fact sentence), it is a reply to small talk, or it is
        :data:`NO_ANSWER` (no documents, or, with grounding, none names what the question asks of
        its subject, or they number its kind only otherwise: "Route 3" for "Route 5")."""
        alone, settings = len(retrieved.parts) == 1, retrieved.settings
        parts = []
        for part in retrieved.parts:
            if part.given:  # answered whole at retrieval (a comparison of two rows)
                parts.append(part)
                continue
            documents = [doc.page_content for doc in part.sources]
            prompt, answer = None, None
            if settings.grounding and (
                renumbered(part.question, documents) or keyed_otherwise(part.question, documents)
            ):
                parts.append(Part(part.question, part.name, part.sources, None, None))
                continue
            if documents and settings.table_lookup:
                outright = stated_outright(part.question, documents[0], self.unique, self.filed(documents[0]))
                answer = sanitize(outright, self.tokens) if outright else None  # a document's own text
            elif not documents and alone:
                answer = self.small_talk.reply(part.question)
            if (
                not answer
                and documents
                and not (settings.grounding and asks_unsaid(part.question, documents))
            ):
                prompt = self.fit(part.question, documents, settings)
            parts.append(Part(part.question, part.name, part.sources, prompt, answer))
        return Prompted(retrieved.question, settings, parts, retrieved.seconds)

    def read(self, part: Part, settings: Settings, config: RunnableConfig) -> Iterator[str]:
        """One part's answer, a sentence at a time; when the model gives none, or a figure none of it
        gives, the one sentence of the first document that answers
        (:mod:`chatbot.rag.sentence_lookup`), if it has one; after two sums a difference asks of,
        by how much they differ (:func:`chatbot.rag.compare.told_gap`)."""
        if part.prompt is None:
            yield part.given or NO_ANSWER
            return
        llm = self.model_for(settings)[1]
        pieces = llm.stream(part.prompt.text, config, settings=settings, segments=part.prompt.segments)
        sentences = clean_answer(iter(pieces))
        if not settings.grounding:
            yield from sentences
            return
        documents = [doc.page_content for doc in part.sources]
        sentences = (  # a row the question does not pick out tells nothing of what it asks
            NO_ANSWER if row_unnamed(sentence, part.question, documents) else sentence
            for sentence in sentences
        )
        told = []
        for sentence in checked(sentences, part.question, documents):
            if sentence == NO_ANSWER and settings.table_lookup:  # the model gave no answer
                question, document = part.question, documents[0]
                found = (
                    seasonal(question, document)
                    or quoted(question, document)
                    or conditioned(question, document)
                )
                sentence = sanitize(found or NO_ANSWER, self.tokens)
            elif settings.table_lookup:  # or the figure of another sentence than the one that answers
                quote = quoted_instead(sentence, part.question, documents[0])
                sentence = sentence if quote == sentence else sanitize(quote, self.tokens)
            told.append(whole_codes(sentence, documents))
            yield told[-1]
        if settings.table_lookup and (gap := told_gap(part.question, told)):
            yield f" {gap}"  # the two sums a difference asked of, told: by how much they differ

    def answer(self, steps: Iterator[Prompted], config: RunnableConfig) -> Iterator[AddableDict]:
        """The chain's output: the request's parts, then the answer (chunks that add up)."""
        for step in steps:
            yield AddableDict(
                question=step.question,
                settings=step.settings,
                sources=step.sources,
                prompt=step.prompt,
                retrieval_s=step.seconds,
            )
            if len(step.parts) == 1:
                for text in self.read(step.parts[0], step.settings, config):
                    yield AddableDict(answer=text)
                continue
            answers = ["".join(self.read(part, step.settings, config)) for part in step.parts]
            yield AddableDict(answer=joined(answers, [(part.question, part.name) for part in step.parts]))

    def runnable(self) -> Runnable:
        """The LCEL chain."""
        return (
            RunnableLambda(self.question)
            | RunnableLambda(self.retrieve)
            | RunnableLambda(self.prompt)
            | RunnableGenerator(self.answer)
        ).with_config(run_name="rag_chain")


def _table(row: Document, index: LexicalIndex) -> Table:
    """The :class:`Table` of ``row``'s table (the store's documents labelled as it is; case folded),
    empty for a document that is no row; worked out once per table and index."""
    label = row_label(row.page_content)
    if label is None:
        return Table(frozenset(), frozenset())
    tables = _TABLES.setdefault(index, {})
    prefix = (label + ROW_SEPARATOR).casefold()
    if prefix not in tables:
        tables[prefix] = table_of(text for text in index.texts.values() if text.startswith(prefix))
    return tables[prefix]


def kind_first(question: str, found: list[Document], n: int) -> list[Document]:
    """``found`` with the first of its ``n`` best that gives a value of the kind ``question`` asks (a
    length for "how long", a time of day for "until what time") put first, when the first gives none
    and is no closer to the question by its vectors: fusion ranked it lower for its words. (A
    document less similar than the first is left where it is: "What time does the first ferry
    leave …?" has a train timetable among its candidates, with times, and the model reads one.)
    Where the question asks where a place is, or its address, the first of the ``n`` that gives an
    address goes first, however near the rest are (a page's footer names the studio as well)."""
    if n < 2 or not found:
        return found
    if LOCATED.search(question) and not gives_address(_said(found[0])):  # "Where exactly is the studio?"
        placed = next((doc for doc in found[1:n] if gives_address(_said(doc))), None)
        if placed:
            return [placed, *(doc for doc in found if doc is not placed)]
    if not known_kind(question) or fits(_said(found[0]), question):
        return found
    lead = found[0].metadata.get("score", 0.0)
    closer = (doc for doc in found[1:n] if doc.metadata.get("score", 0.0) >= lead)
    better = next((doc for doc in closer if fits(_said(doc), question)), None)
    return [better, *(doc for doc in found if doc is not better)] if better else found


def _said(document: Document) -> str:
    """What a document's sentences or cells say: a prose chunk's heading path names no place where
    its sentence is "There are no club nights in August."."""
    text = document.page_content
    return text if row_cells(text) is not None else body_of(text)


def _stricter(by_age: str | None, by_measure: str | None) -> str | None:
    """The answer by the rule of ages, unless the rule of a measure the question gives says no: a
    7-year-old old enough for tubing but 1.05 m tall, under "at least 1.1 m tall", may not go."""
    refused = by_measure is not None and by_measure.startswith("No")
    return by_measure if refused or by_age is None else by_age


def stated_outright(
    question: str, document: str, unique: Unique = lambda cell: False, filed: Filed = lambda word: False
) -> str | None:
    """The answer ``document`` states outright, read without the model: the one cell of a table row
    whose column the question names (its person for a "who" given a cell ``unique`` says no other
    row holds), the one item of a labelled list whose label it says (or whose year it asks of what
    the item says), the one rule whose condition it asks what happens on ("If a phone rings during a
    game, …"), the one person a field names ("tech: Sada Quill") for a "who" question that says
    nothing the document does not (or the fields whose labels it says), the person written before
    the telephone number a "who" gives, the rule of ages for what someone of an age asks to do, the
    rule a measure the question gives falls under, the refusal of a day of the week asked about, the
    rule allowing or forbidding what it asks leave to do, an address line for where a place is, the
    kind a code is written after ("barometer BP-1") for "what is BP-1?", the one number written after the kind
    asked ("charity no. 1184562" for "charity number?"), the one thing of a kind the document
    numbers ("bay LG-P09") for "which bay …?", or the whole of a one-fact sentence whose subject and
    attribute it names; None for anything else."""
    return (
        looked_up(question, document, unique)
        or listed_outright(question, document, filed)
        or consequence(question, document, filed)
        or _stricter(age_ruled(question, document), measure_ruled(question, document))
        or day_ruled(question, document)
        or leave_ruled(question, document)
        or named_in_field(question, document)
        or phone_owner(question, document)
        or addressed(question, document)
        or keyed_row(question, document)
        or code_kind(question, document)
        or referenced(question, document)
        or numbered(question, document)
        or stated(question, document)
    )


def listed_outright(question: str, document: str, filed: Filed = lambda word: False) -> str | None:
    """The item of ``document``'s labelled list that answers the question: the one it names by its
    label ("Saturday hours?"), the one whose year it asks of what the item says ("When did …?"), or
    the one whose value it gives, asking which of the label's things ("Which week has …?")."""
    return (
        listed(question, document, filed) or labelled_by(question, document) or keyed_by(question, document)
    )


def build_chain(
    settings: Settings | None = None, *, lm: LoadedLM | None = None, embedder: Embedder | None = None
) -> Runnable:
    """Load the configured models and store and return the chain (nothing is indexed here)."""
    settings = settings or Settings()
    embedder = embedder or load_embedder(settings.embedder, settings.models_dir)
    lm = lm or load_for_chat(settings)
    return Rag(settings, lm, embedder).runnable()


def shortened(tokenizer, text: str, cut: int) -> str:
    """``text`` less its last ``cut`` tokens (one token at least stays)."""
    ids = tokenizer(text, add_special_tokens=False).input_ids
    return tokenizer.decode(ids[: max(1, len(ids) - cut)])


def joined(answers: list[str], parts: list[tuple[str, str | None]]) -> str:
    """The answers of a question's (question, entity) parts as one: each answer once, "I don't know"
    said per entity, or per question for a part about no entity of its own (or once, when no part
    was answered); a part that asks of the thing an unanswered first part asks exists ("Is there a
    student rate …?", "… how much is it?") is unanswered too."""
    if answers and answers[0] == NO_ANSWER:
        answers = [
            NO_ANSWER if leans_on(parts[0][0], q) else a for a, (q, _) in zip(answers, parts, strict=True)
        ]
    if all(answer == NO_ANSWER for answer in answers):
        return NO_ANSWER
    said = [
        answer
        if answer != NO_ANSWER
        else f"I don't know about {name}: none of my documents say."
        if name
        else f"None of my documents answer “{question}”"
        for answer, (question, name) in zip(answers, parts, strict=True)
    ]
    return " ".join(dict.fromkeys(said))
