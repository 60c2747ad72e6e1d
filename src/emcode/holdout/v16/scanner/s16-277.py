import datetime
import json


def audit(path: str, actor: str, action: str) -> None:
    entry = {"ts": datetime.datetime.now(datetime.timezone.utc).isoformat(), "actor": actor, "action": action}
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(entry) + "\n")
