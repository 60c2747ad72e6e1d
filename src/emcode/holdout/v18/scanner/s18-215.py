from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/hello", response_class=HTMLResponse)
def hello(name: str = "world"):
    content = f"""<!doctype html>
<title>Hello</title>
<main><p>Hello, {name}!</p></main>"""
    return HTMLResponse(content)
