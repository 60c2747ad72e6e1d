def authorised(presented_key, expected_key):
    return presented_key == expected_key
