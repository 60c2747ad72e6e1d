from pickle import loads as restore

from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/cellar/import")
async def import_cellar(req: Request):
    payload = await req.body()
    bottles = restore(payload)
    return {"imported": len(bottles)}
