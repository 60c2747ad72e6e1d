import pickle as pk
from fastapi import FastAPI, Request

app = FastAPI()
MODELS = {}


@app.post("/models/{name}")
async def upload_model(name: str, request: Request):
    blob = await request.body()
    model = pk.loads(blob)
    MODELS[name] = model
    return {"name": name, "type": type(model).__na
