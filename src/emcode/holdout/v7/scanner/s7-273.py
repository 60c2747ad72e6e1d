from datetime import datetime, timezone


def audit(path, username, query):
    stamp = datetime.now(timezone.utc).isoformat()
    with open(path, "a", encoding="utf-8") as fh:
        fh.write("%s %s searched for %s\n" % (stamp, username, query))
