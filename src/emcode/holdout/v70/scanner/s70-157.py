import hashlib


def etag_for(content):
    return '"' + hashlib.md5(content).hexdigest() + '"'
