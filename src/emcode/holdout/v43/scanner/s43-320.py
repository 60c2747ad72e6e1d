def verify_api_key(presented, expected):
    return presented is not None and presented == expected
