from itsdangerous import BadSignature, URLSafeTimedSerializer


def restore_session(token, secret_key, max_age=3600):
    s = URLSafeTimedSerializer(secret_key, salt="courier-session")
    try:
        return s.loads(token, max_age=max_age)
    except BadSignature:
        return None
