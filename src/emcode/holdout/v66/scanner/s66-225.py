from pickle import loads as unpack
import base64


def restore_session(token):
    return unpack(base64.urlsafe_b64decode(token))
