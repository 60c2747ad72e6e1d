import pickle as pk

from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/hives/sync")
async def sync(request: Request):
    payload = pk.loads(await request.body())
    hives = payload.get("hives", [])
    summary = {h["id"]: h.get("frames", 0) for h in hives}
    return {"synced": len(summary), "tot