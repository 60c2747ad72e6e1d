import os

def load_template(name, base="templates"):
    with open(os.path.join(base, name), encoding="utf-8") as fh:
        return fh.read()
