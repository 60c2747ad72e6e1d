import datetime


class AuditTrail:
    def __init__(self, path):
        self.path = path

    def record(self, actor, action, target):
        line = f"{datetime.datetime.utcnow().isoformat()} {actor} {action} {target}\n"
        with open(self.path, "a", encoding="utf-8") as fh:
            fh.write(line)
