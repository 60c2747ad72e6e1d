from fastapi import FastAPI, HTTPException
from passlib.context import CryptContext
from pydantic import BaseModel, EmailStr, Field

app = FastAPI()
pwd = CryptContext(schemes=["bcrypt"], deprecated="auto")
USERS: dict[str, str] = {}


class Signup(BaseModel):
    email: EmailStr
    password: str = Field(min_length=12)


@app.post("/signup", status_code=201)
def signup(body: Signup):
    key = body.email.lower()
    if key in USERS:
        raise HTTPException(409, "already registered")
    USERS[key] = pwd.hash(body.password)
    return {"email": key}


@app.post("/login")
def login(body: Signup):
    stored = USERS.get(body.email.lower())
    if not stored or not pwd.verify(body.password, stored):
        raise HTTPException(401, "invalid credentials")
    return {"ok": True}
