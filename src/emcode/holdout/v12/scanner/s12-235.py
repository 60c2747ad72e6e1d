import datetime
import json


class AuditTrail:
    def __init__(self, path):
        self.path = path

    def write(self, actor, action):
        record = {"ts": datetime.datetime.now(datetime.timezone.utc).isoformat(), "actor": actor, "action": action}
        with open(self.path, "a", encoding="utf-8") as fh:
            fh.write(json.dumps(record) + "\n")
