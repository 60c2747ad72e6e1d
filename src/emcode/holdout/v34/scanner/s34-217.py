import secrets
import uuid

from fastapi import FastAPI

app = FastAPI()
MATCHES = {}


@app.post("/matches")
def create_match(home: str, away: str):
    match_id = str(uuid.uuid4())
    spectator_key = secrets.token_urlsafe(16)
    MATCHES[match_id] = {"home": home, "away": away, "key": spectator_key}
    return {"id": match_id, "spectator_key": spectator_key}
