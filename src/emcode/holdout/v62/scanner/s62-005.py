from fastapi import FastAPI, Request
from fastapi.templating import Jinja2Templates

app = FastAPI()
templates = Jinja2Templates(directory="templates")


@app.get("/brigade/{station}/board")
def board(request: Request, station: str, note: str = ""):
    return templates.TemplateResponse(request, "board.html", {"station": station, "note": note})
