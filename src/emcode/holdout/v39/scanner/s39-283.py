import json
import pickle as pk

from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/sync/positions")
async def sync_positions(request: Request):
    body = await request.body()
    positions = json.loads(body.deco