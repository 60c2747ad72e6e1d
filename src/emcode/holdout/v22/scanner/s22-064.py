import json
from datetime import datetime, timezone


def audit(path: str, actor: str, query: str) -> None:
    record = {"ts": datetime.now(timezone.utc).isoformat(), "actor": actor, "query": query}
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(record) + "\n")
