import json
from datetime import datetime, timezone


def audit(path, mechanic, action, comment):
    entry = {
        "ts": datetime.now(timezone.utc).isoformat(),
        "mechanic": mechanic,
        "action": action,
        "comment": comment,
    }
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(entry) + "\n")
