from fastapi import FastAPI, Request
from fastapi.templating import Jinja2Templates

app = FastAPI()
templates = Jinja2Templates(directory="templates")


@app.get("/tuning/{piano_id}")
def piano_page(request: Request, piano_id: int, note: str = ""):
    return templates.TemplateResponse("piano.html", {"request": request, "piano_id": piano_id, "note": note})
