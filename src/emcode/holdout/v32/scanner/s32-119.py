from defusedxml import minidom
from fastapi import FastAPI, File, UploadFile

app = FastAPI()


@app.post("/routes/gpx")
async def upload_gpx(file: UploadFile = File(...)):
    doc = minidom.parseString(await file.read())
    points = doc.getElementsByTagName("trkpt")
    return {"points": len(points)}
