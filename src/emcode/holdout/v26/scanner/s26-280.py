from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/walkers/{name}")
def walker_page(name: str):
    content = f"""
    <html>
      <head><title>{name}</title></head>
      <body><h1>{name}'s walking schedule</h1></body>
    </html>
    """
    return HTMLResponse(content=content)
