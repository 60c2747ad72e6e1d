from datetime import datetime, timezone


def log_checkin(path, member_name, club):
    stamp = datetime.now(timezone.utc).isoformat()
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(f"{stamp} CHECKIN {member_name} @ {club}\n")
