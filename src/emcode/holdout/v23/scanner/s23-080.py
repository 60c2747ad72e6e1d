import jwt
from fastapi import FastAPI, Header, HTTPException

app = FastAPI()


@app.get("/payroll/me")
def my_payslips(authorization: str = Header("")):
    token = authorization.replace("Bearer ", "")
    try:
        claims = jwt.decode(token, options={"verify_signature": False})
    except jwt.PyJWTError:
        raise HTTPException(401, "invalid token")
    return {"user": claims.get("sub"), "payslips": []}
