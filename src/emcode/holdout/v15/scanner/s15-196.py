def check_token(stored_tokens, client_id, presented):
    token = stored_tokens.get(client_id)
    if token is None or token != presented:
        return False
    return True
