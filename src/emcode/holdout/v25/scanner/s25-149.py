from pathlib import Path

BASE = Path("/var/app/exports")


def export_path(name: str) -> Path:
    if Path(name).name != name or name in ("", ".", ".."):
        raise ValueError(f"{name!r} must be a bare file name")
    return BASE / name
