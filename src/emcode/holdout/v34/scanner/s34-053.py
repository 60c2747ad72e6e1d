import dill
from fastapi import FastAPI, File, UploadFile

app = FastAPI()


@app.post("/forecast/model")
async def upload_forecaster(model: UploadFile = File(...)):
    raw = await model.read()
    forecaster = dill.loads(raw)
    return {"next_hour_kw": forecaster(1)}
