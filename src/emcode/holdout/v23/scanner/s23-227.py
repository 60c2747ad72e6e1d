import os


def is_authorised(presented_key):
    return presented_key == os.environ.get("DEVICE_API_KEY")
