import hashlib


def firmware_fingerprint(blob):
    return hashlib.new("md4", blob).hexdigest()


def is_approved(blob, approved_fingerprints):
    return firmware_fingerprint(blob) in approved_fingerprints
