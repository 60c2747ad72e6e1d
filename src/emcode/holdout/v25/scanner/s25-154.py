from fastapi import FastAPI, Request
import yaml as y

app = FastAPI()


@app.post("/memory/import")
async def import_tm(req: Request):
    body = await req.body()
    doc = y.load(body, Loader=y.UnsafeLoader)
    return {"segments": len(doc.get("segments", []))}
