from datetime import datetime, timezone


def audit(path, driver_id, note):
    stamp = datetime.now(timezone.utc).isoformat()
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(f"{stamp} driver={driver_id} note={note}\n")
