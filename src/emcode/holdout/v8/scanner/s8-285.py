import json


def load_cached_rules(blob: bytes) -> list[dict]:
    rules = json.loads(blob.decode("utf-8"))
    if not isinstance(rules, list):
        raise ValueError("rules must be a list")
    return [r for r in rules if isinstance(r, dict) and r.get("enabled")]
