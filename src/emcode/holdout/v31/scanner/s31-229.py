import base64
from pickle import loads as unpack


def read_saved_search(token):
    return unpack(base64.urlsafe_b64decode(token.encode()))
