"""Two stores, each built once per session: a small hand-written partnership with known answers, and the
seed corpus (../shared/corpus) read by the real pipeline. Tests read them and never write to them."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from api.app import create_app
from graph.build import build
from graph.namespaces import DEFAULT_BASE
from graph.settings import Settings
from ingest.model import (
    Claim,
    Description,
    DocumentFacts,
    Entity,
    Evidence,
    Funding,
    Kind,
    Mention,
    Observation,
    Rel,
    Resolved,
)
from ingest.pipeline import document_paths, ingest_paths

with warnings.catch_warnings():
    # starlette asks for httpx2 where httpx is installed; the client works the same
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
    from fastapi.testclient import TestClient

BASE = "https://example.org/id/"
DOC = "csp-report.txt"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
CORPUS_BASE = DEFAULT_BASE  # the base IRI of the corpus store
TEXT = """Charnwood Community Safety Partnership Annual Report 2019/20
The responsible authorities who sit on the CSP are Charnwood Borough Council and Leicestershire Police.
Living Without Abuse (LWA) attends the Partnership as a voluntary sector partner.
The Joint Action Group (JAG) is a sub-group of the Charnwood CSP.
The Youth JAG is a sub-group of the Joint Action Group.
The Joint Action Group reports to the CSP Strategic Group.
The Partnership is chaired by Councillor Jane Smith of Charnwood Borough Council.
Tim McCabe, Community Safety Manager at Charnwood Borough Council, leads the plan.
PI 1.4\tEnsure JAG processes are referred\tTim McCabe\tLeicestershire Police
The Office of the Police and Crime Commissioner (OPCC) allocated \u00a375,500 of Locality Funding in 2019/20.
Street Pastors\tLocality Funding\t\u00a35,000\t2019/20
Community Safety Plan 2019-22 priority: Reducing anti-social behaviour
KI4 - Percentage of household waste recycled\tQuarter 1 45.74%\tQuarter 2 44.51%\tQuarter 3 43.84%\tR\tTarget 50%
The Safer Communities Board was replaced by the CSP Strategic Group.
The Community Safety Plan 2019-22 is the plan of the CSP.
LWA reports on ERM2 - NS(1) Registered organisations.
"""
LINES = TEXT.splitlines()

# key: (kind, label, aliases, code)
ENTITIES = {
    "org-charnwood-borough-council": (Kind.ORGANISATION, "Charnwood Borough Council", {"CBC"}, None),
    "org-leicestershire-police": (Kind.ORGANISATION, "Leicestershire Police", set(), None),
    "org-living-without-abuse": (Kind.ORGANISATION, "Living Without Abuse", {"LWA"}, None),
    "org-opcc": (Kind.ORGANISATION, "Office of the Police and Crime Commissioner", {"OPCC"}, None),
    "partnership-charnwood-csp": (
        Kind.PARTNERSHIP,
        "Charnwood Community Safety Partnership",
        {"Charnwood CSP", "CSP"},
        None,
    ),
    "group-jag": (Kind.GROUP, "Joint Action Group", {"JAG"}, None),
    "group-youth-jag": (Kind.GROUP, "Youth JAG", set(), None),
    "group-strategic-group": (Kind.GROUP, "CSP Strategic Group", set(), None),
    "group-safer-communities-board": (Kind.GROUP, "Safer Communities Board", set(), None),
    "person-jane-smith": (Kind.PERSON, "Jane Smith", set(), None),
    "person-tim-mccabe": (Kind.PERSON, "Tim McCabe", set(), None),
    "post-community-safety-manager": (Kind.POST, "Community Safety Manager", set(), None),
    "action-pi-1-4": (Kind.ACTION, "Ensure JAG processes are referred", set(), "PI 1.4"),
    "fund-locality-funding": (Kind.FUND, "Locality Funding", set(), None),
    "project-street-pastors": (Kind.PROJECT, "Street Pastors", set(), None),
    "plan-community-safety-plan": (Kind.PLAN, "Community Safety Plan 2019-22", set(), None),
    "priority-reducing-asb": (Kind.PRIORITY, "Reducing anti-social behaviour", set(), None),
    "indicator-ki4": (Kind.INDICATOR, "Percentage of household waste recycled", set(), "KI4"),
    "indicator-erm2": (Kind.INDICATOR, "Registered organisations", set(), "ERM2 - NS(1)"),
}


def mention(key: str) -> Mention:
    kind, label, _, code = ENTITIES[key]
    return Mention(label, kind, code)


def ev(line: int, quote: str | None = None) -> Evidence:
    """Evidence quoting ``quote`` (default: the whole line) from line ``line`` of the document."""
    text = LINES[line - 1]
    quote = text if quote is None else quote
    assert quote in text, (line, quote)
    return Evidence(DOC, line, line, quote)


def claim(subject: str, rel: Rel, obj: str, line: int, quote: str | None = None, role: str | None = None):
    return Claim(mention(subject), rel, mention(obj), ev(line, quote), "test", role=role)


def observation(measure: str, line: int, quote: str, **values) -> Observation:
    return Observation(mention("indicator-ki4"), measure, ev(line, quote), "test", **values)


CLAIMS = [
    claim(
        "org-charnwood-borough-council",
        Rel.MEMBER,
        "partnership-charnwood-csp",
        2,
        role="responsible authority",
    ),
    claim(
        "org-leicestershire-police",
        Rel.MEMBER,
        "partnership-charnwood-csp",
        2,
        role="Responsible Authorities",
    ),
    claim(
        "org-living-without-abuse",
        Rel.MEMBER,
        "partnership-charnwood-csp",
        3,
        role="voluntary sector partner",
    ),
    claim("group-jag", Rel.SUBGROUP_OF, "partnership-charnwood-csp", 4),
    claim("group-youth-jag", Rel.SUBGROUP_OF, "group-jag", 5),
    claim("group-jag", Rel.REPORTS_TO, "group-strategic-group", 6),
    claim("person-jane-smith", Rel.CHAIR, "partnership-charnwood-csp", 7, "chaired by Councillor Jane Smith"),
    claim("person-jane-smith", Rel.WORKS_FOR, "org-charnwood-borough-council", 7),
    claim(
        "person-tim-mccabe",
        Rel.HOLDS,
        "post-community-safety-manager",
        8,
        "Tim McCabe, Community Safety Manager",
    ),
    claim("post-community-safety-manager", Rel.WORKS_FOR, "org-charnwood-borough-council", 8),
    claim("person-tim-mccabe", Rel.RESPONSIBLE, "action-pi-1-4", 9),
    claim("org-leicestershire-police", Rel.CONTRIBUTES, "action-pi-1-4", 9),
    claim("priority-reducing-asb", Rel.PRIORITY_OF, "plan-community-safety-plan", 12),
    claim(
        "indicator-ki4", Rel.INDICATOR_OF, "priority-reducing-asb", 13, "KI4 - Percentage of household waste"
    ),
    claim("group-safer-communities-board", Rel.REPLACED_BY, "group-strategic-group", 14),
    claim("plan-community-safety-plan", Rel.PART_OF, "partnership-charnwood-csp", 15),
    claim("org-living-without-abuse", Rel.RESPONSIBLE, "indicator-erm2", 16),
]
FUNDINGS = [
    Funding(mention("org-opcc"), mention("fund-locality-funding"), 75500.0, ev(10), "test", period="2019/20"),
    Funding(
        mention("fund-locality-funding"),
        mention("project-street-pastors"),
        5000.0,
        ev(11),
        "test",
        period="2019/20",
    ),
]
OBSERVATIONS = [
    observation("actual", 13, "Quarter 3 43.84%", period="Quarter 3", value=43.84),
    observation("actual", 13, "Quarter 1 45.74%", period="Quarter 1", value=45.74),
    observation("actual", 13, "Quarter 2 44.51%", period="Quarter 2", value=44.51),
    observation("status", 13, "Quarter 1 45.74%", period="Quarter 1", status="green"),
    observation("status", 13, "43.84%\tR", period="Quarter 3", status="red"),
    observation("target", 13, "Target 50%", value=50.0),
]
DESCRIPTIONS = [
    Description(
        mention("org-living-without-abuse"), ev(3, "Living Without Abuse (LWA)"), "test", alias="LWA"
    ),
]


def fixture_resolved() -> Resolved:
    entities = {
        key: Entity(key, kind, label, aliases=set(aliases), code=code)
        for key, (kind, label, aliases, code) in ENTITIES.items()
    }
    doc = DocumentFacts(DOC, "CSP annual report", TEXT, CLAIMS, FUNDINGS, OBSERVATIONS, DESCRIPTIONS)
    return Resolved([doc], entities, {mention(key): key for key in ENTITIES})


@pytest.fixture(scope="session")
def store_path(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("pgraph") / "store"
    build(fixture_resolved(), str(path), BASE)
    return str(path)


@pytest.fixture(scope="session")
def settings(store_path) -> Settings:
    return Settings(store=store_path, base_iri=BASE)


@pytest.fixture(scope="session")
def client(settings):
    with TestClient(create_app(settings)) as test_client:
        yield test_client


# ---------------------------------------------------------------- the seed corpus, once per session


@pytest.fixture(scope="session")
def corpus_resolved() -> Resolved:
    """The seed corpus read and resolved by the real pipeline (shared: a test must not change it)."""
    if not CORPUS.is_dir() or not document_paths([CORPUS]):
        pytest.fail(
            f"document folder {CORPUS} is missing or empty: the shared corpus must sit beside the project"
        )
    result = ingest_paths([CORPUS])
    assert result.documents and not result.failures
    return result


@pytest.fixture(scope="session")
def corpus_store_path(corpus_resolved, tmp_path_factory) -> str:
    """A store built from the seed corpus under :data:`CORPUS_BASE` (opened read-only by the tests)."""
    path = tmp_path_factory.mktemp("corpus") / "store"
    build(corpus_resolved, str(path), CORPUS_BASE)
    return str(path)
