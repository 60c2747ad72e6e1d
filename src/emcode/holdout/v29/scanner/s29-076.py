from datetime import datetime, timezone


def audit(path, adjuster, claim_ref, note):
    stamp = datetime.now(timezone.utc).isoformat()
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(f"{stamp} adjuster={adjuster} claim={claim_ref} note={note}\n")
