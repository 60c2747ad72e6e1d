import datetime
import re

_CTRL = re.compile(r"[\x00-\x1f\x7f]")

def audit(path: str, actor: str, action: str) -> None:
    a, b = _CTRL.sub("?", actor), _CTRL.sub("?", action)
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(f"{datetime.datetime.now(datetime.timezone.utc).isoformat()} {a} {b}\n")
