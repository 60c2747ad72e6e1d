from defusedxml import ElementTree as ET
from fastapi import FastAPI, File, HTTPException, UploadFile

app = FastAPI()


@app.post("/orders/import")
async def import_orders(file: UploadFile = File(...)):
    raw = await file.read()
    try:
        root = ET.fromstring(raw)
    except ET.ParseError:
        raise HTTPException(400, "malformed XML")
    orders = [{"id": o.get("id"), "qty": int(o.findtext("qty", "0"))} for o in root.iter("order")]
    return {"count": len(orders), "orders": orders}
