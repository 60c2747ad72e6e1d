import dill
from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/routes/optimise")
async def optimise(request: Request):
    payload = await request.body()
    job = dill.loads(payload)
    return {"waypoints": len(job["waypoints"])}
