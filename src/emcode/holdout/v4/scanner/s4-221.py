from pathlib import Path
import jwt

PUBLIC_KEY = Path("/etc/app/jwt_pub.pem").read_text()


def current_user(token: str) -> str:
    data = jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], issuer="https://auth.example.com")
    return data["sub"]
