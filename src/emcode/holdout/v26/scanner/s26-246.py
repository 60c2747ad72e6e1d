import html
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/walkers/{name}", response_class=HTMLResponse)
def walker_page(name: str) -> str:
    shown = html.escape(name, quote=True)
    return f"""
    <html>
      <head><title>{shown}</title></head>
      <body><h1>{shown}'s walking schedule</h1></body>
    </html>
    """
