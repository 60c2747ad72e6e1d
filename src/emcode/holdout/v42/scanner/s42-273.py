import datetime as dt


def append_audit(path, officer, action, reason):
    stamp = dt.datetime.utcnow().isoformat(timespec="seconds")
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(f"{stamp} officer={officer} action={action} reason={reason}\n")
