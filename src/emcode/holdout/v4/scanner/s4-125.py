from pathlib import Path
from fastapi import FastAPI
from fastapi.responses import PlainTextResponse

app = FastAPI()
DOCS = Path("/opt/docs")


@app.get("/docs/{page:path}", response_class=PlainTextResponse)
def read_doc(page: str):
    target = DOCS / page
    return target.read_text(encoding="utf-8")
