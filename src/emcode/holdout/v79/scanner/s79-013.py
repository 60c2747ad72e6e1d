from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/sites/{site}/report", response_class=HTMLResponse)
async def site_report(site: str, days: int = 7):
    content = f"<html><body><h2>Site {site}</h2><p>Last {days} days of inspections</p></body></html>"
    return HTMLResponse(content=content)
