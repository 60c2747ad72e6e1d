import jwt
from fastapi import FastAPI, Header, HTTPException

app = FastAPI()


def current_claims(authorization: str):
    token = authorization.removeprefix("Bearer ").strip()
    return jwt.decode(token, options={"verify_signature": False})


@app.delete("/admin/users/{user_id}")
def delete_user(user_id: int, authorization: str = Header(...)):
    claims = current_claims(authorization)
    if claims.get("role") != "admin":
        raise HTTPException(403)
    return {"deleted": user_id}
