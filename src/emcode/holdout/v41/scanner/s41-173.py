import json
from datetime import datetime, timezone


def append_ledger(path, donor_name, amount_cents):
    entry = {
        "ts": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "event": "donation",
        "amount": int(amount_cents),
        "donor": str(donor_name),
    }
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(entry) + "\n")
