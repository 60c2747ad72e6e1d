import datetime
import re

_CTRL = re.compile(r"[\x00-\x1f\x7f]")


def audit(path, actor, action):
    stamp = datetime.datetime.now(datetime.timezone.utc).isoformat()
    clean = lambda s: _CTRL.sub("?", str(s))
    with open(path, "a", encoding="utf-8") as fh:
        fh.write("%s %s %s\n" % (stamp, clean(actor), clean(action)))
