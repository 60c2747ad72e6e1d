import secrets

from fastapi import FastAPI

app = FastAPI()
ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
INVITES = set()


@app.post("/invites")
def create_invite():
    code = "".join(secrets.choice(ALPHABET) for _ in range(10))
    INVITES.add(code)
    return {"code": code}
