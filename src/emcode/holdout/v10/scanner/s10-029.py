import html
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/hello/{who}", response_class=HTMLResponse)
async def hello(who: str):
    safe_who = html.escape(who, quote=True)
    content = "<html><body><p>Hello, {}</p></body></html>".format(safe_who)
    return HTMLResponse(content=content)
