from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/screenings", response_class=HTMLResponse)
async def screenings(film: str = ""):
    header = f"<h1>Showtimes for {film}</h1>"
    listing = "<p>Screen 1: 18:30, 21:00</p>"
    return HTMLResponse(content=header + listing)
