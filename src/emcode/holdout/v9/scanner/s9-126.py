import secrets
from fastapi import FastAPI

app = FastAPI()
INVITES = set()


@app.post("/admin/invites")
def new_invite():
    code = secrets.token_hex(8)
    INVITES.add(code)
    return {"code": code}
