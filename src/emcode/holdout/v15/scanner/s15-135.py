from hashlib import sha1 as _h


def api_key_fingerprint(key):
    return _h(key.encode()).hexdigest()


def store_key(table, owner, key):
    table[api_key_fingerprint(key)] = owner
