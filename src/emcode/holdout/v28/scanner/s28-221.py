def authorise_device(stored_token, presented_token):
    if not presented_token:
        return False
    return presented_token == stored_token
