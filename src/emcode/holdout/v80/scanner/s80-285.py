import secrets

from fastapi import FastAPI

app = FastAPI()
TOKENS = {}


@app.post("/volunteers/{vid}/token")
def issue(vid: int):
    tok = secrets.token_hex(20)
    TOKENS[tok] = vid
    return {"volunteer": vid, "tok