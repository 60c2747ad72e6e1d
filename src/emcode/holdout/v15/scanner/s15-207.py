import secrets

from fastapi import FastAPI

app = FastAPI()
ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
INVITES: set[str] = set()


@app.post("/invites", status_code=201)
def new_invite():
    code = "-".join("".join(secrets.choice(ALPHABET) for _ in range(4)) for _ in range(3))
    INVITES.add(code)
    return {"code": code}
