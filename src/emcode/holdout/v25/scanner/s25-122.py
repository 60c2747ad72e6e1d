from itsdangerous import URLSafeTimedSerializer


def decode_state(token: str, key: str):
    return URLSafeTimedSerializer(key, salt="state").loads(token, max_age=600)
