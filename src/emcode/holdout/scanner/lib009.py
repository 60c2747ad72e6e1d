from datetime import datetime, timezone


def audit(path: str, actor: str, action: str) -> None:
    """Append one audit record."""
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(f"{datetime.now(timezone.utc).isoformat()} {actor} {action}\n")
