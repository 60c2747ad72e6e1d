def authorised(presented_key, stored_key):
    if not presented_key:
        return False
    return presented_key == stored_key
