import uuid


def new_vendor_api_key():
    return "tk_" + uuid.uuid1().hex
