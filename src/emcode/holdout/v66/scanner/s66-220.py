import random
from fastapi import FastAPI

app = FastAPI()
sessions = {}


@app.post("/login")
def login(user: str, pin: str):
    token = "%032x" % random.getrandbits(128)
    sessions[token] = user
    return {"tok