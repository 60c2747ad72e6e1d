from datetime import datetime, timezone


def _clean(value):
    return str(value).replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n")


def audit(path, driver_id, note):
    stamp = datetime.now(timezone.utc).isoformat()
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(f"{stamp} driver={_clean(driver_id)} note={_clean(note)}\n")
