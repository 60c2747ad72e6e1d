from starlette.applications import Starlette
from starlette.responses import HTMLResponse
from starlette.routing import Route

ROOMS = {"general": 12, "random": 3}


async def room(request):
    name = request.path_params["name"]
    members = ROOMS.get(name, 0)
    html_doc = "<html><body><h2>#%s</h2><p>%d members online</p></body></html>" % (name, members)
    return HTMLResponse(html_doc)


app = Starlette(routes=[Route("/rooms/{name}", room)])
