import dill
from fastapi import FastAPI, File, UploadFile

app = FastAPI()


@app.post("/admissions/scoring-model")
async def upload_scoring_model(model: UploadFile = File(...)):
    data = await model.read()
    scorer = dill.loads(data)
    sample = {"gpa": 3.4, "essay": 7, "interview": 8}
    return {"sample_score": float(scorer(sample))}
