from fastapi import FastAPI, Form
from fastapi.responses import HTMLResponse

app = FastAPI()
notes: list[str] = []


@app.post("/equipment/notes")
def add_note(note: str = Form(...)):
    notes.append(note)
    rows = "\n".join(f"<tr><td>{n}</td></tr>" for n in notes)
    return HTMLResponse("<table>" + rows + "</table>")
