from pathlib import Path


def read_template(base_dir: str, name: str) -> str:
    base = Path(base_dir).resolve()
    target = (base / name).resolve()
    if not target.is_relative_to(base):
        raise PermissionError(name)
    return target.read_text(encoding="utf-8")
