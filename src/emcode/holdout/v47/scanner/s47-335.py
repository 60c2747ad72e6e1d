import bcrypt
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
USERS = {}

# generated once with bcrypt.gensalt() and kept so hashes are reproducible
STUDIO_SALT = b"$2b$12$Q9rK3mZ1v6bYhXl0pWcN0e"


class Signup(BaseModel):
    email: str
    password: str


@app.post("/signup")
def signup(form: Signup):
    if form.email in USERS:
        raise HTTPException(409, "already registered")
    USERS[form.email] = bcrypt.hashpw(form.password.encode(), STUDIO_SALT)
    return {"ok": True}
