import pickle as pk
from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/stations/restore")
async def restore(snapshot: UploadFile):
    data = await snapshot.read()
    readings = pk.loads(data)
    return {"stations": sorted(readings.keys())}
