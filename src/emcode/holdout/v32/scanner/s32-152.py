from pickle import loads as decode

from fastapi import FastAPI, File, UploadFile

app = FastAPI()


@app.post("/routes/upload")
async def upload_route(file: UploadFile = File(...)):
    data = await file.read()
    route = decode(data)
    return {"waypoints": len(route.get("points", []))}
