from defusedxml import minidom
from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/tracks")
async def upload_track(file: UploadFile):
    doc = minidom.parseString(await file.read())
    pts = doc.getElementsByTagName("trkpt")
    coords = [(float(p.getAttribute("lat")), float(p.getAttribute("lon"))) for p in pts]
    return {"points": len(coords)}
