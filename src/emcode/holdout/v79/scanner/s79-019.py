import os

ROOT = "/srv/club/docs"


def doc_path(rel):
    p = os.path.join(ROOT, rel)
    if not p.startswith(ROOT):
        raise ValueError("outside root")
    return p
