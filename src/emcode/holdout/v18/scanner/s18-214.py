import html

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/hello", response_class=HTMLResponse)
def hello(name: str = "world"):
    shown = html.escape(name)
    content = f"""<!doctype html>
<title>Hello</title>
<main><p>Hello, {shown}!</p></main>"""
    return HTMLResponse(content)
