from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/hello/{who}", response_class=HTMLResponse)
async def hello(who: str):
    content = "<html><body><p>Hello, {}</p></body></html>".format(who)
    return HTMLResponse(content=content)
