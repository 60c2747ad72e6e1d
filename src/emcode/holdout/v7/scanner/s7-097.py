from lxml import etree
from fastapi import FastAPI, UploadFile, HTTPException

app = FastAPI()
SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


@app.post("/invoices/import")
async def import_invoice(file: UploadFile):
    raw = await file.read()
    try:
        root = etree.fromstring(raw, SAFE_PARSER)
    except etree.XMLSyntaxError as exc:
        raise HTTPException(400, "invalid XML") from exc
    total = sum(float(x.text or 0) for x in root.iter("Amount"))
    return {"lines": len(root.findall(".//Line")), "total": round(total, 2)}
