import pandas as pd
from fastapi import FastAPI, UploadFile

app = FastAPI()

@app.post("/datasets")
async def ingest(file: UploadFile):
    df = pd.read_pickle(file.file)
    return {"rows": len(df), "cols": list(df.columns)}
