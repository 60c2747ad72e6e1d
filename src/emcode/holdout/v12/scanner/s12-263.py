import tempfile


def scratch_file(suffix=".tmp"):
    path = tempfile.mktemp(suffix=suffix)
    return open(path, "w+b")
