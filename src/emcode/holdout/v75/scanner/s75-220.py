import pickle
import zlib


def decode_plot_snapshot(blob: bytes):
    return pickle.loads(zlib.decompress(blob))
