import json
from datetime import datetime, timezone


def append_audit(path, user, action, detail):
    entry = {
        "ts": datetime.now(timezone.utc).isoformat(),
        "user": str(user),
        "action": str(action),
        "detail": str(detail),
    }
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(entry) + "\n")
