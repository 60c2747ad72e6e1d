from fastapi import FastAPI
from passlib.context import CryptContext
from pydantic import BaseModel

app = FastAPI()
pwd = CryptContext(schemes=["bcrypt"], deprecated="auto")
ACCOUNTS: dict[str, str] = {}


class Signup(BaseModel):
    email: str
    password: str


@app.post("/applicants")
def create(body: Signup):
    ACCOUNTS[body.email] = pwd.hash(body.password)
    return {"created": body.email}
