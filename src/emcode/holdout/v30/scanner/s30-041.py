from fastapi import FastAPI, Request
from fastapi.templating import Jinja2Templates

app = FastAPI()
templates = Jinja2Templates(directory="templates")


@app.get("/apply/thanks")
def thanks(request: Request, name: str = "applicant"):
    return templates.TemplateResponse(request, "thanks.html", {"name": name})
