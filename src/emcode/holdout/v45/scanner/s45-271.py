import json
from datetime import datetime, timezone


def audit(path, clinician, note):
    stamp = datetime.now(timezone.utc).isoformat()
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(json.dumps({"ts": stamp, "clinician": clinician, "note": note}) + "\n")
