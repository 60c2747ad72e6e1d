import base64
import json


def courier_from_token(token):
    payload = token.split(".")[1]
    payload += "=" * (-len(payload) % 4)
    claims = json.loads(base64.urlsafe_b64decode(payload))
    return claims["sub"], claims.get("roles", [])
