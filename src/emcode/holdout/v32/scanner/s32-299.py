import html

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/stations", response_class=HTMLResponse)
async def stations(city: str = "Berlin"):
    city_text = html.escape(city)
    content = f"""
    <html><body>
      <h1>Scooter stations in {city_text}</h1>
      <p>Loading map...</p>
    </body></html>
    """
    return HTMLResponse(content=content)
