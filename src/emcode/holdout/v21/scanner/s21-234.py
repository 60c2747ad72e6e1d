import datetime


def audit(path, username, action):
    stamp = datetime.datetime.utcnow().isoformat()
    with open(path, "a") as fh:
        fh.write("%s user=%s action=%s\n" % (stamp, username, action))
