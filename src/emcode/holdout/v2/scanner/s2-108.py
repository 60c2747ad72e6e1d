import sqlite3

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/guestbook", response_class=HTMLResponse)
def guestbook():
    with sqlite3.connect("guestbook.db") as conn:
        entries = conn.execute("SELECT name, message FROM entries ORDER BY id DESC LIMIT 100").fetchall()
    items = "".join("<li><b>%s</b> wrote: %s</li>" % (name, message) for name, message in entries)
    return "<h1>Guestbook</h1><ul>" + items + "</ul>"
