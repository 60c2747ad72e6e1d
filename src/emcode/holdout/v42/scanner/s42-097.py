import random
import string

from fastapi import FastAPI

app = FastAPI()
RESET = {}


@app.post("/players/{handle}/reset")
def start_reset(handle: str):
    token = "".join(random.choice(string.ascii_letters + string.digits) for _ in range(24))
    RESET[token] = handle
    return {"sent": True, "debug_token": token}


@app.post("/players/reset/{token}")
def finish_reset(token: str, new_password: str):
    handle = RESET.pop(token, None)
    if handle is None:
        return {"error": "invalid or expi