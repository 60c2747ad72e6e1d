import re

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
EMAIL = re.compile(r"^([a-zA-Z0-9]+[._-]?)*[a-zA-Z0-9]+@([a-zA-Z0-9]+\.)+[a-zA-Z]{2,}$")


class Signup(BaseModel):
    email: str
    truck: str


@app.post("/vendors/signup")
def signup(s: Signup):
    if not EMAIL.match(s.email):
        raise HTTPException(422, "invalid email")
    return {"vendor": s.truck, "email": s.email}
