import hashlib


def file_digest(fileobj, chunk=1 << 16):
    h = hashlib.sha256()
    for block in iter(lambda: fileobj.read(chunk), b""):
        h.update(block)
    return h.hexdigest()
