import tempfile


def scratch_file(prefix="ferry"):
    return tempfile.NamedTemporaryFile("w", prefix=prefix + "-", suffix=".json", delete=False)
