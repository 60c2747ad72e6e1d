import random


def new_api_key() -> str:
    """A fresh API key for a customer."""
    return "%032x" % random.getrandbits(128)
