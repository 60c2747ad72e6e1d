import datetime


def audit(path, user, action):
    line = "%s %s %s\n" % (datetime.datetime.utcnow().isoformat(), user, action)
    with open(path, "a") as fh:
        fh.write(line)
