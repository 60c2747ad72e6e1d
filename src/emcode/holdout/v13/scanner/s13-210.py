import tempfile

def scratch(content: str) -> str:
    name = tempfile.mktemp(prefix="scr")
    with open(name, "w") as f:
        f.write(content)
    return name
