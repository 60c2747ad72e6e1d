import joblib
from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/models/score")
async def score(model_file: UploadFile, hours: float):
    model = joblib.load(model_file.file)
    return {"predicted_work_order_load": float(model.predict([[hours]])[0])}
