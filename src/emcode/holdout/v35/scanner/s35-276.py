from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/bikes/status", response_class=HTMLResponse)
async def bike_status(owner: str, frame: str = ""):
    content = f"""
    <section>
      <h1>Repair status for {owner}</h1>
      <p>Frame number: {frame or 'unknown'}</p>
      <p>Your bike is in the queue.</p>
    </section>
    """
    return HTMLResponse(content=content)
