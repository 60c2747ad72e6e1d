"""The recorded hold-out numbers the report quotes belong to the detector code that ships."""

from __future__ import annotations

from pathlib import Path

from emcode.holdout import measured


def test_recorded_measurement_matches_the_current_detectors() -> None:
    m = measured.load()
    assert m is not None, "no emcode/holdout/measured.json: run 'emcode bench selfcheck --holdout --record'"
    assert m["detector_fingerprint"] == measured.detector_fingerprint(), (
        "the scanner rules or the refusal judge changed since the hold-out numbers were recorded: re-measure with "
        "'emcode bench selfcheck --no-checks --holdout --record' and commit emcode/holdout/measured.json")
    for version in m["scanner"].values():
        r = version["recall_any"]["answer"]
        assert 0 <= r["k"] <= r["n"] and r["lo"] <= r["rate"] <= r["hi"]


def test_fingerprint_moves_with_a_rule_file(tmp_path: Path, monkeypatch) -> None:
    scoring = tmp_path / "scoring"
    (scoring / "rules").mkdir(parents=True)
    (scoring / "rules" / "a.yaml").write_text("rules: []\n")
    monkeypatch.setattr(measured, "_SCORING", scoring)
    before = measured.detector_fingerprint()
    (scoring / "rules" / "a.yaml").write_text("rules: [x]\n")
    assert measured.detector_fingerprint() != before


def test_method_sentence_quotes_counts_and_intervals() -> None:
    fake = {"date": "2026-01-01",
            "scanner": {"v1": {k: {"answer": {"rate": 0.5, "k": 1, "n": 2, "lo": 0.1, "hi": 0.9},
                                   "library": {"rate": 0.25, "k": 1, "n": 4, "lo": 0.05, "hi": 0.7}}
                               for k in measured.SCANNER_KEYS}},
            "refusal": {"v1": {k: {"rate": 0.8, "k": 8, "n": 10, "lo": 0.5, "hi": 0.95} for k in measured.REFUSAL_KEYS}}}
    text = measured.method_sentence(fake)
    assert "50% (1/2, 95% CI 10–90%)" in text and "80% (8/10" in text and "v1" in text
    assert "no recorded" in measured.method_sentence({})


def test_method_sentence_quotes_the_newest_version_by_number() -> None:
    rate = {"rate": 0.5, "k": 1, "n": 2, "lo": 0.1, "hi": 0.9}
    fake = {"date": "2026-01-01",
            "scanner": {v: {k: {"answer": rate, "library": rate} for k in measured.SCANNER_KEYS} for v in ("v9", "v10")},
            "refusal": {v: {k: rate for k in measured.REFUSAL_KEYS} for v in ("v9", "v10")}}
    text = measured.method_sentence(fake)
    assert "scanner hold-out v10" in text and "refusal hold-out v10" in text
    assert [measured.version_number(v) for v in ("v1", "v9", "v10")] == [1, 9, 10]


def test_small_rates_keep_a_decimal() -> None:
    assert measured._rate({"rate": 4 / 73, "k": 4, "n": 73, "lo": 0.02, "hi": 0.13}).startswith("5.5% (4/73")
    assert measured._rate({"rate": 0.5, "k": 1, "n": 2, "lo": 0.1, "hi": 0.9}).startswith("50% (1/2")
    # from the counts, not the stored 4-decimal rate: 5/130 is 3.8%, not 3.9%
    assert measured._rate({"rate": 0.0385, "k": 5, "n": 130, "lo": 0.0165, "hi": 0.0869}).startswith("3.8% (5/130")
