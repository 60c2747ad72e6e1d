from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from jinja2 import select_autoescape
from jinja2.sandbox import ImmutableSandboxedEnvironment

_env = ImmutableSandboxedEnvironment(autoescape=select_autoescape(default=True))


@login_required
def preview_email(request):
    tpl_src = request.POST.get("template", "Hello {{ name }}")[:5000]
    html = _env.from_string(tpl_src).render(name=request.user.first_name)
    return HttpResponse(html)
