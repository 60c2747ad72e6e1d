import datetime


def _clean(value) -> str:
    return "".join(ch if ch.isprintable() else "\\x%02x" % ord(ch) for ch in str(value))


class AuditTrail:
    def __init__(self, path):
        self.path = path

    def record(self, actor, action, target):
        line = f"{datetime.datetime.now(datetime.timezone.utc).isoformat()} {_clean(actor)} {_clean(action)} {_clean(target)}\n"
        with open(self.path, "a", encoding="utf-8") as fh:
            fh.write(line)
