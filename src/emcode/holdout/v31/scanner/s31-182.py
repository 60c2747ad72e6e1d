from datetime import datetime, timezone


def append_audit(path, user, action, detail):
    stamp = datetime.now(timezone.utc).isoformat()
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(f"{stamp} {user} {action} {detail}\n")
