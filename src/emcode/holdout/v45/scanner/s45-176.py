from html import escape

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/drones/{drone_id}/card", response_class=HTMLResponse)
async def drone_card(drone_id: str, label: str = ""):
    d = escape(drone_id)
    lbl = escape(label)
    content = f"""
    <section class="card">
      <h2>Drone {d}</h2>
      <p>{lbl}</p>
    </section>
    """
    return HTMLResponse(content=content)
