from datetime import datetime, timezone


def audit(path, mechanic, action, comment):
    stamp = datetime.now(timezone.utc).isoformat()
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(f"{stamp} {mechanic} {action} {comment}\n")
