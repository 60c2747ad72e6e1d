import datetime
import json


def audit(user: str, action: str, path: str = "audit.log") -> None:
    entry = {"ts": datetime.datetime.utcnow().isoformat(), "user": user, "action": action}
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(entry) + "\n")
