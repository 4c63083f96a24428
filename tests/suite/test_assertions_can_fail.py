"""Issue 19 (stricter tests): no assertion in the suite is true whatever the code does.

``assert worker.run_once() == 0 or True`` passed whatever ``run_once`` returned. This reads every test and
helper module and fails on an ``assert`` whose test is a constant, a non-empty tuple (``assert (x, "why")``),
an ``or`` with a true constant, or a comparison of constants or of an expression with itself.
"""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _constant(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant):
        return True
    return isinstance(node, (ast.Tuple, ast.List, ast.Set)) and all(_constant(e) for e in node.elts)


def vacuous(test: ast.expr) -> str | None:
    """Why an assert of ``test`` cannot fail, or None."""
    if _constant(test):
        return "a constant"
    if isinstance(test, ast.Tuple):
        return "a tuple (always true)"
    if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.Or) and any(
            isinstance(v, ast.Constant) and v.value for v in test.values):
        return "'or' with a true constant"
    if isinstance(test, ast.Compare) and len(test.ops) == 1:
        left, right = test.left, test.comparators[0]
        if _constant(left) and _constant(right):
            return "a comparison of constants"
        if ast.dump(left) == ast.dump(right) and isinstance(test.ops[0], (ast.Eq, ast.Is, ast.GtE, ast.LtE)):
            return "a comparison of an expression with itself"
    return None


def vacuous_asserts(source: str, name: str) -> list[str]:
    return [f"{name}:{node.lineno}: assert {ast.unparse(node.test)} ({why})"
            for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.Assert) and (why := vacuous(node.test)) is not None]


def test_the_checker_finds_the_assertion_of_the_issue() -> None:
    """The check itself: the issue's example and its relatives are found, real assertions are not."""
    found = vacuous_asserts("assert worker.run_once() == 0 or True\nassert True\nassert (x, 'why')\n"
                            "assert 1 == 1\nassert a == a\nassert worker.run_once() == 0\nassert x or y\n", "t.py")
    assert [line.split(": ", 1)[0] for line in found] == ["t.py:1", "t.py:2", "t.py:3", "t.py:4", "t.py:5"]


def test_no_assertion_in_the_suite_is_vacuous() -> None:
    """Every assert in tests/ and bench/ can fail."""
    found = [line for folder in ("tests", "bench") for path in sorted((ROOT / folder).rglob("*.py"))
             for line in vacuous_asserts(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))]
    assert found == []
