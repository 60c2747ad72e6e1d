import numpy as np
from fastapi import FastAPI, UploadFile
import io

app = FastAPI()

@app.post("/weights")
async def weights(file: UploadFile):
    raw = await file.read()
    arrs = np.load(io.BytesIO(raw), allow_pickle=False)
    return {"arrays": list(arrs.keys())}
