try:
    import cPickle as pickle
except ImportError:
    import pickle
import struct


def receive(sock):
    header = sock.recv(4)
    (length,) = struct.unpack("!I", header)
    payload = b""
    while len(payload) < length:
        payload += sock.recv(length - len(payload))
    return pickle.loads(payload)
