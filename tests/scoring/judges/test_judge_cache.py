"""The judge result cache: keyed by judge, prompt version and input; append-safe."""

from __future__ import annotations

from pathlib import Path

from emcode.scoring.judges import JudgeRequest, JudgeResult
from emcode.scoring.judges.cache import CachedJudge, JudgeCache


class _Counting:
    """A scripted judge that counts the prompts it is asked (test double for the cache)."""

    name = "count"
    computes_scores = True

    def __init__(self) -> None:
        self.seen: list[str] = []

    def score(self, requests: list[JudgeRequest]) -> list[JudgeResult]:
        self.seen += [r.prompt for r in requests]
        return [JudgeResult(value=float(len(r.prompt)), judge=self.name) if "fail" not in r.prompt
                else JudgeResult(value=None, judge=self.name, error="timeout") for r in requests]

    def close(self) -> None:
        pass


def _req(prompt: str, version: str = "v1") -> JudgeRequest:
    return JudgeRequest(prompt=prompt, template_id="aligned", prompt_version=version)


def test_hits_skip_the_judge_and_versions_separate(tmp_path: Path) -> None:
    inner = _Counting()
    judge = CachedJudge(inner, JudgeCache(tmp_path, "count"))
    judge.score([_req("a"), _req("bb")])
    res = CachedJudge(inner, JudgeCache(tmp_path, "count")).score([_req("a"), _req("bb"), _req("a", "v2")])
    assert inner.seen == ["a", "bb", "a"]  # only the new prompt version was judged again
    assert [r.value for r in res] == [1.0, 2.0, 1.0]
    assert res[0].cached and not res[2].cached
    other = _Counting()
    CachedJudge(other, JudgeCache(tmp_path, "another-judge")).score([_req("a")])
    assert other.seen == ["a"]  # a different judge never reads this judge's results


def test_failures_are_not_cached_and_torn_lines_are_ignored(tmp_path: Path) -> None:
    inner = _Counting()
    cache = JudgeCache(tmp_path, "count")
    CachedJudge(inner, cache).score([_req("ok"), _req("fail")])
    with cache.path.open("a") as fh:
        fh.write('{"key": "torn", "res')  # a writer killed mid-line
    inner2 = _Counting()
    res = CachedJudge(inner2, JudgeCache(tmp_path, "count")).score([_req("ok"), _req("fail")])
    assert inner2.seen == ["fail"]  # the failure is retried, the success is reused
    assert res[0].value == 2.0 and res[1].error == "timeout"
    CachedJudge(inner2, JudgeCache(tmp_path, "count")).score([_req("new")])
    inner3 = _Counting()
    CachedJudge(inner3, JudgeCache(tmp_path, "count")).score([_req("ok"), _req("new")])
    assert inner3.seen == []  # a result appended after the torn line is readable
