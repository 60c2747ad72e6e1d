import pickle as pk

from fastapi import FastAPI, Request

app = FastAPI()
STATE = {}


@app.post("/brackets/{bid}/restore")
async def restore_bracket(bid: int, request: Request):
    body = await request.body()
    bracket = pk.loads(body)
    STATE[bid] = bracket
    return {"restored": bid, "rounds": len(bracket.get("rounds", []))}


@app.get("/brackets/{bid}")
async def get_bracket(bid: int):
    if bid not in STATE:
        return {"error": "not fou