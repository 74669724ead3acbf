"""What generated training documents talk about: kinds of entities, their attributes, and the ways a
document states an attribute, a person asks for it, and a good answer gives it.

A template's ``{s}`` is the subject as a sentence names it (the entity's name, or a pronoun after the
first sentence of a paragraph), ``{e}`` the entity's name in a question or answer, ``{v}`` the value.
Besides its own phrasings, every attribute can be stated "The {name} of {s} is {v}." and asked for in
the generic ways of :data:`GENERIC_QUESTIONS`, so the model learns the pattern, not a list of
sentences. Example::

    ship = KINDS["ship"]
    ship.attributes[0].says[0].format(s="The Sea Wren", v="1921")   # 'The Sea Wren was launched in 1921.'
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Attribute:
    """One kind of fact about an entity."""

    name: str  # a noun phrase: "passenger capacity"
    value: str  # the kind of value, see chatbot.finetune.names.Names.value
    says: tuple[str, ...]  # document sentences
    asks: tuple[str, ...]  # questions in this attribute's own words
    answer: str  # the one-sentence answer
    column: str  # the column of a table that holds it
    reversible: bool = False  # values are names: "Which ship was captained by X?" makes sense


@dataclass(frozen=True)
class Kind:
    """A kind of entity: what its name looks like, how a paragraph refers back to it, its attributes."""

    noun: str
    names: str  # the kind of name, see Names.make
    pronoun: str  # how a paragraph's later sentences name it
    table: str  # the file a table of such entities would be
    attributes: tuple[Attribute, ...]
    label: str = "{}"  # how a document names one: "station {}" → "station P-41"


def attr(name, value, says, asks, answer, column, reversible=False) -> Attribute:
    return Attribute(name, value, tuple(says), tuple(asks), answer, column, reversible)


CAPITAL = attr(
    "capital",
    "city",
    ["The capital of {s} is {v}.", "{v} is the capital of {s}."],
    [
        "What is the capital of {e}?",
        "Which city is the capital of {e}?",
        "What city is the capital of {e}?",
        "name the capital city of {e}",
        "Where is the capital of {e}?",
        "capital city of {e}",
        "which city serves as the capital of {e}?",
        "I'm travelling to {e} - which city is its capital?",
        "{e}: what is its capital?",
        "The capital of {e} is what?",
        "the capital of {e} is?",
        "what is {e} capital",
    ],
    "The capital of {e} is {v}.",
    "capital",
    True,
)
COUNTRY = Kind(
    "country",
    "country",
    "it",
    "countries.csv",
    (
        CAPITAL,
        attr("currency", "word", ["The currency of {s} is the {v}.", "{s} pays with the {v}."],
             ["What money do they use in {e}?", "What currency does {e} use?"],
             "The currency of {e} is the {v}.", "currency"),
        attr("official language", "word", ["The official language of {s} is {v}.", "People in {s} speak {v}."],
             ["What language is spoken in {e}?", "what do people speak in {e}"],
             "The official language of {e} is {v}.", "language"),
        attr("population", "count", ["{s} has a population of {v}.", "About {v} people live in {s}."],
             ["How many people live in {e}?", "how many inhabitants does {e} have"],
             "The population of {e} is {v}.", "population"),
        attr("largest city", "city", ["The largest city of {s} is {v}."],
             ["What is the biggest city in {e}?"], "The largest city of {e} is {v}.", "largest_city", True),
        attr("national animal", "animal", ["The national animal of {s} is the {v}."],
             ["Which animal is the symbol of {e}?"], "The national animal of {e} is the {v}.", "animal"),
    ),
)  # fmt: skip
KINDS = {
    "country": COUNTRY,
    "island": Kind("island", "place", "it", "islands.csv", (
        attr("main town", "city", ["The main town of {s} is {v}.", "{s}'s main town, {v}, lies on the north shore."],
             ["Which town is the main town on {e}?", "What is the main settlement of {e}?"],
             "The main town of {e} is {v}.", "main_town", True),
        attr("population", "count", ["{s} has {v} inhabitants.", "{s} is home to {v} people."],
             ["How many people live on {e}?", "How many inhabitants does {e} have?"],
             "{e} has {v} inhabitants.", "population"),
        attr("area", "area", ["{s} covers {v}.", "{s} has an area of {v}."],
             ["How big is {e}?", "How large is {e}?"], "{e} covers {v}.", "area"),
        attr("highest point", "height", ["The highest point of {s} rises to {v}."],
             ["How high is the highest point of {e}?"], "The highest point of {e} is {v}.", "highest_point"),
        attr("ferry port", "city", ["Ferries to {s} leave from {v}.", "{s} is reached by ferry from {v}."],
             ["Where does the ferry to {e} leave from?"], "The ferry to {e} leaves from {v}.", "ferry_port"),
    )),
    "ship": Kind("ship", "ship", "she", "fleet.csv", (
        attr("launch year", "year", ["{s} was launched in {v}.", "{s} first sailed in {v}."],
             ["When was {e} launched?", "What year did {e} first sail?"], "{e} was launched in {v}.", "launched"),
        attr("passenger capacity", "small", ["{s} could carry {v} passengers.", "{s} was licensed for {v} passengers."],
             ["How many passengers could {e} carry?", "How many people fit on {e}?"],
             "{e} could carry {v} passengers.", "passengers"),
        attr("length", "length", ["{s} was {v} long.", "{s} measured {v} from bow to stern."],
             ["How long was {e}?"], "{e} was {v} long.", "length"),
        attr("captain", "person", ["{s} was commanded by Captain {v}.", "{v} captained {s}."],
             ["Who captained {e}?", "Who was the captain of {e}?"], "{e} was captained by {v}.", "captain", True),
        attr("home port", "city", ["{s} sailed from her home port of {v}.", "{s}'s home port was {v}."],
             ["Where was {e} based?"], "The home port of {e} was {v}.", "home_port", True),
        attr("hull colour", "colour", ["{s} had a {v} hull.", "{s}'s hull was painted {v}."],
             ["What colour was the hull of {e}?"], "The hull of {e} was {v}.", "hull_colour"),
    )),
    "company": Kind("company", "company", "the company", "companies.csv", (
        attr("founder", "person", ["{s} was founded by {v}.", "{v} started {s}."],
             ["Who founded {e}?", "Who started {e}?"], "{e} was founded by {v}.", "founder", True),
        attr("founding year", "year", ["{s} was founded in {v}.", "{s} opened for business in {v}."],
             ["When was {e} founded?", "What year did {e} start?"], "{e} was founded in {v}.", "founded"),
        attr("headquarters", "city", ["{s} has its headquarters in {v}.", "{s} is based in {v}."],
             ["Where is {e} based?", "Where are the offices of {e}?"], "{e} is based in {v}.", "headquarters", True),
        attr("number of employees", "count", ["{s} employs {v} people.", "{s} has a staff of {v}."],
             ["How many people work for {e}?", "How many employees does {e} have?"],
             "{e} employs {v} people.", "employees"),
        attr("chief executive", "person", ["{s} is run by {v}.", "{v} is the chief executive of {s}."],
             ["Who runs {e}?", "Who is in charge of {e}?"], "{e} is run by {v}.", "ceo", True),
    )),
    "person": Kind("person", "person", "she", "people.csv", (
        attr("birth year", "year", ["{s} was born in {v}."], ["When was {e} born?", "What year was {e} born?"],
             "{e} was born in {v}.", "born"),
        attr("birthplace", "city", ["{s} grew up in {v}, where she was born."], ["Where was {e} born?"],
             "{e} was born in {v}.", "birthplace"),
        attr("profession", "job", ["{s} worked as a {v}.", "By trade, {s} was a {v}."],
             ["What did {e} do for a living?", "What was {e}'s job?"], "{e} was a {v}.", "profession"),
        attr("employer", "company", ["{s} worked for {v}."], ["Who did {e} work for?"],
             "{e} worked for {v}.", "employer", True),
    )),
    "station": Kind("station", "code", "the station", "stations.csv", (
        attr("manager", "person", ["{s} is managed by {v}.", "{v} runs {s}."],
             ["Who manages {e}?", "Who is in charge at {e}?"], "{e} is managed by {v}.", "manager", True),
        attr("staff", "small", ["{s} has {v} staff.", "{v} people work at {s}."],
             ["How many people work at {e}?"], "{e} has {v} staff.", "staff"),
        attr("opening year", "year", ["{s} opened in {v}."], ["When did {e} open?"],
             "{e} opened in {v}.", "opened"),
        attr("altitude", "height", ["{s} lies at {v} above sea level."], ["At what altitude is {e}?"],
             "{e} lies at {v}.", "altitude"),
        attr("location", "place", ["{s} stands near {v}."], ["Where is {e}?"],
             "{e} is near {v}.", "location", True),
    ), label="station {}"),
    "part": Kind("part", "code", "it", "parts.csv", (
        attr("name", "product", ["{s} is a {v}."], ["What kind of part is {e}?", "What is {e}?"],
             "{e} is a {v}.", "name"),
        attr("supplier", "company", ["{s} is supplied by {v}.", "{v} makes {s}."],
             ["Who supplies {e}?", "Which supplier makes {e}?"], "{e} is supplied by {v}.", "supplier", True),
        attr("unit price", "money", ["{s} costs {v} each.", "A single {s} costs {v}."],
             ["How much does {e} cost?", "What is the price of {e}?"], "{e} costs {v}.", "unit_price"),
        attr("weight", "kg", ["{s} weighs {v}."], ["How heavy is {e}?"], "{e} weighs {v}.", "weight"),
        attr("material", "material", ["{s} is made of {v}."], ["What is {e} made of?"],
             "{e} is made of {v}.", "material"),
    ), label="part {}"),
    "event": Kind("festival", "place", "it", "events.csv", (
        attr("month", "month", ["{s} takes place every {v}."], ["When is {e} held?"],
             "{e} takes place in {v}.", "month"),
        attr("founding year", "year", ["{s} was first held in {v}."],
             ["When was the first {e}?"], "{e} was first held in {v}.", "first_held"),
        attr("visitors", "count", ["{s} draws {v} visitors a year."],
             ["How many visitors come to {e}?"], "{e} draws {v} visitors.", "visitors"),
        attr("duration", "small", ["{s} lasts {v} days."], ["How many days does {e} last?"],
             "{e} lasts {v} days.", "days"),
    ), label="the {} Festival"),
    "route": Kind("train", "code", "the train", "timetable.csv", (
        attr("departure time", "time", ["{s} departs at {v}.", "{s} leaves at {v} every morning."],
             ["What time does {e} leave?", "When does {e} depart?"], "{e} departs at {v}.", "departs"),
        attr("destination", "city", ["{s} runs to {v}.", "{s} terminates at {v}."],
             ["Where does {e} go?", "What is the destination of {e}?"], "{e} runs to {v}.",
             "destination", True),
        attr("journey time", "duration", ["The journey on {s} takes {v}."], ["How long does {e} take?"],
             "{e} takes {v}.", "journey_time"),
    ), label="train {}"),
    "building": Kind("building", "place", "it", "buildings.csv", (
        attr("architect", "person", ["{s} was designed by {v}."], ["Who designed {e}?"],
             "{e} was designed by {v}.", "architect", True),
        attr("opening year", "year", ["{s} opened in {v}."], ["When did {e} open?"],
             "{e} opened in {v}.", "opened"),
        attr("floors", "small", ["{s} has {v} floors."], ["How many floors does {e} have?"],
             "{e} has {v} floors.", "floors"),
        attr("opening hours", "time", ["{s} opens at {v} on weekdays."],
             ["What time does {e} open?"], "{e} opens at {v}.", "opens"),
    ), label="the {} Library"),
}  # fmt: skip

GENERIC_SAYS = "The {name} of {s} is {v}."
PRONOUN_SAYS = "{its} {name} is {v}."
GENERIC_ANSWER = "The {name} of {e} is {v}."
GENERIC_QUESTIONS = (
    "What is the {name} of {e}?",
    "what's the {name} of {e}",
    "{name} of {e}?",
    "{e} {name}",
    "{e}'s {name}?",
    "Tell me the {name} of {e}.",
    "The {name} of {e} is what?",
    "{e}: what is its {name}?",
    "Do you know the {name} of {e}?",
    "I'd like to know the {name} of {e}.",
    "Can you tell me what the {name} of {e} is?",
    "I need the {name} of {e}",
)
# wrapped around any question, the way people embed one in a message
WRAPPERS = (
    "I'm reading about {e}. {q}",
    "Quick question: {q}",
    "Hi! {q}",
    "{q} Thanks!",
    "One more thing - {q}",
    "Planning a trip, so: {q}",
)
REVERSE_QUESTIONS = (
    "Which {noun} has {v} as its {name}?",
    "{v} is the {name} of which {noun}?",
    "Which {noun}'s {name} is {v}?",
)
REVERSE_ANSWER = "{v} is the {name} of {e}."
TWO_QUESTIONS = (
    "What are the {names} of {e1} and {e2}?",
    "{name} of {e1} and {e2}?",
    "Tell me the {name} of {e1} and of {e2}.",
    "What is the {name} of {e1} and what is the {name} of {e2}?",
)
