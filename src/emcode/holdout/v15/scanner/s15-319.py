import datetime
import json


def audit(path, actor, action, detail):
    rec = {"ts": datetime.datetime.now(datetime.timezone.utc).isoformat(),
           "actor": actor, "action": action, "detail": detail}
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(rec) + "\n")
