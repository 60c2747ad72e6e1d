import tempfile


def spool_label(zpl):
    path = tempfile.mktemp(prefix="label-", suffix=".zpl")
    with open(path, "w") as fh:
        fh.write(zpl)
    return path
