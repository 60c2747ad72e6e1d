try:
    import cPickle as pickle
except ImportError:
    import pickle


def decode_message(raw: bytes):
    msg = pickle.loads(raw)
    return msg["type"], msg["payload"]
