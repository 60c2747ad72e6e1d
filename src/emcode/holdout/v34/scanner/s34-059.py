import json

from fastapi import FastAPI, HTTPException, Request

app = FastAPI()


@app.post("/brackets/restore")
async def restore(request: Request):
    payload = await request.body()
    try:
        bracket = json.loads(payload)
    except ValueError:
        raise HTTPException(400, "invalid JSON")
    return {"rounds": len(bracket.get("rounds", [])), "teams": sorted(bracket.get("tea