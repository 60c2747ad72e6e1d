from django.http import HttpResponse
from django.utils.html import format_html
from .models import Profile


def profile(request, pk):
    p = Profile.objects.get(pk=pk)
    page = format_html("<h1>{}</h1><p>{}</p>", p.name, p.bio)
    return HttpResponse(page)
