import pickle
import zlib


def decode_snapshot(blob):
    return pickle.loads(zlib.decompress(blob))
