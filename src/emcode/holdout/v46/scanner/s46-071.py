from fastapi import FastAPI, Query
from pydantic import BaseModel

app = FastAPI()


class Appraisal(BaseModel):
    item: str
    condition: str
    estimate: float


@app.post("/appraisals")
def create(a: Appraisal, clerk: str = Query(..., max_length=40)):
    return {"message": f"Appraisal for {a.item} recorded by {clerk}", "estimate": round(a.estimate, 2)}
