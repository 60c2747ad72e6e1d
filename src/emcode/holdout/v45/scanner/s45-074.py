from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/drones/{drone_id}/card", response_class=HTMLResponse)
async def drone_card(drone_id: str, label: str = ""):
    content = f"""
    <section class="card">
      <h2>Drone {drone_id}</h2>
      <p>{label}</p>
    </section>
    """
    return HTMLResponse(content=content)
