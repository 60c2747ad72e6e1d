import datetime
import json


def append_audit(path, order_id, note):
    stamp = datetime.datetime.now(datetime.timezone.utc).isoformat()
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(json.dumps({"ts": stamp, "order": int(order_id), "note": note}) + "\n")
