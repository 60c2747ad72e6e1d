from fastapi import Depends, FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()
INVOICES = {101: {"owner": 7, "path": "/srv/invoices/101.pdf"}, 102: {"owner": 9, "path": "/srv/invoices/102.pdf"}}


def current_user_id() -> int:
    return 7


@app.get("/invoices/{invoice_id}")
def invoice(invoice_id: int, user_id: int = Depends(current_user_id)):
    inv = INVOICES.get(invoice_id)
    if inv is None:
        raise HTTPException(404)
    return FileResponse(inv["path"], media_type="application/pdf")
