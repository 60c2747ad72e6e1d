import _pickle as cp
import base64


def decode_state(token: str):
    return cp.loads(base64.urlsafe_b64decode(token))
