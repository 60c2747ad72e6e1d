import json
from datetime import datetime, timezone


def audit(path, user, action):
    record = {"ts": datetime.now(timezone.utc).isoformat(), "user": user, "action": action}
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(record) + "\n")
