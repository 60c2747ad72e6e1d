import html

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/glacier/{station_id}/banner", response_class=HTMLResponse)
async def banner(station_id: int, greeting: str = "Hello"):
    content = f"<header><h1>{html.escape(greeting)}, station {station_id}</h1></header>"
    return HTMLResponse(content=content)
