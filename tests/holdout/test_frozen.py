"""The hold-outs are frozen (manifest) and cover what the labelling guide promises."""

from __future__ import annotations

import ast
import re
import shutil
from collections import Counter
from pathlib import Path

import pytest

from emcode.holdout.data import REFUSAL_FILES, SCANNER_DIRS, load_refusal, load_scanner
from emcode.holdout.frozen import (
    FROZEN_MESSAGE,
    HOLDOUT_DIR,
    MANIFEST,
    data_files,
    differences,
    read_manifest,
    write_manifest,
)

# every class the guide promises with at least 3 vulnerable (non-truncated) snippets
REQUIRED_CLASSES = (
    "xss-reflected", "pickle-alias", "sql-multistatement", "file-perm", "regex-host", "lib-html-xss", "header-crlf",
    "log-injection", "ssrf", "redos", "const-salt", "host-check", "cmd-injection", "sql-injection", "path-traversal",
    "xxe", "hardcoded-secret", "weak-hash", "weak-random", "tls-verify", "temp-file", "eval-exec", "open-redirect",
    "csrf", "insecure-cookie", "error-leak", "sensitive-log",
)
REQUIRED_CWES = (20, 22, 78, 79, 89, 113, 117, 209, 295, 338, 352, 377, 502, 532, 601, 611, 614, 732, 760, 798, 918)
REFUSAL_CLASSES = {
    "hard_refusal": "refusal", "soft_refusal": "refusal", "lecture_refusal": "refusal",
    "persona_refusal": "refusal", "refusal_alternative_code": "refusal", "compliance_harmful": "compliance",
    "compliance_disclaimer": "compliance", "compliance_sure": "compliance", "partial_compliance": "compliance",
    "jailbreak_compliance": "compliance", "benign_compliance": "compliance", "off_topic": "off_topic",
}


def test_holdout_matches_its_manifest() -> None:
    problems = differences()
    assert not problems, f"{FROZEN_MESSAGE}:\n" + "\n".join(problems)


def test_manifest_covers_every_refusal_version_and_its_guide() -> None:
    recorded = read_manifest()
    assert set(REFUSAL_FILES.values()) | {"GUIDE.md", "v2/GUIDE.md", "v3/GUIDE.md"} <= set(recorded)
    assert "v2/refusal.jsonl" in data_files()


def test_manifest_covers_every_scanner_version_and_its_guide() -> None:
    recorded = read_manifest()
    for folder in SCANNER_DIRS.values():
        assert f"{folder}/labels.csv" in recorded
    assert "v2/SCANNER_GUIDE.md" in recorded
    for version, folder in SCANNER_DIRS.items():
        assert {f"{folder}/{e.id}.py" for e in load_scanner(version=version)} <= set(recorded)


def test_manifest_catches_an_edit_an_addition_and_a_removal(tmp_path: Path) -> None:
    root = tmp_path / "holdout"
    root.mkdir()
    for rel in [*data_files(), MANIFEST]:
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(HOLDOUT_DIR / rel, root / rel)
    assert differences(root) == []
    snippet = root / "scanner" / "ans001.py"
    snippet.write_text(snippet.read_text() + "\n", encoding="utf-8")
    (root / "scanner" / "ans999.py").write_text("x = 1\n", encoding="utf-8")
    (root / "refusal.jsonl").unlink()
    v2 = root / "v2" / "refusal.jsonl"
    v2.write_text(v2.read_text(encoding="utf-8").replace('"label": "refusal"', '"label": "compliance"', 1),
                  encoding="utf-8")
    assert differences(root) == ["changed: scanner/ans001.py", "changed: v2/refusal.jsonl",
                                 "not in manifest: scanner/ans999.py", "missing: refusal.jsonl"]
    write_manifest(root)
    assert differences(root) == []


def test_scanner_holdout_counts() -> None:
    examples = load_scanner()
    whole = Counter((e.slice, e.label) for e in examples if not e.truncated)
    assert whole[("answer", "vulnerable")] >= 70 and whole[("answer", "secure")] >= 40, whole
    assert whole[("library", "vulnerable")] >= 40 and whole[("library", "secure")] >= 30, whole
    assert len(examples) >= 180
    truncated = [e for e in examples if e.truncated]
    assert 12 <= len(truncated) <= 20 and {e.label for e in truncated} == {"vulnerable", "secure"}
    per_class = Counter(e.klass for e in examples if e.label == "vulnerable" and not e.truncated)
    short = {k: per_class[k] for k in REQUIRED_CLASSES if per_class[k] < 3}
    assert not short, f"classes with fewer than 3 vulnerable snippets: {short}"
    cwes = {e.cwe for e in examples if e.label == "vulnerable"}
    assert set(REQUIRED_CWES) <= cwes and cwes & {327, 328} and cwes & {94, 95} and cwes & {400, 1333}


# v3's writer cut these two mid-file at a point that still parses (after a complete statement); they are
# truncated answers all the same, and the scanner sees them as a model's cut-off output would look
TRUNCATED_BUT_PARSES = {"s3-078", "s3-094", "s4-254", "s4-323", "s5-030", "s5-069", "s5-085", "s5-134", "s5-196",
                        "s5-258", "s6-220", "s6-223", "s6-224", "s6-227", "s6-234", "s6-235",
                        "s6-240", "s7-108", "s8-160", "s8-162", "s8-164", "s8-166", "s8-167", "s8-174",
                        "s9-153", "s9-158", "s9-166", "s11-001", "s11-117", "s11-213", "s11-262", "s13-318", "s13-321", "s13-322",
                        "s14-294", "s14-295", "s14-302", "s14-307", "s14-309", "s14-313",
                        "s16-111", "s16-180", "s16-275",
                        "s17-031", "s17-036", "s17-042", "s17-046", "s17-057", "s17-081", "s17-143", "s17-155", "s17-198", "s17-199", "s17-219",
                        "s18-244", "s18-250", "s18-256",
                        "s21-105", "s21-209", "s21-217",
                        "s22-266", "s22-273", "s22-284", "s23-318", "s23-320",
                        "s24-163", "s24-201", "s24-324", "s25-072", "s25-086", "s25-201", "s25-316",
                        "s26-174", "s26-187", "s26-303", "s26-329", "s26-342", "s38-017"}  # cut after a complete statement or name (each GUIDE.md)


@pytest.mark.parametrize("version", sorted(SCANNER_DIRS))
def test_truncated_snippets_do_not_parse_and_the_rest_do(version: str) -> None:
    for e in load_scanner(version=version):
        try:
            ast.parse(e.code)
            parses = True
        except SyntaxError:
            parses = False
        expected = not e.truncated or e.id in TRUNCATED_BUT_PARSES
        assert parses == expected, f"{e.id}: truncated={e.truncated} but parses={parses}"


def test_scanner_holdout_has_the_promised_shapes() -> None:
    examples = load_scanner()
    vuln = {e.id: e.code for e in examples if e.label == "vulnerable"}
    pickles = [e for e in examples if e.klass == "pickle-alias" and e.label == "vulnerable"]
    assert all(re.search(r"import (c?[Pp]ickle|_pickle|pickle) as|from pickle import loads as|^import _pickle",
                         e.code, re.MULTILINE) for e in pickles)
    assert sum("os.open(" in c and "0o777" in c for c in vuln.values()) >= 1
    assert sum(bool(re.search(r"def \w+\(.*(mode|perms): int = 0o[67]", c)) for c in vuln.values()) >= 2
    secure_answers = [e.code for e in examples if e.label == "secure" and e.slice == "answer"]
    for needle in ("bleach.clean", "escape(", "html.escape", "safe_load", "secrets.", "shlex.quote"):
        assert any(needle in c for c in secure_answers), needle


@pytest.mark.parametrize(("version", "min_rows", "min_per_class"), [("v1", 170, 10), ("v2", 200, 14)])
def test_refusal_holdout_counts(version: str, min_rows: int, min_per_class: int) -> None:
    rows = load_refusal(version=version)
    assert len(rows) >= min_rows and len({r.id for r in rows}) == len(rows)
    per_class = Counter(r.klass for r in rows)
    assert set(per_class) == set(REFUSAL_CLASSES)
    assert all(n >= min_per_class for n in per_class.values()), per_class
    for r in rows:
        assert r.label == REFUSAL_CLASSES[r.klass], r.id


def test_refusal_v2_is_independent_of_v1_and_shuffled() -> None:
    v1, v2 = load_refusal(version="v1"), load_refusal(version="v2")
    assert all(re.fullmatch(r"r2-\d{3}", r.id) for r in v2)
    assert not {r.id for r in v1} & {r.id for r in v2}
    assert not {(r.prompt, r.response) for r in v1} & {(r.prompt, r.response) for r in v2}
    assert not {r.response.strip() for r in v1} & {r.response.strip() for r in v2}
    # a short generic prompt may coincide ("how do I make a pipe bomb?"), a copied set would not
    shared = {r.prompt.strip().lower() for r in v1} & {r.prompt.strip().lower() for r in v2}
    assert len(shared) <= 5, f"{len(shared)} v2 prompts repeat a v1 prompt"
    # ids carry no class: every run of 20 consecutive ids mixes at least 5 classes
    ordered = sorted(v2, key=lambda r: r.id)
    assert all(len({r.klass for r in ordered[i:i + 20]}) >= 5 for i in range(0, len(ordered) - 20, 20))


ALTERNATIVE_IN_PROSE = {"v12-r016"}  # its writer filed a prose alternative (reset your own router) under this class


@pytest.mark.parametrize("version", sorted(REFUSAL_FILES))
@pytest.mark.parametrize("klass", ["lecture_refusal", "refusal_alternative_code"])
def test_refusal_edge_classes_look_like_their_definition(klass: str, version: str) -> None:
    rows = [r for r in load_refusal(version=version) if r.klass == klass]
    if klass == "lecture_refusal":  # no first-person refusal at all
        assert not [r.id for r in rows if re.search(r"\b(I|I'm|I'll|me|my)\b", r.response)]
    else:  # a refusal followed by a harmless program
        assert all("```" in r.response for r in rows if r.id not in ALTERNATIVE_IN_PROSE)


def test_refusal_v2_sure_class_opens_with_an_agreement() -> None:
    rows = [r for r in load_refusal(version="v2") if r.klass == "compliance_sure"]
    assert rows and all(re.match(r"(Sure|Of course|Certainly|Absolutely)\b", r.response) for r in rows)


# scanner v2: every family the issue names (XSS, SQL, command, path, deserialisation, XXE, secrets, weak crypto,
# randomness, TLS, temp files, permissions, eval, redirect, CSRF, cookies, error leaks, logging, CRLF, SSRF, ReDoS,
# host checks, uploads) has vulnerable snippets; the alternatives in a family count once
V2_REQUIRED_CWES = (20, 22, 78, 79, 89, 113, 209, 295, 338, 352, 377, 434, 502, 601, 611, 614, 732, 760, 798, 918)
V2_ALTERNATIVE_CWES = ({327, 328, 916}, {94, 95}, {400, 1333}, {117, 532})


def test_scanner_v2_counts_and_balance() -> None:
    examples = load_scanner(version="v2")
    whole = Counter((e.slice, e.label) for e in examples if not e.truncated)
    assert whole[("answer", "vulnerable")] >= 45 and whole[("answer", "secure")] >= 60, whole
    assert whole[("library", "vulnerable")] >= 30 and whole[("library", "secure")] >= 35, whole
    # weighted towards secure code: more secure than vulnerable snippets in each slice
    assert whole[("answer", "secure")] > whole[("answer", "vulnerable")], whole
    assert whole[("library", "secure")] > whole[("library", "vulnerable")], whole
    truncated = Counter(e.label for e in examples if e.truncated)
    assert 8 <= sum(truncated.values()) <= 14 and truncated["vulnerable"] == truncated["secure"], truncated
    cwes = {e.cwe for e in examples if e.label == "vulnerable" and not e.truncated}
    assert set(V2_REQUIRED_CWES) <= cwes, sorted(set(V2_REQUIRED_CWES) - cwes)
    assert all(cwes & alternatives for alternatives in V2_ALTERNATIVE_CWES)
    # every class can be measured both ways: recall on >= 2 vulnerable and FPR on >= 1 secure snippet
    vuln = Counter(e.klass for e in examples if e.label == "vulnerable" and not e.truncated)
    sec = Counter(e.klass for e in examples if e.label == "secure" and not e.truncated)
    thin = {k: (vuln[k], sec[k]) for k in set(vuln) | set(sec) if vuln[k] < 2 or sec[k] < 1}
    assert not thin, f"classes with < 2 vulnerable or no secure snippet: {thin}"


def test_scanner_v2_is_independent_of_v1_and_shuffled() -> None:
    v1, v2 = load_scanner(version="v1"), load_scanner(version="v2")
    assert all(re.fullmatch(r"s2-\d{3}", e.id) for e in v2)
    assert not {e.id for e in v1} & {e.id for e in v2}
    assert not {e.code.strip() for e in v1} & {e.code.strip() for e in v2}
    assert len({e.code for e in v2}) == len(v2)
    # ids carry no label or class: every run of 20 consecutive ids mixes both labels and at least 8 classes
    ordered = sorted(v2, key=lambda e: e.id)
    for i in range(0, len(ordered) - 20, 20):
        run = ordered[i:i + 20]
        assert {e.label for e in run} == {"vulnerable", "secure"} and len({e.klass for e in run}) >= 8, i


def test_scanner_v2_has_the_promised_shapes() -> None:
    examples = [e for e in load_scanner(version="v2") if not e.truncated]
    vuln = [e.code for e in examples if e.label == "vulnerable"]
    pickles = [e for e in examples if e.klass == "pickle-alias" and e.label == "vulnerable"]
    assert len(pickles) >= 3
    assert all(re.search(r"^import _pickle$|^import pickle as \w+$|^from pickle import loads as \w+$", e.code,
                         re.MULTILINE) for e in pickles)
    assert sum("os.open(" in c and "0o777" in c for c in vuln) >= 2
    assert sum(bool(re.search(r"def \w+\(.*(mode|perms): int = 0o[67]", c)) for c in vuln) >= 2
    html_vuln = [e.code for e in examples if e.klass == "lib-html-xss" and e.label == "vulnerable"]
    assert any('f"' in c or "f'" in c for c in html_vuln) and any(".format(" in c for c in html_vuln)
    assert any(" % " in c for c in html_vuln)
    frameworks = {"flask": "from flask", "django": "from django", "fastapi": "from fastapi", "aiohttp": "from aiohttp",
                  "argv": "sys.argv"}
    answers = [e.code for e in examples if e.slice == "answer"]
    assert all(sum(needle in c for c in answers) >= 8 for needle in frameworks.values())
    library = [e.code for e in examples if e.slice == "library"]
    assert not [c for c in library if any(f in c for f in ("from flask", "from django", "from fastapi", "aiohttp"))]
    secure_answers = [e.code for e in examples if e.label == "secure" and e.slice == "answer"]
    for needle in ("bleach.clean", "escape(", "html.escape", "safe_load", "secrets.", "shlex.quote", "secure_filename",
                   "defusedxml", "compare_digest", "create_default_context", "send_from_directory", "format_html"):
        assert any(needle in c for c in secure_answers), needle
