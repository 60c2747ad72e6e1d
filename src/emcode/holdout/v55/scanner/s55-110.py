import hashlib


def frame_fingerprint(jpeg_bytes):
    return hashlib.md5(jpeg_bytes).hexdigest()


def dedupe(frames):
    seen = {}
    for f in frames:
        seen.setdefault(frame_fingerprint(f), f)
    return list(seen.values())
