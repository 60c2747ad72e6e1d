from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/practice", response_class=HTMLResponse)
async def practice(word: str = "", lang: str = "es"):
    content = f"""
    <html><body>
      <h3>Practice: {word}</h3>
      <p>Language: {lang}</p>
      <button id="speak">Hear it</button>
    </body></html>
    """
    return HTMLResponse(content=content)
