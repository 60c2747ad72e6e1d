from datetime import datetime, timezone


def audit(path, user, action):
    stamp = datetime.now(timezone.utc).isoformat()
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(f"{stamp} {user} {action}\n")
