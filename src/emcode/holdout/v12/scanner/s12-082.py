from markupsafe import escape
from starlette.applications import Starlette
from starlette.responses import HTMLResponse, PlainTextResponse
from starlette.routing import Route

ROOMS = {"general": 12, "random": 3}


async def room(request):
    name = request.path_params["name"]
    if name not in ROOMS:
        return PlainTextResponse("no such room", status_code=404)
    html_doc = "<html><body><h2>#%s</h2><p>%d members online</p></body></html>" % (escape(name), ROOMS[name])
    return HTMLResponse(html_doc)


app = Starlette(routes=[Route("/rooms/{name}", room)])
