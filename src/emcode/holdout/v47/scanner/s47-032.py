from django.http import HttpResponse
from django.template import Context, Template
from django.views.decorators.http import require_POST


@require_POST
def preview_flyer(request):
    body = request.POST.get("body", "")
    tpl = Template("{% load static %}<div class='flyer'>" + body + "</div>")
    return HttpResponse(tpl.render(Context({"studio": "Black Orchid", "phone": "0113 555 0199"})))
