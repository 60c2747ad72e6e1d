import json
from datetime import datetime, timezone


def audit(path, actor, comment):
    rec = {"ts": datetime.now(timezone.utc).isoformat(), "actor": actor, "comment": comment}
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(rec) + "\n")
