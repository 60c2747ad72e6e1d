import re
from fastapi import FastAPI, UploadFile, HTTPException
from safetensors.torch import load as load_safetensors

app = FastAPI()
MODELS = {}
NAME = re.compile(r"[a-z0-9][a-z0-9_-]{0,40}")


@app.post("/models/{name}")
async def upload_model(name: str, file: UploadFile):
    if not NAME.fullmatch(name):
        raise HTTPException(400, "bad model name")
    blob = await file.read()
    state = load_safetensors(blob)
    MODELS[name] = state
    return {"name": name, "tensors": len(state)}
