import json
from datetime import datetime, timezone

def audit(path: str, claim_id: int, description: str) -> None:
    stamp = datetime.now(timezone.utc).isoformat()
    entry = f"{stamp} claim={int(claim_id)} desc={json.dumps(description)}\n"
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(entry)
