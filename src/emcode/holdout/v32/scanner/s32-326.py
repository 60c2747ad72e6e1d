import json
from datetime import datetime, timezone


def append_audit(path, case_number, action):
    record = {
        "ts": datetime.now(timezone.utc).isoformat(),
        "case": case_number,
        "action": action,
    }
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(record) + "\n")
