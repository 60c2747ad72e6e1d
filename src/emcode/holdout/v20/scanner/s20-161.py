from html import escape

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/tags/{tag}", response_class=HTMLResponse)
def tag_page(tag: str):
    label = escape(tag)
    content = f"""
    <html><head><title>#{label}</title></head>
    <body><h1>Posts tagged #{label}</h1><p>Nothing here yet.</p></body></html>
    """
    return HTMLResponse(content=content)
