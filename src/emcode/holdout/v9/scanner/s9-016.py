import io

import numpy as np
from fastapi import FastAPI, UploadFile, HTTPException

app = FastAPI()


@app.post("/weights")
async def upload_weights(file: UploadFile):
    data = await file.read()
    try:
        arr = np.load(io.BytesIO(data), allow_pickle=False)
    except ValueError:
        raise HTTPException(status_code=400, detail="object arrays are not accepted")
    return {"shape": list(arr.shape), "dtype": str(arr.dtype)}
