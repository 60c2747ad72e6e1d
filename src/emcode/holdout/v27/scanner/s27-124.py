import html
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/hello", response_class=HTMLResponse)
def hello(name: str = "visitor"):
    who = html.escape(name)
    content = f"""
    <html><head><title>Tours</title></head>
    <body><p>Hello {who}, here are today's departures.</p></body></html>
    """
    return HTMLResponse(content=content)
