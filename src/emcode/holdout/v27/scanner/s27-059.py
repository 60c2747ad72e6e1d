import json
from fastapi import FastAPI, Request, HTTPException

app = FastAPI()
PRESETS = {}


@app.post("/presets/{name}")
async def upload_preset(name: str, request: Request):
    try:
        data = json.loads(await request.body())
    except json.JSONDecodeError:
        raise HTTPException(400, "body must be JSON")
    if not isinstance(data, dict):
        raise HTTPException(422, "preset must be an object")
    PRESETS[name] = {k: v for k, v in data.items() if k in {"tempo", "
