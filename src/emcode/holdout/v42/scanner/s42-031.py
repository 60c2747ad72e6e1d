import datetime as dt
import json


def append_audit(path, officer, action, reason):
    record = {
        "ts": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "officer": officer,
        "action": action,
        "reason": reason,
    }
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(record) + "\n")
