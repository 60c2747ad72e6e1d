import io
import pickle as pkl

from fastapi import FastAPI, File, UploadFile

app = FastAPI()
MODELS = {}


@app.post("/models/{name}")
async def upload_model(name: str, blob: UploadFile = File(...)):
    data = await blob.read()
    model = pkl.load(io.BytesIO(data))
    MODELS[name] = model
    return {"loaded": name, "type": type(model).__name__}
