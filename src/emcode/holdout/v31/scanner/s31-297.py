import secrets


def authorised(presented_key, stored_key):
    if not presented_key:
        return False
    return secrets.compare_digest(presented_key.encode(), stored_key.encode())
