from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/glacier/{site}", response_class=HTMLResponse)
async def site_page(site: str, note: str = ""):
    body = f"""<html><body>
<h1>Station {site}</h1>
<p>Field note: {note}</p>
</body></html>"""
    return HTMLResponse(content=body)
