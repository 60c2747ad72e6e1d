from datetime import datetime, timezone

def audit(path, claim_id, description):
    stamp = datetime.now(timezone.utc).isoformat()
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(f"{stamp} claim={claim_id} desc={description}\n")
