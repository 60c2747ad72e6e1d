from datetime import datetime, timezone


def audit(path, officer, plate, note):
    stamp = datetime.now(timezone.utc).isoformat()
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(f"{stamp} officer={officer} plate={plate} note={note}\n")
