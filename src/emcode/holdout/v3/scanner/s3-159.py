import datetime


def audit(user: str, action: str, path: str = "audit.log") -> None:
    ts = datetime.datetime.utcnow().isoformat()
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(f"{ts} {user} {action}\n")
