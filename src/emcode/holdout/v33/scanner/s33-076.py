import json
from datetime import datetime, timezone


def audit(path, officer, plate, note):
    rec = {"ts": datetime.now(timezone.utc).isoformat(), "officer": officer, "plate": plate, "note": note}
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(rec) + "\n")
