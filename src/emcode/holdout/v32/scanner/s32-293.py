from datetime import datetime, timezone


def append_audit(path, case_number, action):
    stamp = datetime.now(timezone.utc).isoformat()
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(f"{stamp} case={case_number} action={action}\n")
