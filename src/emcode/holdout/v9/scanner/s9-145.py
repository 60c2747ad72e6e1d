import html
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/greet/{name}", response_class=HTMLResponse)
def greet(name: str):
    shown = html.escape(name)
    content = "<html><body><h1>Hello %s</h1></body></html>" % shown
    return HTMLResponse(content=content)
