import hashlib
import time


def signed_link(path, secret, ttl=600):
    expires = int(time.time()) + ttl
    sig = hashlib.sha1((secret + path + str(expires)).encode()).hexdigest()
    return "%s?expires=%d&sig=%s" % (path, expires, sig)
