def check_api_key(presented, stored):
    return presented == stored
