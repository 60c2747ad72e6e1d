from pathlib import Path


def save_export(root: Path, relpath: str, content: str) -> Path:
    root = root.resolve()
    target = (root / relpath).resolve()
    if not target.is_relative_to(root):
        raise ValueError(f"{relpath!r} escapes {root}")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(content)
    return target
