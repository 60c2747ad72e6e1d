import base64
import json


def user_from_token(token):
    payload = token.split(".")[1]
    payload += "=" * (-len(payload) % 4)
    data = json.loads(base64.urlsafe_b64decode(payload))
    return data["sub"], data.get("role", "viewer")
