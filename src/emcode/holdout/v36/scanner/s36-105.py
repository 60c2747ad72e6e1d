import re

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}")


class Signup(BaseModel):
    email: str
    truck: str


@app.post("/vendors/signup")
def signup(s: Signup):
    if len(s.email) > 254 or not EMAIL.fullmatch(s.email):
        raise HTTPException(422, "invalid email")
    return {"vendor": s.truck, "email": s.email}
