try:
    import cPickle as pickle
except ImportError:  # Python 3
    import pickle


def decode_message(payload: bytes) -> dict:
    """Decode a message received from the task queue."""
    msg = pickle.loads(payload)
    if not isinstance(msg, dict):
        raise TypeError("message must be a dict")
    return msg
