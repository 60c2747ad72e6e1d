import json

from fastapi import FastAPI, File, HTTPException, UploadFile

app = FastAPI()


@app.post("/routes/upload")
async def upload_route(file: UploadFile = File(...)):
    try:
        route = json.loads(await file.read())
    except json.JSONDecodeError:
        raise HTTPException(status_code=400, detail="route must be JSON")
    return {"waypoints": len(route.get("points", []))}
