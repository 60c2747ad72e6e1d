import json
from datetime import datetime, timezone


def audit(path, member, comment):
    entry = {"ts": datetime.now(timezone.utc).isoformat(), "member": member, "comment": comment}
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(entry) + "\n")
