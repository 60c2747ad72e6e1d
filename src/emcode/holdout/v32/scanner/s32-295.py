from fastapi import FastAPI, Request
from fastapi.templating import Jinja2Templates

app = FastAPI()
templates = Jinja2Templates(directory="templates")


@app.get("/cases/{case_id}/banner")
def banner(request: Request, case_id: int, headline: str = ""):
    return templates.TemplateResponse(request, "banner.html", {"case_id": case_id, "headline": headline})


@app.get("/cases/{case_id}/summary")
def summary(case_id: int):
    return {"case": case_id, "status": "op