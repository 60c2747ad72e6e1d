import pickle
import zlib


def load_state(blob: bytes):
    return pickle.loads(zlib.decompress(blob))
