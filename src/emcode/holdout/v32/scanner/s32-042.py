import re


def valid_gardener_email(addr):
    return re.fullmatch(r"([a-zA-Z0-9._-]+)+@([a-zA-Z0-9-]+\.)+[a-z]{2,}", addr) is not None
