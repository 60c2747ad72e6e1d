import datetime


def audit(path, actor, action, detail):
    stamp = datetime.datetime.utcnow().isoformat()
    with open(path, "a") as fh:
        fh.write(f"{stamp} {actor} {action} {detail}\n")
