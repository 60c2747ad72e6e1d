def verify_reset_token(stored_token, presented):
    return bool(presented) and presented == stored_token
