from pathlib import Path

BASE = Path("/var/lib/registry/metadata").resolve()


def read_metadata(project, filename):
    target = (BASE / project / filename).resolve()
    if BASE not in target.parents:
        raise PermissionError("outside metadata root")
    return target.read_text(encoding="utf-8")
