from itsdangerous import BadSignature, URLSafeSerializer


def read_saved_search(token, secret_key):
    s = URLSafeSerializer(secret_key, salt="saved-search")
    try:
        data = s.loads(token)
    except BadSignature:
        return None
    return data if isinstance(data, dict) else None
