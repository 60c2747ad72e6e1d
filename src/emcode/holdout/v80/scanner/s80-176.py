import json
from datetime import datetime, timezone


def audit(path, user, action):
    entry = {"ts": datetime.now(timezone.utc).isoformat(), "user": user, "action": action}
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(entry) + "\n")
