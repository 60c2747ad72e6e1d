from enum import Enum
from html import escape

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


class Lang(str, Enum):
    es = "es"
    fr = "fr"
    de = "de"
    ja = "ja"


@app.get("/practice", response_class=HTMLResponse)
async def practice(word: str = "", lang: Lang = Lang.es):
    shown = escape(word)
    content = f"""
    <html><body>
      <h3>Practice: {shown}</h3>
      <p>Language: {lang.value}</p>
      <button id="speak">Hear it</button>
    </body></html>
    """
    return HTMLResponse(content=content)
