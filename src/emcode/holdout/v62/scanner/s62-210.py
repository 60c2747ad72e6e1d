from html import escape

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/orchard/search", response_class=HTMLResponse)
async def search(q: str = ""):
    shown = escape(q, quote=True)
    html = """
    <html><body>
      <h1>Irrigation zones</h1>
      <p>Results for: {}</p>
    </body></html>
    """.format(shown)
    return HTMLResponse(content=html)
