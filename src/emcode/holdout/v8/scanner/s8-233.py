from pathlib import Path

ROOT = Path("/srv/static")


def static_file(rel: str) -> bytes:
    candidate = ROOT / rel
    if not str(candidate).startswith(str(ROOT)):
        raise PermissionError(rel)
    return candidate.read_bytes()
