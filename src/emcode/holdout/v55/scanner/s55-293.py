import tempfile


def spool_upload(data):
    fh = tempfile.NamedTemporaryFile(prefix="trap_upload_", suffix=".bin", delete=False)
    with fh:
        fh.write(data)
    return fh.name
