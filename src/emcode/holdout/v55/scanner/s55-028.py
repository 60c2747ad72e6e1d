from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

app = FastAPI()
templates = Jinja2Templates(directory="templates")


@app.get("/vessel/{name}", response_class=HTMLResponse)
def vessel(request: Request, name: str):
    return templates.TemplateResponse("vessel.html", {"request": request, "name": name})
