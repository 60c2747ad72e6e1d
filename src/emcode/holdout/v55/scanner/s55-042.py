from html import escape

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/bracket/{event}", response_class=HTMLResponse)
async def bracket(event: str, highlight: str = ""):
    title = escape(event)
    note = escape(highlight)
    rows = "".join(f"<tr><td>Round {i}</td></tr>" for i in range(1, 5))
    return f"<h1>{title}</h1><p class='hl'>{note}</p><table>{rows}</table>"
