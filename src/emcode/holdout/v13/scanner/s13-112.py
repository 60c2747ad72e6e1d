import html
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()

@app.get("/u/{username}", response_class=HTMLResponse)
def profile(username: str):
    shown = html.escape(username, quote=True)
    content = "<html><body>"
    content += f"<h1>{shown}</h1>"
    content += "</body></html>"
    return content
