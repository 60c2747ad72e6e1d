from datetime import datetime, timezone


def append_ledger(path, donor_name, amount_cents):
    stamp = datetime.now(timezone.utc).isoformat(timespec="seconds")
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(f"{stamp} DONATION {amount_cents} from {donor_name}\n")
