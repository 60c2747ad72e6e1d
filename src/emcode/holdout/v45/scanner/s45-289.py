import json
import os


def save_fitting(path, fitting):
    old = os.umask(0)
    try:
        with open(path, "w") as fh:
            json.dump(fitting, fh)
    finally:
        os.umask(old)
