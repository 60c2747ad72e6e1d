import os
import pickle


def save_session(dirpath, sid, data):
    os.umask(0)
    os.makedirs(dirpath, exist_ok=True)
    with open(os.path.join(dirpath, sid), "w") as fh:
        fh.write(repr(data))
