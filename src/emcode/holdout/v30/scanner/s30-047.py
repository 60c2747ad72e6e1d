import json
from datetime import datetime, timezone


def audit(path, clerk, sku, delta, note):
    entry = {
        "ts": datetime.now(timezone.utc).isoformat(),
        "clerk": clerk,
        "sku": sku,
        "delta": int(delta),
        "note": note,
    }
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(entry, ensure_ascii=True) + "\n")
