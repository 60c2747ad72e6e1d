from html import escape

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/bikes/status", response_class=HTMLResponse)
async def bike_status(owner: str, frame: str = ""):
    owner_html = escape(owner)
    frame_html = escape(frame) if frame else "unknown"
    content = f"""
    <section>
      <h1>Repair status for {owner_html}</h1>
      <p>Frame number: {frame_html}</p>
      <p>Your bike is in the queue.</p>
    </section>
    """
    return HTMLResponse(content=content)
