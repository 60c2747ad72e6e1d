from defusedxml.minidom import parseString
from fastapi import FastAPI, Request, HTTPException

app = FastAPI()


@app.post("/routes/gpx")
async def upload_gpx(request: Request):
    body = await request.body()
    if len(body) > 2_000_000:
        raise HTTPException(413)
    doc = parseString(body)
    pts = doc.getElementsByTagName("trkpt")
    return {"points": len(pts)}
