import sqlite3

from fastapi import FastAPI, Request
from fastapi.templating import Jinja2Templates

app = FastAPI()
templates = Jinja2Templates(directory="templates")


@app.get("/guestbook")
def guestbook(request: Request):
    with sqlite3.connect("guestbook.db") as conn:
        entries = conn.execute("SELECT name, message FROM entries ORDER BY id DESC LIMIT 100").fetchall()
    return templates.TemplateResponse(request, "guestbook.html", {"entries": entries})
