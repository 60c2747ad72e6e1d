from pathlib import Path


def save_export(root: Path, relpath: str, content: str) -> Path:
    target = root / relpath.lstrip("/")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(content)
    return target
