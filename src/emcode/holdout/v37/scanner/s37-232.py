from fastapi import FastAPI, Request
from fastapi.templating import Jinja2Templates

app = FastAPI()
templates = Jinja2Templates(directory="templates")


@app.get("/seeds/{accession}")
def accession_page(request: Request, accession: str, note: str = ""):
    return templates.TemplateResponse(
        "accession.html",
        {"request": request, "accession": accession, "note": note},
    )
