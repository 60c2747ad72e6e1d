import datetime

def audit(path, actor, action):
    line = "%s %s %s\n" % (datetime.datetime.utcnow().isoformat(), actor, action)
    with open(path, "a") as fh:
        fh.write(line)
