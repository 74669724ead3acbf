"""atomic_dir: a folder appears whole or not at all, also when two processes prepare it at once."""

from __future__ import annotations

import pytest

from common.files import atomic_dir


def test_folder_appears_only_on_success(tmp_path):
    target = tmp_path / "model"
    with pytest.raises(RuntimeError), atomic_dir(target) as scratch:
        (scratch / "half.bin").write_text("half")
        raise RuntimeError("interrupted")
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []  # no scratch folder left behind


def test_a_copy_finished_meanwhile_by_another_process_is_kept(tmp_path):
    target = tmp_path / "model"
    with atomic_dir(target) as scratch:
        (scratch / "weights.bin").write_text("ours")
        target.mkdir()  # the other process renamed its finished copy into place first
        (target / "weights.bin").write_text("theirs")
    assert (target / "weights.bin").read_text() == "theirs"
    assert [p.name for p in tmp_path.iterdir()] == ["model"]


def test_replace_swaps_the_old_folder_out(tmp_path):
    target = tmp_path / "adapter"
    target.mkdir()
    (target / "old.txt").write_text("old")
    with atomic_dir(target, replace=True) as scratch:
        (scratch / "new.txt").write_text("new")
    assert [p.name for p in target.iterdir()] == ["new.txt"]
    assert [p.name for p in tmp_path.iterdir()] == ["adapter"]
