import dill
from fastapi import FastAPI, File, UploadFile

app = FastAPI()


@app.post("/routes/optimiser")
async def upload_optimiser(blob: UploadFile = File(...)):
    data = await blob.read()
    optimiser = dill.loads(data)
    plan = optimiser(["Hamburg", "Antwerp", "Felixstowe"])
    return {"plan": plan}
