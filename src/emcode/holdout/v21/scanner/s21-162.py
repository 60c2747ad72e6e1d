import re
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
EMAIL = re.compile(r"[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,24}")


class Signup(BaseModel):
    email: str


@app.post("/newsletter")
def newsletter(body: Signup):
    if len(body.email) > 320 or not EMAIL.fullmatch(body.email):
        raise HTTPException(422, "invalid email")
    return {"subscribed": True}
