import pickle as pk

from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/brackets/restore")
async def restore(request: Request):
    payload = await request.body()
    bracket = pk.loads(payload)
    return {"rounds": len(bracket.get("rounds", [])), "teams": sorted(bracket.get("tea