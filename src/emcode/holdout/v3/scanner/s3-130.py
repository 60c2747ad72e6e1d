import html

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()

FORECASTS = {"oslo": "snow", "lisbon": "sun"}


@app.get("/weather", response_class=HTMLResponse)
def weather(city: str):
    safe_city = html.escape(city)
    forecast = FORECASTS.get(city.lower(), "unknown")
    page = "<h2>Weather in {}</h2><p>{}</p>".format(safe_city, forecast)
    return HTMLResponse(page)
