from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/stations", response_class=HTMLResponse)
async def stations(city: str = "Berlin"):
    content = f"""
    <html><body>
      <h1>Scooter stations in {city}</h1>
      <p>Loading map...</p>
    </body></html>
    """
    return HTMLResponse(content=content)
