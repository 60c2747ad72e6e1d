import io

import numpy as np
from fastapi import FastAPI, File, HTTPException, UploadFile

app = FastAPI()


@app.post("/grids/upload")
async def upload_grid(grid: UploadFile = File(...)):
    raw = await grid.read()
    try:
        arr = np.load(io.BytesIO(raw), allow_pickle=False)
    except ValueError:
        raise HTTPException(status_code=400, detail="not a plain .npy array")
    return {"cells": int(arr.size)}
