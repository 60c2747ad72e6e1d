import pickle

def decode_message(payload: bytes):
    return pickle.loads(payload)
