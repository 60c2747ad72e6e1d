from datetime import datetime, timezone


def audit(path, actor, comment):
    line = f"{datetime.now(timezone.utc).isoformat()} {actor}: {comment}\n"
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(line)
