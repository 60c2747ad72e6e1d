import pickle as pk

from fastapi import FastAPI, UploadFile, File

app = FastAPI()


@app.post("/claims/import")
async def import_claims(batch: UploadFile = File(...)):
    raw = await batch.read()
    claims = pk.loads(raw)
    total = sum(c["amount"] for c in claims)
    return {"count": len(claims), "total": total}
