from pathlib import Path


def save_export(root: Path, rel: str, data: str) -> Path:
    dest = root / rel
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_text(data)
    return dest
