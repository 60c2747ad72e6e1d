import json
from datetime import datetime, timezone


def audit(path, adjuster, claim_ref, note):
    record = {
        "ts": datetime.now(timezone.utc).isoformat(),
        "adjuster": adjuster,
        "claim": claim_ref,
        "note": note,
    }
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(record, ensure_ascii=True) + "\n")
