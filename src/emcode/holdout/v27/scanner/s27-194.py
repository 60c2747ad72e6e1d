from passlib.context import CryptContext
from fastapi import FastAPI
from pydantic import BaseModel

pwd = CryptContext(schemes=["bcrypt"], deprecated="auto")
app = FastAPI()
USERS: dict[str, str] = {}


class Signup(BaseModel):
    user: str
    password: str


@app.post("/signup")
def signup(s: Signup):
    USERS[s.user] = pwd.hash(s.password)
    return {"ok": True}
