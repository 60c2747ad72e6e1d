import json

from fastapi import FastAPI, Request, HTTPException

app = FastAPI()


@app.post("/seeds/exchange")
async def exchange(request: Request):
    body = await request.body()
    try:
        offer = json.loads(body)
    except json.JSONDecodeError:
        raise HTTPException(400, "invalid json")
    species = str(offer.get("species", ""))[:80]
    return {"species": species, "accepted": Tr