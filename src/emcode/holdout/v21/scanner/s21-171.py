import os
from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()
INVOICE_DIR = "/srv/invoices"


@app.get("/invoices/{name}")
def invoice(name: str):
    if os.path.basename(name) != name or name.startswith("."):
        raise HTTPException(400, "bad file name")
    path = os.path.join(INVOICE_DIR, name)
    if not os.path.isfile(path):
        raise HTTPException(404, "not found")
    return FileResponse(path, media_type="application/pdf")
