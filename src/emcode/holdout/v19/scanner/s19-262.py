from pickle import Unpickler
import io


def restore(data: bytes):
    return Unpickler(io.BytesIO(data)).load()
