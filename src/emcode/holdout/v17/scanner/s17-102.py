from defusedxml import minidom
from fastapi import FastAPI, HTTPException, UploadFile

app = FastAPI()


@app.post("/icons/inspect")
async def inspect_svg(file: UploadFile):
    data = await file.read(1_000_000)
    try:
        doc = minidom.parseString(data)
    except Exception:
        raise HTTPException(400, "not valid XML")
    svg = doc.documentElement
    if svg.tagName != "svg":
        raise HTTPException(400, "not an SVG")
    return {"width": svg.getAttribute("width"), "height": svg.getAttribute("height")}
