import html

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


def li(text: str) -> str:
    return f"<li>{html.escape(text)}</li>"


@app.get("/shelves/{shelf}", response_class=HTMLResponse)
def shelf(shelf: str, note: str = ""):
    books = ["Dune", "Emma", "Ulysses"]
    body = "".join(li(b) for b in books)
    return HTMLResponse(f"<h1>Shelf {html.escape(shelf)}</h1><ul>{body}</ul><p>{html.escape(note)}</p>")
