"""Shared fixtures: the shipped seed article, the dev corpus and their gold annotations.

Graphs are built in-process with the library, once per test session; tests that write
files use ``tmp_path``.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from rdflib import Dataset

from graph.build import build_dataset
from graph.ingest import iter_articles
from graph.pipeline import BuildSummary, extract_all
from graph.types import Extraction

REPO_ROOT = Path(__file__).resolve().parents[1]
# In a checkout and in CI the repository sits next to the shared corpus and profile.
SHARED_DIR = Path(__file__).resolve().parents[2] / "shared"
SEED_ARTICLE = REPO_ROOT / "data" / "articles" / "jembrana-ukm-teleconference.txt"
SEED_GOLD = SHARED_DIR / "corpus" / "seed" / "jembrana-ukm-teleconference.gold.yaml"
DEV_DIR = SHARED_DIR / "corpus" / "dev"


def extract_paths(paths: list[Path]) -> tuple[list[Extraction], BuildSummary]:
    """Read and extract ``paths`` the way ``kg build`` does; returns extractions and summary."""
    summary = BuildSummary()
    return extract_all(iter_articles(paths), summary), summary


def build_paths(paths: list[Path], base: str | None = None) -> Dataset:
    """Build the dataset of ``paths``; fails the test if any input is skipped."""
    extractions, summary = extract_paths(paths)
    assert not summary.skipped, summary.skipped
    return build_dataset(extractions, base)


def pytest_configure(config: pytest.Config) -> None:
    # rdflib's own deprecations (Dataset.contexts inside its serializers) and the
    # warning its DefinedNamespace gives when pytest probes module attributes.
    config.addinivalue_line("filterwarnings", "ignore::DeprecationWarning:rdflib")
    config.addinivalue_line("filterwarnings", "ignore:Code. _mock_name is not defined:UserWarning")


def _require_shared() -> Path:
    if not SHARED_DIR.is_dir():
        pytest.skip(f"shared corpus folder not found at {SHARED_DIR} (checkout without ../shared)")
    return SHARED_DIR


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    return _require_shared()


@pytest.fixture(scope="session")
def seed_path() -> Path:
    assert SEED_ARTICLE.is_file(), f"the shipped seed article is missing: {SEED_ARTICLE}"
    return SEED_ARTICLE


@pytest.fixture(scope="session")
def seed_dataset(seed_path: Path) -> Dataset:
    """The Dataset of the shipped seed article (with its ``.meta.json`` sidecar)."""
    return build_paths([seed_path])


@pytest.fixture(scope="session")
def seed_gold(shared_dir: Path) -> dict:
    if not SEED_GOLD.is_file():
        pytest.skip(f"seed gold annotation not found at {SEED_GOLD}")
    return yaml.safe_load(SEED_GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def dev_paths(shared_dir: Path) -> dict[str, Path]:
    """Article id ("01", "05", ...) → path of every dev article."""
    paths = {p.stem: p for p in sorted(DEV_DIR.glob("*.txt"))}
    if not paths:
        pytest.skip(f"no dev articles in {DEV_DIR}")
    return paths


@pytest.fixture(scope="session")
def dev_extractions(dev_paths: dict[str, Path]) -> dict[str, Extraction]:
    """Article id → extraction, extracted once for the session."""
    out = {}
    for stem, path in dev_paths.items():
        extractions, summary = extract_paths([path])
        assert not summary.skipped, summary.skipped
        assert len(extractions) == 1, path
        out[stem] = extractions[0]
    return out


@pytest.fixture(scope="session")
def dev_datasets(dev_extractions: dict[str, Extraction]) -> dict[str, Dataset]:
    """Article id → Dataset of that dev article alone."""
    return {stem: build_dataset([x]) for stem, x in dev_extractions.items()}


@pytest.fixture(scope="session")
def dev_corpus_dataset(dev_extractions: dict[str, Extraction]) -> Dataset:
    """One Dataset of all dev articles together (one named graph each)."""
    return build_dataset(list(dev_extractions.values()))


@pytest.fixture(scope="session")
def dev_gold(shared_dir: Path, dev_paths: dict[str, Path]) -> dict[str, dict]:
    """Article id → gold annotation of every dev article that has one."""
    return {stem: yaml.safe_load(path.with_suffix(".gold.yaml").read_text(encoding="utf-8"))
            for stem, path in dev_paths.items() if path.with_suffix(".gold.yaml").is_file()}


# ---- a real headless browser (Debian's chromium and its driver), one per test module ----

CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--window-size=1400,900",
)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    """Chromium under Selenium with the console log kept; skipped where it is not installed."""
    webdriver = pytest.importorskip(
        "selenium.webdriver", reason="selenium is not installed (pip install selenium)")
    from selenium.webdriver.chrome.service import Service

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    chromedriver = shutil.which("chromedriver")
    if not chromium or not chromedriver:
        pytest.skip("chromium and chromedriver are not installed "
                    "(apt-get install -y chromium chromium-driver)")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    # With both paths given, Selenium Manager neither looks for nor downloads anything.
    driver = webdriver.Chrome(options=options, service=Service(executable_path=chromedriver))
    driver.set_script_timeout(10)
    yield driver
    driver.quit()

