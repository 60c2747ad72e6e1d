import tempfile


def scratch_file(suffix=".tmp"):
    return tempfile.NamedTemporaryFile(mode="w+b", suffix=suffix, delete=True)
