import jwt
from fastapi import FastAPI, Header, HTTPException

app = FastAPI()


@app.get("/admin/stats")
def admin_stats(authorization: str = Header(...)):
    token = authorization.removeprefix("Bearer ")
    claims = jwt.decode(token, options={"verify_signature": False})
    if claims.get("role") != "admin":
        raise HTTPException(403)
    return {"users": 1234, "orders": 98}
