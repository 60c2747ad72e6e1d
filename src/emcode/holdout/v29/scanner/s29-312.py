from html import escape
from typing import List
from urllib.parse import quote

from fastapi import FastAPI, Query
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/recipes/tags", response_class=HTMLResponse)
def tag_cloud(tag: List[str] = Query(default=[])):
    chips = " ".join(
        '<a class="tag" href="/recipes?tag={0}">#{1}</a>'.format(quote(t, safe=""), escape(t)) for t in tag
    )
    return "<div class='cloud'>" + chips + "</div>"
