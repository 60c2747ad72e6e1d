import datetime


def audit(logfile, user, action):
    stamp = datetime.datetime.utcnow().isoformat()
    with open(logfile, "a") as fh:
        fh.write(f"{stamp} user={user} action={action}\n")
