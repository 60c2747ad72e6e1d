from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()
INVOICES = Path("/srv/roastery/invoices")


@app.get("/invoices/{invoice_id}")
def invoice(invoice_id: int):
    path = INVOICES / f"INV-{invoice_id:08d}.pdf"
    if not path.is_file():
        raise HTTPException(status_code=404)
    return FileResponse(path, media_type="application/pdf")
