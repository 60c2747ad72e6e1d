from datetime import datetime, timezone


def audit(path, actor, comment):
    stamp = datetime.now(timezone.utc).isoformat()
    with open(path, "a", encoding="utf-8") as fh:
        fh.write("%s actor=%s comment=%s\n" % (stamp, actor, comment))
