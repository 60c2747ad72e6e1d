import hashlib
import secrets

from fastapi import FastAPI

from .store import save_invite

app = FastAPI()


@app.post("/clubs/{club_id}/invites")
def create_invite(club_id: int):
    code = secrets.token_urlsafe(16)
    save_invite(club_id, hashlib.sha256(code.encode()).hexdigest())
    return {"invite_code": code}
