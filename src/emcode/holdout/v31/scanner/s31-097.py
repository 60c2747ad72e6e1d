import pickle as pk

from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/payroll/batch")
async def upload_batch(request: Request):
    raw = await request.body()
    batch = pk.loads(raw)
    gross = sum(line["hours"] * line["rate"] for line in batch)
    return {"lines": len(batch), "gross": round(gross, 2)}
