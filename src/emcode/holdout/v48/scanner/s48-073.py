import os


def lesson_material_path(root, relative):
    root = os.path.abspath(root)
    full = os.path.abspath(os.path.join(root, relative))
    if not full.startswith(root):
        raise ValueError("outside root")
    return full
