from fastapi import FastAPI
from fastapi.responses import Response

from .exports import render_claim_pdf

app = FastAPI()


@app.get("/claims/{claim_id}/pdf")
def claim_pdf(claim_id: int, filename: str = "claim.pdf"):
    pdf = render_claim_pdf(claim_id)
    return Response(
        content=pdf,
        media_type="application/pdf",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
