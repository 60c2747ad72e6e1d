def grep(path, needle):
    with open(path) as fh:
        return [ln.rstrip() for ln in fh if needle in ln]
