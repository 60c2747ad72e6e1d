from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/orchard/search", response_class=HTMLResponse)
async def search(q: str = ""):
    html = """
    <html><body>
      <h1>Irrigation zones</h1>
      <p>Results for: {}</p>
    </body></html>
    """.format(q)
    return HTMLResponse(content=html)
