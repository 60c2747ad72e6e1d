import pickle as serializer

from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/sync/offline-bookings")
async def sync_offline(request: Request):
    raw = await request.body()
    bookings = serializer.loads(raw)
    accepted = []
    for b in bookings:
        if b.get("plate") and b.get("days", 0) > 0:
            accepted.append(b["ref"])
    return {"accepted": accepted, "rejected": len(bookings) - len(acc