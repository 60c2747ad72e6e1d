from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

app = FastAPI()
templates = Jinja2Templates(directory="templates")

BAGS = {"0125123456": "On belt 3", "0125999999": "Delayed - next flight"}


@app.get("/track", response_class=HTMLResponse)
def track(request: Request, tag: str = ""):
    status = BAGS.get(tag, "No record")
    return templates.TemplateResponse(request, "track.html", {"tag": tag, "status": status})
