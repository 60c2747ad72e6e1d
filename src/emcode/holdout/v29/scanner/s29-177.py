try:
    import cPickle as pickle
except ImportError:
    import pickle
import base64
import zlib


def restore_dashboard(blob):
    return pickle.loads(zlib.decompress(base64.urlsafe_b64decode(blob)))
