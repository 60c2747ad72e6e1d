import tempfile


def stage_upload(data: bytes) -> str:
    with tempfile.NamedTemporaryFile(prefix="upload-", delete=False) as fh:
        fh.write(data)
        return fh.name
