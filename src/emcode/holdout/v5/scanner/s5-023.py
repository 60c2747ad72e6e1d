import hashlib

def pw_digest(pw):
    h = hashlib.new("sha1")
    h.update(pw.encode("utf-8"))
    return h.hexdigest()
