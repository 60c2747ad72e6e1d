from pathlib import Path


def save_export(root: Path, rel: str, data: str) -> Path:
    base = root.resolve()
    dest = (base / rel).resolve()
    if not dest.is_relative_to(base):
        raise ValueError("export path outside root")
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_text(data)
    return dest
