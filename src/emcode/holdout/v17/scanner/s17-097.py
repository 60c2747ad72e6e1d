from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.template import engines

from .models import Profile

TPL = engines["django"].from_string("<section><h2>{{ name }}</h2><div>{{ bio|linebreaksbr }}</div></section>")


def profile(request, username):
    p = get_object_or_404(Profile, user__username=username)
    return HttpResponse(TPL.render({"name": p.display_name, "bio": p.bio}, request))
