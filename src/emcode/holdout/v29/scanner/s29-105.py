from html import escape

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI(title="Hub dashboard")


@app.get("/scenes/preview", response_class=HTMLResponse)
async def scene_preview(name: str = "Evening", brightness: int = 60):
    content = f"""
    <html><body>
      <h1>Scene: {escape(name)}</h1>
      <p>Lights will dim to {brightness}%.</p>
    </body></html>
    """
    return HTMLResponse(content=content)
