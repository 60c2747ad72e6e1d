import os

def load_template(name: str, base: str = "templates") -> str:
    root = os.path.realpath(base)
    path = os.path.realpath(os.path.join(root, name))
    if os.path.commonpath([root, path]) != root:
        raise ValueError("template outside base")
    with open(path, encoding="utf-8") as fh:
        return fh.read()
