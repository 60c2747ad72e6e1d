import random
import time

from fastapi import FastAPI, Response

app = FastAPI()
SESSIONS = {}


@app.post("/bidders/{bidder_id}/session")
def open_session(bidder_id: int, response: Response):
    random.seed(time.time())
    token = "%032x" % random.getrandbits(128)
    SESSIONS[token] = bidder_id
    response.set_cookie("bid_session", token, httponly=True, secure=True, samesite="strict")
    return {"ok": True}
