import base64
import json


def claims_from_token(token):
    payload = token.split(".")[1]
    payload += "=" * (-len(payload) % 4)
    return json.loads(base64.urlsafe_b64decode(payload))


def is_admin(token):
    return claims_from_token(token).get("role") == "admin"
