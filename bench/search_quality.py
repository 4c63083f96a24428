"""Search quality on everyday queries (issue 21 finding 9): top-1 and top-3 hit rates, before and after.

Reads the labelled queries of bench/search_queries.yaml (query → the procedure a citizen wants) and
searches the shipped catalogue twice: with the search as it is in the work tree ("after": names,
everyday terms of resources/catalogue/search_terms.yaml, documents, popularity) and with
kiosk_app/search.py as it was at git revision ``--baseline`` ("before", default 5d3c508, the search of
issue 19 before issue 21 finding 9: names only).
Also counts, per query, the procedures listed that are not the wanted one ("noise": what the citizen
has to read past). Prints the misses, then ONE JSON object as the last line:
{"queries": n, "before": {"top1": x, "top3": x, "mean_hits": x}, "after": {...}}

Run: .venv/bin/python bench/search_quality.py [--baseline REV]
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kiosk_app.catalogue_cache import CatalogueCache  # noqa: E402
from kiosk_app.search import ProcedureIndex  # noqa: E402

QUERIES = Path(__file__).with_name("search_queries.yaml")
BEFORE = "5d3c508"  # main at the start of issue 21: names-only search


def baseline_index(revision: str, catalogue: CatalogueCache) -> Any:
    """The index of kiosk_app/search.py at ``revision``, built as that revision built it (names and field)."""
    source = subprocess.run(["git", "show", f"{revision}:kiosk_app/search.py"], cwd=ROOT, check=True,
                            capture_output=True, text=True).stdout
    module = types.ModuleType("baseline_search")
    sys.modules[module.__name__] = module  # dataclasses look their module up
    exec(compile(source, f"{revision}:kiosk_app/search.py", "exec"), module.__dict__)  # noqa: S102 - our own file
    return module.ProcedureIndex(module.SearchEntry(p.code, p.name_vi, p.name_en, p.field.value)
                                 for p in catalogue.procedures())


def measure(index: Any, queries: list[dict[str, str]], label: str) -> dict[str, float]:
    top1 = top3 = hits_shown = 0
    for item in queries:
        codes = [hit.code for hit in index.search(item["query"])]
        top1 += bool(codes) and codes[0] == item["code"]
        top3 += item["code"] in codes[:3]
        hits_shown += len(codes)
        if not codes or codes[0] != item["code"]:
            where = codes.index(item["code"]) + 1 if item["code"] in codes else None
            print(f"{label:6} miss  {item['query']!r:45} wanted {item['code']} at {where}; first {codes[:3]}")
    n = len(queries)
    return {"top1": round(top1 / n, 3), "top3": round(top3 / n, 3), "mean_hits": round(hits_shown / n, 1)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", default=BEFORE, help=f"git revision of the 'before' search (default {BEFORE})")
    args = parser.parse_args()
    queries = yaml.safe_load(QUERIES.read_text(encoding="utf-8"))["queries"]
    for item in queries:
        item["code"] = str(item["code"])
    catalogue = CatalogueCache(Path("/nonexistent/catalogue.json"))  # the shipped catalogue
    result: dict[str, Any] = {"queries": len(queries)}
    result["before"] = measure(baseline_index(args.baseline, catalogue), queries, "before")
    result["after"] = measure(ProcedureIndex.for_catalogue(catalogue.procedures()), queries, "after")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
