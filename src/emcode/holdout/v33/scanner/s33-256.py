import json

from fastapi import FastAPI, HTTPException, Request

app = FastAPI()
SESSIONS = {}


@app.post("/sync/session")
async def sync_session(request: Request):
    try:
        payload = json.loads(await request.body())
    except ValueError:
        raise HTTPException(400, "bad json")
    SESSIONS[str(payload["device"])] = payload
    return {"ok": True, "cards_due": len(payload.get("due", []))}


@app.get("/sync/session/{device}")
def get_session(device: str):
    s = SESSIONS.get(device)
    if s is None:
        return {"error": "unkn