import os

BASE = "/opt/app/templates"

def read_template(name: str) -> str:
    if os.path.basename(name) != name or not name.endswith(".tpl"):
        raise ValueError("bad template name")
    with open(os.path.join(BASE, name), encoding="utf-8") as f:
        return f.read()
