from fastapi import FastAPI, Request
from fastapi.templating import Jinja2Templates

app = FastAPI()
templates = Jinja2Templates(directory="templates")


@app.get("/volunteers/welcome")
def welcome(request: Request, name: str = "friend"):
    return templates.TemplateResponse(request, "welcome.html", {"name": name})
