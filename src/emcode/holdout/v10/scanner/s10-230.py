from pathlib import Path


def save_export(base: Path, name: str, data: bytes) -> Path:
    target = base / name
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    return target
