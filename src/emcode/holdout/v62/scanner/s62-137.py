import json
from datetime import datetime, timezone

AUDIT = "/var/log/bakery/audit.log"


def audit(user, action):
    record = {"ts": datetime.now(timezone.utc).isoformat(), "user": user, "action": action}
    with open(AUDIT, "a") as fh:
        fh.write(json.dumps(record) + "\n")
