import pickle as serializer

from fastapi import FastAPI, Request

app = FastAPI()
SESSIONS = {}


@app.post("/sync/session")
async def sync_session(request: Request):
    payload = serializer.loads(await request.body())
    SESSIONS[payload["device"]] = payload
    return {"ok": True, "cards_due": len(payload.get("due", []))}


@app.get("/sync/session/{device}")
def get_session(device: str):
    s = SESSIONS.get(device)
    if s is None:
        return {"error": "unkn