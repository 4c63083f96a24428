"""The dependency direction ui -> kiosk_app -> devices, and no widgets in the core.

ui sees only the protocol and type modules of devices; tests/ stays out of bench and the product; the testkit
(synthetic photos, the submission harness) is imported only by the simulated adapters and the QA/demo commands.
"""
from __future__ import annotations

import ast
import functools
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from kiosk_app.paths import REPO_ROOT

# The composition root may open the window (it imports ui lazily inside the GUI commands).
COMPOSITION_ROOT = {"kiosk_app/cli.py", "kiosk_app/__main__.py", "kiosk_app/commands"}


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def modules(package: str) -> list[Path]:
    return sorted((REPO_ROOT / package).rglob("*.py"))


def rel(path: Path) -> str:
    return str(path.relative_to(REPO_ROOT))


def test_core_and_devices_never_import_widgets_or_ui() -> None:
    offenders = []
    for package in ("kiosk_app", "devices"):
        for path in modules(package):
            # The composition root may open the window through ui, but drives no widget itself.
            in_root = any(rel(path).startswith(root) for root in COMPOSITION_ROOT)
            for name in imports_of(path):
                if name.startswith("PySide6.QtWidgets") or (not in_root and name.split(".")[0] == "ui"):
                    offenders.append(f"{rel(path)} imports {name}")
    assert offenders == []


def test_devices_know_neither_ui_nor_kiosk_app() -> None:
    offenders = [
        f"{rel(path)} imports {name}"
        for path in modules("devices")
        for name in imports_of(path)
        if name.split(".")[0] in ("ui", "kiosk_app", "server")
    ]
    assert offenders == []


def test_importing_every_core_module_loads_no_qtwidgets() -> None:
    names = [
        rel(p)[:-3].replace("/", ".").removesuffix(".__init__")
        for package in ("kiosk_app", "devices")
        for p in modules(package)
        if not any(rel(p).startswith(root) for root in COMPOSITION_ROOT)
    ]
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
        "print('PySide6.QtWidgets' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_server_shares_only_the_wire_schemas_and_the_masking() -> None:
    """The wire schemas, the masking, and the consent text (issue 14: the server checks and shows its version)."""
    offenders = [
        f"{rel(path)} imports {name}"
        for path in modules("server")
        for name in imports_of(path)
        if name.split(".")[0] in ("ui", "devices")
        or (name.startswith("kiosk_app") and not name.startswith(
            ("kiosk_app.api.schemas", "kiosk_app.api.consent", "kiosk_app.privacy")))
    ]
    assert offenders == []


# --- issue 19: devices' protocols for ui, no tests/ in the product or bench, testkit only where allowed ----------
# Each rule is a function over a source tree, so the tests below run it on the repository and on a planted tree.

PRODUCT = ("kiosk_app", "devices", "ui", "server")

#: The modules of ``devices`` that ui may import: protocols, states, errors and value types. Never an adapter
#: (devices.camera.opencv, devices.printer.escpos, devices.qr.hid, ...): the screens get devices from the services.
UI_DEVICE_MODULES = frozenset({
    "devices",  # the package itself (empty)
    "devices.base",  # protocols, DeviceState/DeviceStatus, QrScan, the device errors
    "devices.faults",  # the DeviceFault enum the maintenance panel injects into simulated devices
    "devices.options",  # the adapters' option models (pydantic types)
    "devices.printer.job",  # PrintJob and its elements (value types)
    "devices.registry",  # DeviceSet: health and notifier of the configured devices; it names no adapter
})

#: The product files that may import ``testkit`` (synthetic photos, the submission harness): the simulated
#: profile's adapters and the commands that exist for QA and the demo. Nothing else in the product.
TESTKIT_ALLOWED = frozenset({
    "devices/camera/simulated.py",
    "devices/qr/simulated.py",
    "devices/printer/simulated.py",
    "devices/card_reader/simulated.py",  # the virtual CCCD chip (testkit/cccd_chip)
    "kiosk_app/commands/samples.py",  # `kiosk samples`
    "kiosk_app/commands/demo.py",  # `kiosk demo`
    "ui/demo.py",  # the widget side of `kiosk demo`
})


@dataclass(frozen=True)
class Import:
    """One import statement (or ``importlib.import_module("literal")``) of a source file, resolved to a module."""

    source: str  # the importing file, relative to the tree's root
    line: int
    module: str  # the module it loads: ``from a.b import c`` is ``a.b.c`` when c is a module, else ``a.b``

    def __str__(self) -> str:
        return f"{self.source}:{self.line} imports {self.module}"


@functools.cache
def _is_module(root: Path, dotted: str) -> bool:
    path = root.joinpath(*dotted.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def _package_of(root: Path, path: Path, level: int) -> str:
    """The package a relative import of ``level`` dots in ``path`` starts from (a/b/c.py, 1 -> a.b)."""
    return ".".join(path.relative_to(root).with_suffix("").parts[:-level])


def _called(call: ast.Call) -> str:
    """The last name of what a call calls (``importlib.import_module(...)`` -> ``import_module``)."""
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


@functools.cache
def _import_nodes(path: Path) -> tuple[ast.AST, ...]:
    """The imports and the calls that may import or touch sys.path in ``path`` (one parse and walk per file)."""
    return tuple(
        node for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, (ast.Import, ast.ImportFrom))
        or (isinstance(node, ast.Call) and _called(node) in ("import_module", "__import__", "insert", "append"))
    )


def resolved_imports(root: Path, path: Path) -> list[Import]:
    """Every import of ``path`` (at any depth: lazy imports inside functions count), resolved against ``root``."""
    source = str(path.relative_to(root))
    found: list[Import] = []
    for node in _import_nodes(path):
        if isinstance(node, ast.Import):
            found.extend(Import(source, node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                package = _package_of(root, path, node.level)
                base = f"{package}.{base}".strip(".") if base else package
            for alias in node.names:
                child = f"{base}.{alias.name}"
                found.append(Import(source, node.lineno, child if _is_module(root, child) else base))
        elif (isinstance(node, ast.Call) and _called(node) in ("import_module", "__import__") and node.args
              and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            found.append(Import(source, node.lineno, node.args[0].value))
    return found


def _sources(root: Path, packages: tuple[str, ...]) -> list[Path]:
    return sorted(p for package in packages for p in (root / package).rglob("*.py"))


def ui_adapter_imports(root: Path) -> list[str]:
    """ui importing a module of devices that is not a protocol or type module (an adapter)."""
    return [
        f"{imp}: ui may import only {', '.join(sorted(UI_DEVICE_MODULES))} of devices, never an adapter"
        for path in _sources(root, ("ui",))
        for imp in resolved_imports(root, path)
        if imp.module.split(".")[0] == "devices" and imp.module not in UI_DEVICE_MODULES
    ]


def _test_helper_names(root: Path) -> set[str]:
    """Module names that exist only under tests/ (helpers such as kiosk_window, reached through sys.path)."""
    return {p.stem for p in (root / "tests").rglob("*.py")} - {"__init__"} if (root / "tests").is_dir() else set()


def _names_tests_dir(node: ast.AST) -> bool:
    """A string constant that is, or is a path through, a ``tests`` folder ("tests", "tests/api", "../tests")."""
    return (isinstance(node, ast.Constant) and isinstance(node.value, str)
            and "tests" in node.value.replace("\\", "/").split("/"))


def imports_of_tests(root: Path) -> list[str]:
    """bench/, testkit/ or the product importing tests/ (as ``tests.*`` or a helper put on sys.path)."""
    helpers = _test_helper_names(root)
    offenders = []
    for path in _sources(root, ("bench", "testkit", *PRODUCT)):
        for imp in resolved_imports(root, path):
            top = imp.module.split(".")[0]
            if top == "tests" or (top in helpers and not _is_module(root, top)):
                offenders.append(f"{imp}: bench, testkit and the product never import tests/")
        for node in _import_nodes(path):
            if (isinstance(node, ast.Call) and _called(node) in ("insert", "append")
                    and ast.unparse(node.func) in ("sys.path.insert", "sys.path.append")
                    and any(_names_tests_dir(c) for a in node.args for c in ast.walk(a))):
                offenders.append(f"{path.relative_to(root)}:{node.lineno} puts tests/ on sys.path: "
                                 "bench, testkit and the product never import tests/")
    return offenders


def imports_of_testkit(root: Path) -> list[str]:
    """A product module outside TESTKIT_ALLOWED importing testkit."""
    return [
        f"{imp}: only {', '.join(sorted(TESTKIT_ALLOWED))} may import testkit"
        for path in _sources(root, PRODUCT)
        for imp in resolved_imports(root, path)
        if imp.module.split(".")[0] == "testkit" and imp.source not in TESTKIT_ALLOWED
    ]


def test_ui_imports_only_the_protocol_and_type_modules_of_devices() -> None:
    """Issue 19, architecture test: ui imports only the protocol and type modules of devices (never an adapter)."""
    offenders = ui_adapter_imports(REPO_ROOT)
    assert not offenders, "\n".join(offenders)


def test_bench_and_product_never_import_tests() -> None:
    """Issue 19, architecture test: bench/ and the product (and testkit) never import tests/."""
    offenders = imports_of_tests(REPO_ROOT)
    assert not offenders, "\n".join(offenders)


def test_only_the_simulated_adapters_and_qa_commands_import_testkit() -> None:
    """Issue 19, generators out of the product: nothing in the product imports testkit except the allow-list."""
    offenders = imports_of_testkit(REPO_ROOT)
    assert not offenders, "\n".join(offenders)


def test_every_allowed_testkit_importer_exists() -> None:
    """The allow-list names real files (a renamed adapter must not leave a stale, silently widened entry)."""
    assert sorted(p for p in TESTKIT_ALLOWED if not (REPO_ROOT / p).is_file()) == []
    assert sorted(m for m in UI_DEVICE_MODULES if not _is_module(REPO_ROOT, m)) == []


def test_the_production_kiosk_process_never_loads_testkit() -> None:
    """Issue 19: importing the CLI (every command module) and every product module outside the allow-list,
    real adapters included, loads no testkit module: the generators are not on the product's runtime paths."""
    names = [
        rel(p)[:-3].replace("/", ".").removesuffix(".__init__")
        for p in _sources(REPO_ROOT, PRODUCT)
        if rel(p) not in TESTKIT_ALLOWED and p.name != "__main__.py" and not rel(p).startswith("server/migrations")
    ]
    code = (
        "import importlib, sys\n"
        "importlib.import_module('kiosk_app.cli').build_parser()\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('testkit', 'tests')))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True, env=env,
                            check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    loaded = ast.literal_eval(result.stdout.strip().splitlines()[-1])
    assert loaded == [], f"the product's modules loaded {loaded}: import testkit lazily, in the allow-list only"


# --- the rules fail on planted violations ------------------------------------------------------------------------

def _plant(root: Path, files: dict[str, str]) -> Path:
    """A source tree with the repository's package layout (enough to resolve imports) and the given files."""
    layout = ["devices/__init__.py", "devices/base.py", "devices/faults.py", "devices/options.py",
              "devices/registry.py", "devices/printer/__init__.py", "devices/printer/job.py",
              "devices/printer/escpos.py", "devices/qr/__init__.py", "devices/qr/hid.py", "devices/qr/simulated.py",
              "devices/camera/__init__.py", "devices/camera/opencv.py", "devices/camera/simulated.py",
              "testkit/__init__.py", "testkit/qr_captures.py", "testkit/document_photos.py",
              "kiosk_app/__init__.py", "kiosk_app/flow.py", "kiosk_app/commands/__init__.py",
              "kiosk_app/commands/samples.py", "server/__init__.py", "server/app.py", "ui/__init__.py",
              "ui/screens/__init__.py", "ui/screens/receipt.py", "ui/demo.py", "bench/soak.py",
              "tests/__init__.py", "tests/api/kiosk_harness.py", "tests/server/server_testkit.py"]
    for name in layout:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text("")
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    return root


UI_CASES = [
    ("from devices.printer.escpos import EscposPrinter\n", "ui/screens/receipt.py:1 imports devices.printer.escpos"),
    ("from devices.printer import escpos\n", "ui/screens/receipt.py:1 imports devices.printer.escpos"),
    ("import devices.qr.hid\n", "ui/screens/receipt.py:1 imports devices.qr.hid"),
    ("def show():\n    from devices.camera.opencv import OpenCvCamera\n",
     "ui/screens/receipt.py:2 imports devices.camera.opencv"),
    ("from ..demo import x\nfrom devices.qr import simulated\n", "ui/screens/receipt.py:2 imports devices.qr.simulated"),
]


@pytest.mark.parametrize(("source", "expected"), UI_CASES)
def test_ui_rule_names_the_planted_adapter_import(tmp_path: Path, source: str, expected: str) -> None:
    """Issue 19: the ui → devices rule fails on an adapter import and names the module, line and import."""
    root = _plant(tmp_path, {"ui/screens/receipt.py": source})
    offenders = ui_adapter_imports(root)
    assert len(offenders) == 1 and offenders[0].startswith(expected + ": ui may import only")


def test_ui_rule_accepts_protocols_and_types(tmp_path: Path) -> None:
    """The planted tree with only protocol/type imports passes, so the failures above are about the adapter."""
    root = _plant(tmp_path, {"ui/screens/receipt.py": (
        "from devices.base import DeviceState, QrScan\nfrom devices.faults import DeviceFault\n"
        "from devices.printer.job import PrintJob\nfrom devices import registry\nimport devices.options\n")})
    assert ui_adapter_imports(root) == []


TESTS_CASES = [
    ("bench/soak.py", "from tests.server.server_testkit import seed\n",
     "bench/soak.py:1 imports tests.server.server_testkit"),
    ("bench/soak.py", "import sys\nsys.path.insert(0, 'tests')\n", "bench/soak.py:2 puts tests/ on sys.path"),
    ("bench/soak.py", "import sys\nfrom pathlib import Path\nsys.path.insert(0, str(Path(__file__).parent.parent / "
                      "'tests' / 'api'))\n", "bench/soak.py:3 puts tests/ on sys.path"),
    ("bench/soak.py", "import os, sys\nsys.path.append(os.path.join(os.getcwd(), 'tests/api'))\n",
     "bench/soak.py:2 puts tests/ on sys.path"),
    ("bench/soak.py", "from kiosk_harness import dossier\n", "bench/soak.py:1 imports kiosk_harness"),
    ("server/app.py", "import tests\n", "server/app.py:1 imports tests"),
    ("kiosk_app/flow.py", "def f():\n    from tests.api import kiosk_harness\n",
     "kiosk_app/flow.py:2 imports tests.api.kiosk_harness"),
    ("testkit/qr_captures.py", "from tests.server import server_testkit\n",
     "testkit/qr_captures.py:1 imports tests.server.server_testkit"),
]


@pytest.mark.parametrize(("name", "source", "expected"), TESTS_CASES)
def test_tests_rule_names_the_planted_import(tmp_path: Path, name: str, source: str, expected: str) -> None:
    """Issue 19: the "never import tests/" rule fails on a planted import and names the file, line and import."""
    root = _plant(tmp_path, {name: source})
    offenders = imports_of_tests(root)
    assert len(offenders) == 1 and offenders[0].startswith(expected + ": bench, testkit and the product never")


TESTKIT_CASES = [
    ("devices/qr/hid.py", "from testkit.qr_captures import generate_set\n",
     "devices/qr/hid.py:1 imports testkit.qr_captures"),
    ("devices/camera/opencv.py", "import importlib\nimportlib.import_module('testkit.document_photos')\n",
     "devices/camera/opencv.py:2 imports testkit.document_photos"),
    ("kiosk_app/flow.py", "def f():\n    from testkit import document_photos\n",
     "kiosk_app/flow.py:2 imports testkit.document_photos"),
    ("server/app.py", "import testkit\n", "server/app.py:1 imports testkit"),
    ("ui/screens/receipt.py", "from testkit.document_photos import SyntheticDocumentGenerator\n",
     "ui/screens/receipt.py:1 imports testkit.document_photos"),
]


@pytest.mark.parametrize(("name", "source", "expected"), TESTKIT_CASES)
def test_testkit_rule_names_the_planted_import(tmp_path: Path, name: str, source: str, expected: str) -> None:
    """Issue 19: a real adapter or another product module importing testkit fails, naming the module and import."""
    root = _plant(tmp_path, {name: source})
    offenders = imports_of_testkit(root)
    assert len(offenders) == 1 and offenders[0].startswith(expected + ": only devices/camera/simulated.py")


def test_testkit_rule_accepts_the_allow_list(tmp_path: Path) -> None:
    """The simulated adapters, `kiosk samples` and the demo may import testkit (lazily or not)."""
    source = "def f():\n    from testkit.qr_captures import generate_set\n"
    root = _plant(tmp_path, {name: source for name in TESTKIT_ALLOWED})
    assert imports_of_testkit(root) == []
