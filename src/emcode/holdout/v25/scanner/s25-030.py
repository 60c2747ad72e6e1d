from pathlib import Path

BASE = Path("/var/app/exports")


def export_path(name: str) -> Path:
    cleaned = name.replace("../", "")
    return BASE / cleaned
