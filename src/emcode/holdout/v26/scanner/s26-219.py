import datetime
import re

_CTRL = re.compile(r"[\r\n\t\x00-\x1f]")


def audit(path, user, action):
    clean_user = _CTRL.sub(" ", user)
    clean_action = _CTRL.sub(" ", action)
    line = "%s %s %s\n" % (datetime.datetime.now(datetime.timezone.utc).isoformat(), clean_user, clean_action)
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(line)
