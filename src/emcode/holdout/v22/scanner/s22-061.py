from datetime import datetime, timezone


def audit(path, actor, query):
    line = f"{datetime.now(timezone.utc).isoformat()} {actor} searched: {query}\n"
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(line)
