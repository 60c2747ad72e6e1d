import pickle as pk

from fastapi import FastAPI, File, UploadFile

app = FastAPI()


@app.post("/fleet/transactions/restore")
async def restore_transactions(snapshot: UploadFile = File(...)):
    raw = await snapshot.read()
    txns = pk.loads(raw)
    total = sum(t["litres"] for t in txns)
    return {"count": len(txns), "litres": total}
