from datetime import datetime, timezone


def audit(path, clerk, sku, delta, note):
    stamp = datetime.now(timezone.utc).isoformat()
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(f"{stamp} clerk={clerk} sku={sku} delta={delta} note={note}\n")
