import base64
import dill


def restore_callback(encoded):
    return dill.loads(base64.b64decode(encoded))
