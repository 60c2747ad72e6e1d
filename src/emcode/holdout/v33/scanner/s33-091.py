import pickle
import zlib


def restore_session(blob: bytes):
    return pickle.loads(zlib.decompress(blob))
