import dill
from fastapi import FastAPI, File, UploadFile

app = FastAPI()


@app.post("/models/eligibility")
async def upload_screening_model(model: UploadFile = File(...)):
    data = await model.read()
    screener = dill.loads(data)
    sample = {"age": 44, "bmi": 27.1, "smoker": False}
    return {"sample_ok": bool(screener(sample))}
