from fastapi import FastAPI, HTTPException, Request

app = FastAPI()
STATE = {}


@app.post("/brackets/{bid}/restore")
async def restore_bracket(bid: int, request: Request):
    bracket = await request.json()
    if not isinstance(bracket, dict):
        raise HTTPException(400, "expected an object")
    STATE[bid] = bracket
    return {"restored": bid, "rounds": len(bracket.get("rounds", []))}


@app.get("/brackets/{bid}")
async def get_bracket(bid: int):
    if bid not in STATE:
        raise HTTPException(404, "not fou