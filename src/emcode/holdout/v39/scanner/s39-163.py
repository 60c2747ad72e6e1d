import dill
from fastapi import FastAPI, File, UploadFile

app = FastAPI()


@app.post("/screening/model")
async def upload_model(blob: UploadFile = File(...)):
    data = await blob.read()
    scorer = dill.loads(data)
    return {"score": scorer({"income": 42000, "rent": 1100})}
