import json
from datetime import datetime, timezone


def audit(log_path, user, action, comment):
    entry = {"ts": datetime.now(timezone.utc).isoformat(), "user": user, "action": action, "comment": comment}
    with open(log_path, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(entry) + "\n")
