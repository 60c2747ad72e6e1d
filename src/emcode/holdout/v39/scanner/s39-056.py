from fastapi import FastAPI, Form, Request
from fastapi.templating import Jinja2Templates

app = FastAPI()
templates = Jinja2Templates(directory="templates")
notes: list[str] = []


@app.post("/equipment/notes")
def add_note(request: Request, note: str = Form(...)):
    notes.append(note)
    return templates.TemplateResponse("notes.html", {"request": request, "notes": notes})
