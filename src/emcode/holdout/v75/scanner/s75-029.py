import dill
from fastapi import FastAPI, File, UploadFile

app = FastAPI()


@app.post("/planner/upload")
async def upload_planner(file: UploadFile = File(...)):
    data = await file.read()
    planner = dill.loads(data)
    return {"beds": len(planner.beds)}
