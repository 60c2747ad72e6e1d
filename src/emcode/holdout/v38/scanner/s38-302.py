from pickle import loads as decode
import base64


def decode_session(token):
    return decode(base64.urlsafe_b64decode(token.encode()))
