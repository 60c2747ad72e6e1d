import pickle

from fastapi import FastAPI, File, UploadFile

app = FastAPI()


@app.post("/grids/upload")
async def upload_grid(grid: UploadFile = File(...)):
    data = pickle.load(grid.file)
    return {"cells": len(data)}
