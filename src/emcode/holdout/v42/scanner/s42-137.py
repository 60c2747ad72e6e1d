import html

from fastapi import FastAPI, Query
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/appeal/status", response_class=HTMLResponse)
async def appeal_status(ticket: str = Query(..., pattern=r"^[0-9]{6,10}$"), name: str = Query("")):
    who = html.escape(name)
    return f"<section><h1>Appeal for ticket {ticket}</h1><p>Thanks {who}, your appeal is under review.</p></section>"
