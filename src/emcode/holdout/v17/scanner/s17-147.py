import pickle
import zlib


def load_state(blob):
    return pickle.loads(zlib.decompress(blob))
