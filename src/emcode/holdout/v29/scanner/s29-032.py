from typing import List

from fastapi import FastAPI, Query
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/recipes/tags", response_class=HTMLResponse)
def tag_cloud(tag: List[str] = Query(default=[])):
    chips = " ".join('<a class="tag" href="/recipes?tag={0}">#{0}</a>'.format(t) for t in tag)
    return "<div class='cloud'>" + chips + "</div>"
