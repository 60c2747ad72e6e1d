import tempfile


def scratch_file(prefix):
    return tempfile.TemporaryFile(prefix=prefix + "-")
