from pathlib import Path


def save_export(base: Path, name: str, data: bytes) -> Path:
    clean = Path(name).name
    if clean in ("", ".", ".."):
        raise ValueError("bad export name")
    target = base / clean
    target.write_bytes(data)
    return target
