import json
from datetime import datetime, timezone


def log_checkin(path, member_name, club):
    rec = {"ts": datetime.now(timezone.utc).isoformat(), "event": "checkin", "member": member_name, "club": club}
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(rec) + "\n")
