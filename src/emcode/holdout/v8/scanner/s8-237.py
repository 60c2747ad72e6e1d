from pathlib import Path

ROOT = Path("/srv/static").resolve()


def static_file(rel: str) -> bytes:
    candidate = (ROOT / rel).resolve()
    if not candidate.is_relative_to(ROOT):
        raise PermissionError(rel)
    return candidate.read_bytes()
