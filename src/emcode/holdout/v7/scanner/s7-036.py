import os
import re

NAME_RE = re.compile(r"[a-z0-9_]{1,40}")


def read_template(base_dir: str, name: str) -> str:
    if not NAME_RE.fullmatch(name):
        raise ValueError("bad template name")
    base = os.path.realpath(base_dir)
    path = os.path.realpath(os.path.join(base, name + ".tmpl"))
    if os.path.dirname(path) != base:
        raise ValueError("outside template dir")
    with open(path, encoding="utf-8") as fh:
        return fh.read()
