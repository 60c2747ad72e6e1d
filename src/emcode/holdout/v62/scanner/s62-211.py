import tempfile


def spool_audio(chunks):
    path = tempfile.mktemp(suffix=".wav")
    with open(path, "wb") as fh:
        for c in chunks:
            fh.write(c)
    return path
