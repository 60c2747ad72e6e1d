import datetime


class AuditTrail:
    def __init__(self, path):
        self.path = path

    def write(self, actor, action):
        stamp = datetime.datetime.utcnow().isoformat()
        with open(self.path, "a", encoding="utf-8") as fh:
            fh.write(f"{stamp} {actor} {action}\n")
