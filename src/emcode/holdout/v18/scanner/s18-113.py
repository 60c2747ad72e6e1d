import datetime


def append_audit(path, order_id, note):
    stamp = datetime.datetime.utcnow().isoformat()
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(stamp + " order=" + str(order_id) + " note=" + note + "\n")
