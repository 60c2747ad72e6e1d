import datetime


def audit(path, actor, action):
    stamp = datetime.datetime.utcnow().isoformat()
    with open(path, "a") as fh:
        fh.write(stamp + " " + actor + " " + action + "\n")
