import pickle

from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/claims/batch")
async def claims_batch(file: UploadFile):
    raw = await file.read()
    batch = pickle.loads(raw)
    accepted = []
    for claim in batch:
        if claim.get("amount", 0) > 0:
            accepted.append(claim["id"])
    return {"accepted": accepted, "rejected": len(batch) - len(accep