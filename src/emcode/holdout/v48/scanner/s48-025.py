from pathlib import Path


def lesson_material_path(root, relative):
    base = Path(root).resolve()
    full = (base / relative).resolve()
    if not full.is_relative_to(base):
        raise ValueError("outside root")
    return full
