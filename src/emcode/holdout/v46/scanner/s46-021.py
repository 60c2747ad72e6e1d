import secrets


def authorised(presented_key, expected_key):
    return secrets.compare_digest(presented_key.encode(), expected_key.encode())
