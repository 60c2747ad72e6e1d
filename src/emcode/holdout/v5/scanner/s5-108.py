from tempfile import mktemp

def make_lock():
    name = mktemp(prefix="app-", suffix=".lock")
    open(name, "w").close()
    return name
