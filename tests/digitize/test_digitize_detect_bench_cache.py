"""Issue 17: bench/page_detect.py --cache keeps generated frames so that measuring is cheap, and never serves
stale frames (the key holds a hash of the generator's source)."""
from __future__ import annotations

from pathlib import Path
from types import ModuleType

import numpy as np
from bench_scripts import load_bench


def _bench() -> ModuleType:
    return load_bench("page_detect")


def _same(a: list, b: list) -> None:
    assert [f.name for f in a] == [f.name for f in b]
    for x, y in zip(a, b, strict=True):
        assert x.group == y.group
        assert np.array_equal(x.image, y.image)
        assert (x.truth is None) == (y.truth is None)
        if x.truth is not None:
            assert np.allclose(x.truth, y.truth, atol=1e-4)


def test_cached_frames_equal_fresh_ones(tmp_path: Path) -> None:
    """Issue 17: frames read back from the cache are the generated frames, pixel for pixel, with their truth,
    for both generators (our generator's empty frames follow its documents in one random stream)."""
    bench = _bench()
    cache = bench.FrameCache(tmp_path)
    fresh_alt = list(bench.alt_frames(bench.TUNING_SEEDS, 2, 1))
    first_alt = list(bench.alt_frames(bench.TUNING_SEEDS, 2, 1, cache))
    again_alt = list(bench.alt_frames(bench.TUNING_SEEDS, 2, 1, cache))
    _same(fresh_alt, first_alt)
    _same(fresh_alt, again_alt)
    fresh_ours = list(bench.ours_frames(2, 1, 11))
    list(bench.ours_frames(2, 1, 11, cache))
    _same(fresh_ours, list(bench.ours_frames(2, 1, 11, cache)))
    assert len(list(tmp_path.rglob("*.png"))) == 6


def test_a_changed_generator_reads_no_stale_frames(tmp_path: Path) -> None:
    """Issue 17: the cache key holds a hash of the generator module's source, so frames stored for another
    version of the generator are not read."""
    bench = _bench()
    cache = bench.FrameCache(tmp_path)
    frame = bench.Frame("alt-0", np.zeros((4, 4, 3), np.uint8), None, "empty")
    cache.store("alt", bench.alt_module, 0, "doc", frame)
    assert cache.load("alt", bench.alt_module, 0, "doc", "alt-0") is not None
    changed = ModuleType("changed_generator")
    source = tmp_path / "changed_generator.py"
    source.write_text(Path(bench.alt_module.__file__).read_text() + "\n# changed\n")
    changed.__file__ = str(source)
    assert bench.FrameCache.source_hash(changed) != bench.FrameCache.source_hash(bench.alt_module)
    assert cache.load("alt", changed, 0, "doc", "alt-0") is None
    assert bench.FrameCache(None).load("alt", bench.alt_module, 0, "doc", "alt-0") is None
