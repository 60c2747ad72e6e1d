import os
from fastapi import FastAPI, File, UploadFile

app = FastAPI()
STATIC = "/srv/vet/static/uploads"


@app.post("/patients/{patient_id}/files")
async def upload(patient_id: int, file: UploadFile = File(...)):
    dest = os.path.join(STATIC, str(patient_id) + "_" + file.filename)
    with open(dest, "wb") as fh:
        fh.write(await file.read())
    return {"url": "/static/uploads/" + os.path.basename(dest)}
