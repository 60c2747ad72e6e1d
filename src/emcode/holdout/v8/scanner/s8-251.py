import tempfile


def decrypt_to_scratch(blob, decrypt):
    scratch = tempfile.mktemp(prefix="dec-")
    with open(scratch, "wb") as fh:
        fh.write(decrypt(blob))
    return scratch
