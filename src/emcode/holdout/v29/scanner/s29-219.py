from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.applications import Starlette
from starlette.responses import HTMLResponse
from starlette.routing import Route

env = Environment(loader=PackageLoader("leagueweb", "templates"), autoescape=select_autoescape())


async def fixtures(request):
    team = request.query_params.get("team", "")
    tpl = env.get_template("fixtures.html")
    return HTMLResponse(tpl.render(team=team))


app = Starlette(routes=[Route("/fixtures", fixtures)])
