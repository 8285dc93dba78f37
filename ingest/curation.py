"""Curation that survives re-ingest: a YAML file a user edits, applied at every build.

    merge:                      # the second name is the same entity as the first
      - ["Children and Family Wellbeing Service", "Early Help Service"]
    alias:
      "Exampleton Borough Council": ["Exampleton BC"]
    reject:                     # facts that are wrong, by subject, relation and object as written
      - {subject: "Prospects", relation: responsible, object: "PI 2.5"}
    add:                        # facts the documents imply but do not state; the note is the evidence
      - {subject: "Youth JAG", relation: subgroup_of, object: "Joint Action Group", note: "JAG terms of reference 2021"}

Curated facts carry the method ``curation`` and cite the curation file and the line of the entry.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .model import Claim, DocumentFacts, Evidence, Kind, Mention, Rel, Resolved
from .names import kind_of, norm


@dataclass
class Curation:
    path: Path
    merge: list[list[str]] = field(default_factory=list)
    alias: dict[str, list[str]] = field(default_factory=dict)
    reject: list[dict] = field(default_factory=list)
    add: list[dict] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)

    @classmethod
    def load(cls, path: str | Path) -> Curation:
        path = Path(path)
        text = path.read_text(encoding="utf-8")
        data = yaml.safe_load(text) or {}
        if not isinstance(data, dict):
            raise ValueError(f"{path}: expected a mapping with merge/alias/reject/add")
        unknown = set(data) - {"merge", "alias", "reject", "add"}
        if unknown:
            raise ValueError(f"{path}: unknown sections {sorted(unknown)}")
        return cls(
            path,
            data.get("merge") or [],
            data.get("alias") or {},
            data.get("reject") or [],
            data.get("add") or [],
            text.splitlines(),
        )

    def _evidence(self, needle: str) -> Evidence:
        for i, line in enumerate(self.lines, 1):
            if needle in line:
                return Evidence(self.path.name, i, i, line.strip())
        return Evidence(self.path.name, 1, 1, self.lines[0].strip() if self.lines else "curation")

    def apply_to_documents(self, documents: list[DocumentFacts]) -> None:
        rejected = {(norm(r["subject"]), str(r["relation"]), norm(r["object"])) for r in self.reject}
        for doc in documents:
            doc.claims = [
                c
                for c in doc.claims
                if (norm(c.subject.name), c.rel.value, norm(c.object.name)) not in rejected
                and (norm(c.subject.code or ""), c.rel.value, norm(c.object.code or "")) not in rejected
                and (norm(c.subject.name), c.rel.value, norm(c.object.code or "")) not in rejected
            ]
        if self.add:
            curated = DocumentFacts(self.path.name, "Curation", "\n".join(self.lines))
            for a in self.add:
                rel = Rel(a["relation"])
                s = _mention(a["subject"])
                o = _mention(a["object"])
                curated.claims.append(
                    Claim(s, rel, o, self._evidence(str(a.get("note") or a["subject"])), "curation", 1.0)
                )
            documents.append(curated)

    def apply_to_entities(self, resolved: Resolved) -> None:
        by_name: dict[str, str] = {}
        for key, e in resolved.entities.items():
            for name in e.aliases | {e.label}:
                by_name.setdefault(norm(name), key)
        for first, *others in self.merge:
            keep = by_name.get(norm(first))
            for other in others:
                drop = by_name.get(norm(other))
                if keep and drop and keep != drop:
                    kept, gone = resolved.entities[keep], resolved.entities.pop(drop)
                    kept.aliases |= gone.aliases | {gone.label}
                    kept.merges.append(f"curation: {first} ~ {other}")
                    for m, k in resolved.key_of.items():
                        if k == drop:
                            resolved.key_of[m] = keep
        for name, aliases in self.alias.items():
            key = by_name.get(norm(name))
            if key and key in resolved.entities:
                resolved.entities[key].aliases.update(aliases)


def merge_candidates(resolved: Resolved, threshold: float = 88.0) -> list[tuple[str, str, float]]:
    """Pairs of entities of one kind whose names are alike but were not merged, most alike first."""
    from rapidfuzz import fuzz

    by_kind: dict[Kind, list] = {}
    for key, e in resolved.entities.items():
        by_kind.setdefault(e.kind, []).append((key, norm(e.label)))
    out = []
    for entries in by_kind.values():
        for i, (a, na) in enumerate(entries):
            for b, nb in entries[i + 1 :]:
                score = fuzz.token_set_ratio(na, nb)
                if score >= threshold and na != nb:
                    out.append((a, b, round(score, 1)))
    return sorted(out, key=lambda t: (-t[2], t[0], t[1]))


def _mention(name: str):
    kind = kind_of(name)
    return Mention(name, kind if kind is not Kind.PERSON else Kind.PERSON)
