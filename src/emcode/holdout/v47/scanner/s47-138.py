from fastapi import FastAPI, HTTPException
from passlib.context import CryptContext
from pydantic import BaseModel

app = FastAPI()
pwd = CryptContext(schemes=["bcrypt"], deprecated="auto")
CLERKS: dict[str, str] = {}


class Creds(BaseModel):
    username: str
    password: str


@app.post("/clerks")
def create_clerk(c: Creds):
    if c.username in CLERKS:
        raise HTTPException(409)
    CLERKS[c.username] = pwd.hash(c.password)
    return {"created": c.username}


@app.post("/clerks/verify")
def verify_clerk(c: Creds):
    stored = CLERKS.get(c.username)
    if stored is None or not pwd.verify(c.password, stored):
        raise HTTPException(401)
    return {"ok": True}
