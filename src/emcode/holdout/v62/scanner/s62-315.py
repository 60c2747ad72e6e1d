from datetime import datetime, timezone

AUDIT = "/var/log/bakery/audit.log"


def audit(user, action):
    stamp = datetime.now(timezone.utc).isoformat()
    with open(AUDIT, "a") as fh:
        fh.write(f"{stamp} {user} {action}\n")
