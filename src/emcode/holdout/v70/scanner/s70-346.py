from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/tracks/greet", response_class=HTMLResponse)
async def greet(visitor: str = "friend"):
    content = """<html><body><h3>Welcome back, %s</h3></body></html>""" % visitor
    return HTMLResponse(content=content)
