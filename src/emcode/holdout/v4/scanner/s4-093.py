from django.http import HttpResponse
from django.utils.safestring import mark_safe
from django.template import engines
from .models import Profile


def profile(request, pk):
    p = Profile.objects.get(pk=pk)
    bio_html = mark_safe("<p>" + p.bio + "</p>")
    tmpl = engines["django"].from_string("<h1>{{ name }}</h1>{{ bio }}")
    return HttpResponse(tmpl.render({"name": p.name, "bio": bio_html}))
