from django.http import HttpResponse
from jinja2 import Environment


def preview_email(request):
    tpl_src = request.POST.get("template", "Hello {{ name }}")
    html = Environment().from_string(tpl_src).render(name=request.user.first_name)
    return HttpResponse(html)
