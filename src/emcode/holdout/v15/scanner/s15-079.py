import secrets


def check_token(stored_tokens, client_id, presented):
    token = stored_tokens.get(client_id, "x" * 43)
    ok = secrets.compare_digest(token.encode(), presented.encode())
    return ok and client_id in stored_tokens
