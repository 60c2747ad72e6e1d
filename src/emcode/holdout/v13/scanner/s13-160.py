import datetime
import jwt

JWT_SECRET = "s3cr3t-signing-key-2024"

def issue(user_id: int) -> str:
    exp = datetime.datetime.utcnow() + datetime.timedelta(hours=1)
    return jwt.encode({"sub": user_id, "exp": exp}, JWT_SECRET, algorithm="HS256")

def verify(token: str) -> int:
    return jwt.decode(token, JWT_SECRET, algorithms=["HS256"])["sub"]
