from html import escape

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/glacier/{site}", response_class=HTMLResponse)
async def site_page(site: str, note: str = ""):
    site_s, note_s = escape(site), escape(note)
    body = f"""<html><body>
<h1>Station {site_s}</h1>
<p>Field note: {note_s}</p>
</body></html>"""
    return HTMLResponse(content=body)
