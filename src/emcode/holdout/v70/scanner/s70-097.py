from html import escape

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/bookings/greet", response_class=HTMLResponse)
async def greet(visitor: str = "friend"):
    shown = escape(visitor)
    content = f"""<html><body><h3>Welcome back, {shown}</h3></body></html>"""
    return HTMLResponse(content=content)
