import json

from fastapi import FastAPI, HTTPException, Request

app = FastAPI()


@app.post("/sync/offline-bookings")
async def sync_offline(request: Request):
    raw = await request.body()
    try:
        bookings = json.loads(raw)
    except ValueError:
        raise HTTPException(400, "invalid JSON")
    accepted = []
    for b in bookings:
        if b.get("plate") and b.get("days", 0) > 0:
            accepted.append(b["ref"])
    return {"accepted": accepted, "rejected": len(bookings) - len(acc