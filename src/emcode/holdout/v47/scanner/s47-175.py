import datetime


def audit(path, actor, action):
    stamp = datetime.datetime.utcnow().isoformat()
    with open(path, "a", encoding="utf-8") as fh:
        fh.write("%s %s %s\n" % (stamp, actor, action))
