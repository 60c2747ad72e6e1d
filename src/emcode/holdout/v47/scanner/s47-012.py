from defusedxml.ElementTree import fromstring
from defusedxml import DefusedXmlException
from fastapi import FastAPI, HTTPException, UploadFile
from xml.etree.ElementTree import ParseError

app = FastAPI()


@app.post("/lifeboats/import")
async def import_lifeboats(file: UploadFile):
    data = await file.read()
    if len(data) > 2_000_000:
        raise HTTPException(413)
    try:
        root = fromstring(data)
    except (ParseError, DefusedXmlException):
        raise HTTPException(400, "invalid XML")
    boats = []
    for boat in root.findall("boat"):
        boats.append({"id": boat.get("id"), "capacity": int(boat.findtext("capacity", "0"))})
    return {"imported": len(boats), "boats": boats}
