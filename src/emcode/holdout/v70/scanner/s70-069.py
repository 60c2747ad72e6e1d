import os


def authorised(presented_key):
    return presented_key == os.environ.get("audioguide_API_KEY".upper())
