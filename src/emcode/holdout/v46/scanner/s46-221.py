import hashlib
import hmac


def verify(body, header_sig, secret):
    calc = hmac.new(secret, body, hashlib.sha1).hexdigest()
    return header_sig == "sha1=" + calc
